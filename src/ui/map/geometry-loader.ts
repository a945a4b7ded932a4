/**
 * Loads the projected country shapes on first use, as a separate chunk: a view that never shows
 * a map never downloads or parses them, and the views that do share one copy.
 */

import type { ViewGeometry } from '@/src/map/views';

export type { ViewGeometry };

let pending: Promise<ViewGeometry[]> | null = null;

/** The geometry of both views; one import however many maps ask. */
export function loadGeometry(): Promise<ViewGeometry[]> {
  pending ??= import('@/assets/map/geometry.json').then(
    (m) => (m.default as { views: ViewGeometry[] }).views,
  );
  return pending;
}
