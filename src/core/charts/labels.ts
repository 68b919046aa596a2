import { textWidth } from './text-width.ts';
import { FONT_SIZE } from './theme.ts';

/**
 * Places text labels next to points without overlapping each other, other points or lines drawn (limit curves,
 * a target line): each label tries right, left, above and below its point and the four corners, a little further
 * out each round; failing those, the free place nearest its point within about 150 px, joined to the point by
 * a thin leader line (later labels keep clear of it too). A label with no free place at all is left out (the
 * caller names it elsewhere). Positions are in pixels, computed from the chart's fixed scales, so placement is
 * the same everywhere.
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
  /** A thin line from the point's edge to a label set away from it; null for a label beside its point. */
  leader: Segment | null;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label further than this from its point's edge, pixels, is joined to it by a leader line. */
const LEADER_FROM = 12;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A straight piece of a line drawn on the chart, in pixels. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** True when a segment crosses or lies in a box (Liang-Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - b.x0],
    [dx, b.x1 - s.x1],
    [-dy, s.y1 - b.y0],
    [dy, b.y1 - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

/**
 * @param requests - the points to label, in order of priority
 * @param bounds - the plot area labels must stay in
 * @param obstacles - every point drawn, with its radius (default 5 px: labels keep clear of it)
 * @param lines - every line drawn, as straight pieces: no label is set over one
 * @example placeLabels([{ x: 100, y: 100, text: 'Đức Thọ' }], { left: 0, right: 400, top: 0, bottom: 300 }, [])[0]?.anchor // => 'start'
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: { left: number; right: number; top: number; bottom: number },
  obstacles: readonly { x: number; y: number; r?: number }[],
  fontSize: number = FONT_SIZE.small,
  lines: readonly Segment[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  const height = fontSize * 1.25;
  const pointBoxes = obstacles.map((p) => ({
    x0: p.x - (p.r ?? 5),
    y0: p.y - (p.r ?? 5),
    x1: p.x + (p.r ?? 5),
    y1: p.y + (p.r ?? 5),
  }));
  const index = new SegmentIndex(lines);
  for (const r of requests) {
    const w = textWidth(r.text, fontSize);
    const radius = r.r ?? 5;
    const boxOf = (c: { x: number; y: number; anchor: PlacedLabel['anchor'] }): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      return { x0: x0 - 1, y0: c.y - height / 2, x1: x0 + w + 1, y1: c.y + height / 2 };
    };
    const isFree = (box: Box) =>
      box.x0 >= bounds.left &&
      box.x1 <= bounds.right &&
      box.y0 >= bounds.top &&
      box.y1 <= bounds.bottom &&
      !boxes.some((b) => overlaps(b, box)) &&
      !pointBoxes.some((b) => overlaps(b, box)) &&
      !index.hits(box);
    // beside the point
    const near: { x: number; y: number; anchor: PlacedLabel['anchor'] }[] = [];
    for (const d of [8, 16, 26, 38].map((gap) => gap + radius - 5)) {
      const diagonal = d * 0.75;
      near.push(
        { x: r.x + d, y: r.y, anchor: 'start' },
        { x: r.x - d, y: r.y, anchor: 'end' },
        { x: r.x, y: r.y - d - 2, anchor: 'middle' },
        { x: r.x, y: r.y + d + 2, anchor: 'middle' },
        { x: r.x + diagonal, y: r.y - diagonal, anchor: 'start' },
        { x: r.x + diagonal, y: r.y + diagonal, anchor: 'start' },
        { x: r.x - diagonal, y: r.y - diagonal, anchor: 'end' },
        { x: r.x - diagonal, y: r.y + diagonal, anchor: 'end' },
      );
    }
    // a thin line from the point's edge to the nearest point of the label's box, when they are apart
    const leaderTo = (box: Box): Segment | null => {
      const tx = Math.min(Math.max(r.x, box.x0), box.x1);
      const ty = Math.min(Math.max(r.y, box.y0), box.y1);
      const length = Math.hypot(tx - r.x, ty - r.y);
      if (length <= radius + LEADER_FROM) return null;
      return {
        x1: r.x + ((tx - r.x) / length) * (radius + 1),
        y1: r.y + ((ty - r.y) / length) * (radius + 1),
        x2: tx,
        y2: ty,
      };
    };
    const beside = near.find((c) => isFree(boxOf(c)));
    if (beside) {
      const leader = leaderTo(boxOf(beside));
      placed.push({ ...beside, text: r.text, leader });
      boxes.push(boxOf(beside));
      if (leader) index.add(leader);
      continue;
    }
    // away from it, nearest first, with a leader line that crosses no label
    const away: { x: number; y: number; anchor: PlacedLabel['anchor']; d: number }[] = [];
    for (let dx = -150; dx <= 150; dx += 6) {
      for (let dy = -120; dy <= 120; dy += 4) {
        const anchor = dx >= 0 ? 'start' : 'end';
        away.push({ x: r.x + dx + (dx >= 0 ? radius : -radius), y: r.y + dy, anchor, d: Math.hypot(dx, dy) });
      }
    }
    away.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
    for (const c of away) {
      const box = boxOf(c);
      if (!isFree(box)) continue;
      const leader = leaderTo(box);
      if (leader && boxes.some((b) => segmentHitsBox(leader, b))) continue;
      placed.push({ x: c.x, y: c.y, anchor: c.anchor, text: r.text, leader });
      boxes.push(box);
      if (leader) index.add(leader);
      break;
    }
  }
  return placed;
}

/** Segments bucketed by 16-pixel cells, so that a box is tested against the few lines near it. */
class SegmentIndex {
  private readonly cells = new Map<string, Segment[]>();
  private static readonly SIZE = 16;

  constructor(segments: readonly Segment[]) {
    for (const s of segments) this.add(s);
  }

  add(s: Segment): void {
    for (const key of this.keys(
      Math.min(s.x1, s.x2),
      Math.min(s.y1, s.y2),
      Math.max(s.x1, s.x2),
      Math.max(s.y1, s.y2),
    )) {
      const cell = this.cells.get(key);
      if (cell) cell.push(s);
      else this.cells.set(key, [s]);
    }
  }

  hits(box: Box): boolean {
    for (const key of this.keys(box.x0, box.y0, box.x1, box.y1)) {
      if (this.cells.get(key)?.some((s) => segmentHitsBox(s, box))) return true;
    }
    return false;
  }

  private *keys(x0: number, y0: number, x1: number, y1: number): Generator<string> {
    const size = SegmentIndex.SIZE;
    // a line far outside the chart (a limit clipped away) still falls in finitely many cells
    const clamp = (v: number) => Math.min(Math.max(Math.floor(v / size), -64), 256);
    for (let i = clamp(x0); i <= clamp(x1); i++) {
      for (let j = clamp(y0); j <= clamp(y1); j++) yield `${i}:${j}`;
    }
  }
}
