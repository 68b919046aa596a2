import { textWidth } from './text-width.ts';
import { FONT_SIZE } from './theme.ts';

/**
 * Places text labels next to points without overlapping each other or other points: each label tries
 * right, left, above and below its point, then a little further out, and takes the first free place; a label
 * with no free place is left out (the chart's description still lists it). Positions are in pixels, computed
 * from the chart's fixed scales, so placement is the same everywhere.
 */

export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  /** Radius of the point labelled (default 5 px): the label starts beyond it. */
  r?: number;
}

export interface PlacedLabel {
  /** Anchor point of the text (its middle line). */
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * @param requests - the points to label, in order of priority
 * @param bounds - the plot area labels must stay in
 * @param obstacles - every point drawn, with its radius (default 5 px: labels keep clear of it)
 * @example placeLabels([{ x: 100, y: 100, text: 'Đức Thọ' }], { left: 0, right: 400, top: 0, bottom: 300 }, [])[0]?.anchor // => 'start'
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: { left: number; right: number; top: number; bottom: number },
  obstacles: readonly { x: number; y: number; r?: number }[],
  fontSize: number = FONT_SIZE.small,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  const height = fontSize * 1.25;
  const pointBoxes = obstacles.map((p) => ({ x0: p.x - (p.r ?? 5), y0: p.y - (p.r ?? 5), x1: p.x + (p.r ?? 5), y1: p.y + (p.r ?? 5) }));
  for (const r of requests) {
    const w = textWidth(r.text, fontSize);
    const candidates: PlacedLabel[] = [];
    for (const d of [8, 16, 26].map((gap) => gap + (r.r ?? 5) - 5)) {
      candidates.push(
        { x: r.x + d, y: r.y, text: r.text, anchor: 'start' },
        { x: r.x - d, y: r.y, text: r.text, anchor: 'end' },
        { x: r.x, y: r.y - d - 2, text: r.text, anchor: 'middle' },
        { x: r.x, y: r.y + d + 2, text: r.text, anchor: 'middle' },
      );
    }
    const boxOf = (c: PlacedLabel): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      return { x0: x0 - 1, y0: c.y - height / 2, x1: x0 + w + 1, y1: c.y + height / 2 };
    };
    const free = candidates.find((c) => {
      const box = boxOf(c);
      if (box.x0 < bounds.left || box.x1 > bounds.right || box.y0 < bounds.top || box.y1 > bounds.bottom) return false;
      return !boxes.some((b) => overlaps(b, box)) && !pointBoxes.some((b) => overlaps(b, box));
    });
    if (free) {
      placed.push(free);
      boxes.push(boxOf(free));
    }
  }
  return placed;
}
