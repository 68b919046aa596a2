import { describe, expect, it } from 'vitest';
import { finishSvg } from '../../../src/core/export/finish-svg.ts';
import { measureVegaText } from '../../../src/core/export/measure-vega-text.ts';
import { textWidth } from '../../../src/core/charts/text-width.ts';

describe('finishSvg', () => {
  it('adds a title and description, replaces any role or label, and numbers clip paths from 1', () => {
    const svg =
      '<svg role="figure" aria-label="x" width="10"><clipPath id="plot-clip-17"/><g clip-path="url(#plot-clip-17)"/><clipPath id="plot-clip-30"/></svg>';
    const out = finishSvg(svg, { title: 'A & B', description: '<d>' });
    expect(out).toBe(
      '<svg width="10" role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">' +
        '<title id="chart-title">A &amp; B</title><desc id="chart-desc">&lt;d&gt;</desc>' +
        '<clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/><clipPath id="plot-clip-2"/></svg>\n',
    );
  });

  it('refuses text without an svg', () => {
    expect(() => finishSvg('<div></div>', { title: '', description: '' })).toThrow('not an SVG');
  });
});

describe('measureVegaText', () => {
  it('measures with the shipped font, and truncates to the limit with an ellipsis', () => {
    expect(measureVegaText({ fontSize: 12 }, 'Hà Tĩnh')).toBe(textWidth('Hà Tĩnh', 12, 'regular'));
    expect(measureVegaText({ fontSize: 12, fontWeight: 'bold' }, 'Hà Tĩnh')).toBe(textWidth('Hà Tĩnh', 12, 'bold'));
    const long = 'Số vụ phạm tội so với năm 2021 theo từng tháng';
    const cut = measureVegaText({ fontSize: 12, limit: 60 }, long);
    expect(cut).toBeLessThan(60);
    expect(cut).toBeGreaterThan(0);
    expect(measureVegaText({}, '')).toBe(0);
  });
});
