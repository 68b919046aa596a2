import { textWidth, type FontWeight } from '../charts/text-width.ts';

/** The fields of a Vega text item that its width depends on. */
export interface VegaTextItem {
  fontSize?: number | string | null;
  fontWeight?: string | number | null;
  limit?: number | null;
  ellipsis?: string | null;
}

function weightOf(item: VegaTextItem): FontWeight {
  const w = item.fontWeight;
  return w === 'bold' ||
    w === 'bolder' ||
    (typeof w === 'number' && w >= 600) ||
    (typeof w === 'string' && Number(w) >= 600)
    ? 'bold'
    : 'regular';
}

/**
 * Width of a Vega text item's line in pixels with the shipped Noto Sans' advance widths, truncated with an
 * ellipsis to the item's limit as Vega does. Vega measures text with a canvas when it has one (a browser) and
 * guesses 0.8 em a character without (vega#2940); given this instead (`vega.textMetrics.width`, the hook
 * vl-convert uses), Node and a browser lay a chart out the same, so its SVG has the same bytes in both.
 *
 * @example measureVegaText({ fontSize: 0 }, 'x') // => 0
 */
export function measureVegaText(item: VegaTextItem, line: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = weightOf(item);
  let text = line == null ? '' : String(line).trim();
  if (size <= 0 || text === '') return 0;
  const width = (t: string) => textWidth(t, size, weight);
  const limit = Number(item.limit) || 0;
  if (limit > 0 && width(text) >= limit) {
    const ellipsis = item.ellipsis ?? '\u2026';
    const room = limit - width(ellipsis);
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = 1 + ((lo + hi) >>> 1);
      if (width(text.slice(0, mid)) < room) lo = mid;
      else hi = mid - 1;
    }
    text = text.slice(0, lo) + ellipsis;
  }
  return width(text);
}
