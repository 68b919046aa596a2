import { describe, expect, it } from 'vitest';
import { inlineSvg } from '../../../src/node/report/inline-svg.ts';

describe('inlineSvg', () => {
  it('removes what could run', () => {
    const svg =
      '<svg onload="alert(1)"><script>alert(2)</script><script href="x.js"/>' +
      '<foreignObject><div>x</div></foreignObject><a href="javascript:alert(3)"><text onclick=\'y()\'>ok</text></a></svg>';
    const out = inlineSvg(svg, 'f1');
    expect(out).toBe('<svg><a><text>ok</text></a></svg>');
  });

  it('prefixes ids and every reference to them, so that two charts on a page do not collide', () => {
    const svg =
      '<svg aria-labelledby="chart-title" aria-describedby="chart-desc"><title id="chart-title">T</title>' +
      '<desc id="chart-desc">D</desc><clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"><use href="#plot-clip-1"/></g>' +
      '<rect fill="url(#other)"/></svg>';
    expect(inlineSvg(svg, 'fig2')).toBe(
      '<svg aria-labelledby="fig2-chart-title" aria-describedby="fig2-chart-desc"><title id="fig2-chart-title">T</title>' +
        '<desc id="fig2-chart-desc">D</desc><clipPath id="fig2-plot-clip-1"/><g clip-path="url(#fig2-plot-clip-1)"><use href="#fig2-plot-clip-1"/></g>' +
        '<rect fill="url(#other)"/></svg>',
    );
  });

  it('keeps escaped text escaped', () => {
    expect(inlineSvg('<svg><text>&lt;script&gt; &amp;</text></svg>', 'f')).toBe(
      '<svg><text>&lt;script&gt; &amp;</text></svg>',
    );
  });
});
