import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/core/charts/registry.ts';
import { firstCharts, KEY_CHARTS, keyChartName, pickKeyCharts, svgTitle } from '../../../src/node/report/key-charts.ts';

/** A chart's three files in the report's charts folder. */
const filesOf = (name: string) => [`charts/${name}.svg`, `charts/${name}.png`, `charts/${name}.print.png`];
const titled = (svg: string) => `<svg><title>title of ${svg}</title></svg>`;

describe('pickKeyCharts', () => {
  it('takes the key charts in their order, with the print PNG, and leaves the scorecard chart to the table', () => {
    const files = [
      ...filesOf('01-scorecard'),
      ...filesOf('03-rate-trend-clearance-rate'),
      ...filesOf('03-rate-trend-reoffending-rate'),
      ...filesOf('02-crime-baseline'),
    ].sort();
    expect(pickKeyCharts(files, titled, 'charts')).toEqual([
      {
        svg: 'charts/02-crime-baseline.svg',
        png: 'charts/02-crime-baseline.print.png',
        caption: 'title of charts/02-crime-baseline.svg',
      },
      {
        svg: 'charts/03-rate-trend-clearance-rate.svg',
        png: 'charts/03-rate-trend-clearance-rate.print.png',
        caption: 'title of charts/03-rate-trend-clearance-rate.svg',
      },
    ]);
  });

  it('takes the screen PNG without a print one, none without either, and the file name without a title', () => {
    const files = ['charts/02-crime-baseline.svg', 'charts/02-crime-baseline.png', 'charts/08-violations-by-field.svg'];
    expect(pickKeyCharts(files, () => '<svg/>', 'charts')).toEqual([
      { svg: 'charts/02-crime-baseline.svg', png: 'charts/02-crime-baseline.png', caption: '02-crime-baseline' },
      { svg: 'charts/08-violations-by-field.svg', png: null, caption: '08-violations-by-field' },
    ]);
  });

  it('names every key chart by a chart and variant the registry has', () => {
    for (const key of KEY_CHARTS) {
      expect(CHARTS[key.id].variants, `${key.id} ${key.variant}`).toContain(key.variant);
      expect(keyChartName(key)).toMatch(new RegExp(`^${CHARTS[key.id].name}`));
    }
    expect(keyChartName({ id: 'area_funnel', variant: 'clearance_rate' })).toBe('04-area-funnel-clearance-rate');
  });
});

describe('firstCharts', () => {
  it('without sidecars takes the first SVGs by name, each with its PNG and its title', () => {
    const text = (f: string) => (f === 'a.svg' ? '<svg><title>A &amp; B</title></svg>' : '<svg/>');
    expect(firstCharts(['b.svg', 'a.svg', 'a.png'], text)).toEqual([
      { svg: 'a.svg', png: 'a.png', caption: 'A & B' },
      { svg: 'b.svg', png: null, caption: 'b.svg' },
    ]);
  });
});

describe('svgTitle', () => {
  it('decodes entities and is null without a title', () => {
    expect(svgTitle('<svg><title id="t">Tỉ lệ &lt;90 %&#39;</title></svg>')).toBe("Tỉ lệ <90 %'");
    expect(svgTitle('<svg></svg>')).toBeNull();
  });
});
