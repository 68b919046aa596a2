/** The words an SVG file carries for screen readers: the chart's title and its text description. */
export interface SvgTexts {
  title: string;
  description: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Makes a drawn SVG a standalone, accessible, deterministic file: a `<title>` and `<desc>` (read by screen
 * readers and shown as a tooltip), `role="img"`, and clip-path ids numbered from 1 in each file (Plot numbers
 * them across the whole process, or the whole page). `chitieu charts` and the notebooks' downloads both finish
 * their SVG here, so the same chart gives the same bytes from either.
 *
 * @throws Error when the text holds no `<svg>` element.
 * @example finishSvg('<svg width="2"></svg>', { title: 'T', description: 'D' })
 * // => '<svg width="2" role="img" aria-labelledby="chart-title" aria-describedby="chart-desc"><title id="chart-title">T</title><desc id="chart-desc">D</desc></svg>\n'
 */
export function finishSvg(svg: string, texts: SvgTexts): string {
  const ids = new Map<string, string>();
  let out = svg.replace(/plot-clip-\d+/g, (id) => {
    let renamed = ids.get(id);
    if (!renamed) {
      renamed = `plot-clip-${ids.size + 1}`;
      ids.set(id, renamed);
    }
    return renamed;
  });
  const open = /<svg\b[^>]*>/.exec(out);
  if (!open) throw new Error('not an SVG');
  const tag = open[0]
    .replace(/\s(role|aria-label|aria-labelledby|aria-describedby)="[^"]*"/g, '')
    .replace(/>$/, ` role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">`);
  const a11y = `<title id="chart-title">${escapeXml(texts.title)}</title><desc id="chart-desc">${escapeXml(texts.description)}</desc>`;
  out = `${out.slice(0, open.index)}${tag}${a11y}${out.slice(open.index + open[0].length)}`;
  return out.endsWith('\n') ? out : `${out}\n`;
}
