/**
 * An SVG chart made safe and self-consistent to place inline in the briefing's HTML, where it is drawn with
 * the page's embedded Noto Sans (an SVG shown through `<img>` cannot use the page's fonts and falls back
 * to a serif). Inline, an SVG could run script, and ids of several charts would collide (two
 * `plot-clip-1` clip paths: the second chart would be clipped by the first's), so:
 * - `<script>` and `<foreignObject>` elements, `on...` event attributes and `javascript:` links are removed;
 * - every id gets the figure's prefix, and so does every reference to it (`url(#id)`, `href="#id"`,
 *   `aria-labelledby`, `aria-describedby`).
 * Text inside the SVG is already XML-escaped by the exporter, which is also valid HTML escaping.
 */

/**
 * @example inlineSvg('<svg><clipPath id="c"/><g clip-path="url(#c)" onclick="x()"/></svg>', 'f1')
 * // => '<svg><clipPath id="f1-c"/><g clip-path="url(#f1-c)"/></svg>'
 */
export function inlineSvg(svg: string, prefix: string): string {
  let out = svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s+(xlink:)?href\s*=\s*("\s*javascript:[^"]*"|'\s*javascript:[^']*')/gi, '');
  const ids = new Set<string>();
  for (const m of out.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1] as string);
  if (ids.size === 0) return out.trim();
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  out = out
    .replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}${rename(id)}${b}`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}${rename(id)}${b}`)
    .replace(
      /(\saria-(?:labelledby|describedby)=")([^"]+)(")/g,
      (_, a: string, list: string, b: string) => `${a}${list.split(/\s+/).map(rename).join(' ')}${b}`,
    );
  return out.trim();
}
