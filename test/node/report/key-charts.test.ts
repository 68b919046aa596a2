import { describe, expect, it } from 'vitest';
import {
  firstCharts,
  parseSidecar,
  pickKeyCharts,
  svgTitle,
  type ChartSidecarInfo,
} from '../../../src/node/report/key-charts.ts';

const sidecar = (id: string, variant: string | null, name: string): ChartSidecarInfo => ({
  id,
  variant,
  title: `title of ${name}`,
  files: { svg: `${name}.svg`, png: `${name}.png`, print_png: `${name}.print.png` },
});

describe('pickKeyCharts', () => {
  it('takes the key charts in their order, with the print PNG, and leaves the scorecard chart to the table', () => {
    const sidecars = [
      sidecar('scorecard', null, '01-scorecard'),
      sidecar('rate_trend', 'clearance_rate', '03-rate-trend-clearance-rate'),
      sidecar('rate_trend', 'reoffending_rate', '03-rate-trend-reoffending-rate'),
      sidecar('crime_baseline', null, '02-crime-baseline'),
    ];
    expect(pickKeyCharts(sidecars, 'charts')).toEqual([
      {
        svg: 'charts/02-crime-baseline.svg',
        png: 'charts/02-crime-baseline.print.png',
        caption: 'title of 02-crime-baseline',
      },
      {
        svg: 'charts/03-rate-trend-clearance-rate.svg',
        png: 'charts/03-rate-trend-clearance-rate.print.png',
        caption: 'title of 03-rate-trend-clearance-rate',
      },
    ]);
  });
});

describe('parseSidecar', () => {
  it('reads a sidecar and refuses other JSON, such as a Vega-Lite spec', () => {
    expect(parseSidecar('{"id":"scorecard","variant":null,"title":"T","files":{"svg":"a.svg"}}')).toEqual({
      id: 'scorecard',
      variant: null,
      title: 'T',
      files: { svg: 'a.svg' },
    });
    expect(parseSidecar('{"$schema":"https://vega.github.io/schema/vega-lite/v6.json","mark":"bar"}')).toBeNull();
    expect(parseSidecar('not json')).toBeNull();
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
