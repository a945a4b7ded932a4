/**
 * Plane helpers for the map scene: clipping a leg to a view's rectangle (where a route leaves
 * one view for the other), offsetting legs that several routes share so each stays visible,
 * and the arc of an air leg. Pure numbers, tested in Node.
 */
import type { Box } from './projection';

export type Point = [number, number];

/**
 * The part of segment a→b inside `box` (Liang–Barsky), or null when it misses the box.
 * Used for legs whose far end lies in the other view.
 */
export function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0]],
    [dx, box.width - a[0]],
    [-dy, a[1]],
    [dy, box.height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** Segment a→b moved `by` pixels to its left (screen coordinates, y down). */
export function offsetSegment(a: Point, b: Point, by: number): [Point, Point] {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const nx = (b[1] - a[1]) / len;
  const ny = -(b[0] - a[0]) / len;
  return [
    [a[0] + nx * by, a[1] + ny * by],
    [b[0] + nx * by, b[1] + ny * by],
  ];
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** SVG path data for a straight leg. */
export function linePath(a: Point, b: Point): string {
  return `M${fmt(a[0])},${fmt(a[1])}L${fmt(b[0])},${fmt(b[1])}`;
}

/** SVG path data for an air leg: a gentle arc bowing `bow` of its length to the left. */
export function arcPath(a: Point, b: Point, bow = 0.18): string {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const [c] = offsetSegment([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], b, len * bow);
  return `M${fmt(a[0])},${fmt(a[1])}Q${fmt(c[0])},${fmt(c[1])} ${fmt(b[0])},${fmt(b[1])}`;
}
