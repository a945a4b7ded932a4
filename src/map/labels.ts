/**
 * Which place names the map can print without overlap, and where. Every place stays focusable
 * with its full name as an accessible label; only the visible text is thinned. Greedy by
 * importance: the route stops first, then the rest, each trying right, left, above, below.
 */
import type { Point } from './geometry';
import type { Box } from './projection';

/** A rectangle in view pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label's text goes: the SVG `text` position and anchor. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A label to place: text at a point, its rank (lower first). */
export interface LabelRequest {
  key: string;
  text: string;
  at: Point;
  rank: number;
  /** Region labels (provinces, rivers) sit centred on their point, or not at all. */
  centred?: boolean;
  /**
   * Also try spots further out (diagonals, then a step away) before giving up: for labels that
   * must be shown, such as the user's sightings among crowded stops.
   */
  persistent?: boolean;
}

export const LABEL_FONT_SIZE = 10;

/** Estimated text width: CJK and Hangul are square, Latin and Cyrillic at most about 0.62 em. */
export function textWidth(text: string, size = LABEL_FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : 0.62;
  return w * size;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function candidates(r: LabelRequest): { spot: LabelSpot; rect: Rect }[] {
  const w = textWidth(r.text);
  const h = LABEL_FONT_SIZE;
  const [x, y] = r.at;
  const spots: [LabelSpot, Rect][] = r.centred
    ? [
        [
          { x, y: y + h / 3, anchor: 'middle' },
          { x: x - w / 2, y: y - h / 2, width: w, height: h },
        ],
      ]
    : [
        [
          { x: x + 5, y: y + h / 3, anchor: 'start' },
          { x: x + 5, y: y - h / 2, width: w, height: h },
        ],
        [
          { x: x - 5, y: y + h / 3, anchor: 'end' },
          { x: x - 5 - w, y: y - h / 2, width: w, height: h },
        ],
        [
          { x, y: y - 5, anchor: 'middle' },
          { x: x - w / 2, y: y - 5 - h, width: w, height: h },
        ],
        [
          { x, y: y + 5 + h * 0.8, anchor: 'middle' },
          { x: x - w / 2, y: y + 5, width: w, height: h },
        ],
      ];
  if (r.persistent) {
    for (const d of [12, 22, 34]) {
      spots.push(
        [
          { x: x + d, y: y - d + h / 3, anchor: 'start' },
          { x: x + d, y: y - d - h / 2, width: w, height: h },
        ],
        [
          { x: x + d, y: y + d + h / 3, anchor: 'start' },
          { x: x + d, y: y + d - h / 2, width: w, height: h },
        ],
        [
          { x: x - d, y: y - d + h / 3, anchor: 'end' },
          { x: x - d - w, y: y - d - h / 2, width: w, height: h },
        ],
        [
          { x: x - d, y: y + d + h / 3, anchor: 'end' },
          { x: x - d - w, y: y + d - h / 2, width: w, height: h },
        ],
      );
    }
  }
  return spots.map(([spot, rect]) => ({ spot, rect }));
}

/**
 * Places labels by rank, skipping any that would overlap a placed label, a point in `points`
 * (other than its own), an obstacle, or leave the box. Returns the spots by key.
 */
export function placeLabels(
  requests: LabelRequest[],
  box: Box,
  obstacles: Rect[] = [],
  points: Point[] = [],
): Map<string, LabelSpot> {
  const taken: Rect[] = [...obstacles];
  const placed = new Map<string, LabelSpot>();
  const dot = (p: Point): Rect => ({ x: p[0] - 2.5, y: p[1] - 2.5, width: 5, height: 5 });
  for (const r of [...requests].sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key))) {
    const others = points.filter((p) => p[0] !== r.at[0] || p[1] !== r.at[1]).map(dot);
    const fit = candidates(r).find(
      ({ rect }) =>
        rect.x >= 1 &&
        rect.y >= 1 &&
        rect.x + rect.width <= box.width - 1 &&
        rect.y + rect.height <= box.height - 1 &&
        !taken.some((t) => overlaps(t, rect)) &&
        !others.some((t) => overlaps(t, rect)),
    );
    if (!fit) continue;
    taken.push(fit.rect);
    placed.set(r.key, fit.spot);
  }
  return placed;
}
