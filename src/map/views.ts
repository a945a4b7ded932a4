/**
 * The two map views. The routes span 100 degrees of longitude but the story is dense in a small
 * corner: one continuous map to Moscow would shrink Korea to a few pixels and spend the picture
 * on empty Siberia. So the main view fits the Korean peninsula, north-east China and the Russian
 * Far East, and an inset carries European Russia and the Urals (Moscow, Kursk, Tyumen); legs
 * that run between them leave one view at its edge toward the other.
 */
import type { ConicParams } from './projection';

/** Which view a place is drawn in. */
export type ViewId = 'main' | 'inset';

/** How the build fits one view: size, cone, and the places it must contain. */
export interface ViewSpec {
  id: ViewId;
  width: number;
  height: number;
  parallels: [number, number];
  lon0: number;
  /** Pixels kept free around the fitted places (for labels and context). */
  padding: { top: number; right: number; bottom: number; left: number };
}

/** A view as the runtime uses it: size plus the fitted projection. */
export interface FittedView {
  id: ViewId;
  width: number;
  height: number;
  projection: ConicParams;
}

/** The inset sits in the main view's lower right corner, over the Sea of Japan. */
export const INSET_FRAME = { x: 266, y: 222, width: 130, height: 92 } as const;

/** Build-time specs; runtime code reads the fitted result from `assets/map/views.json`. */
export const VIEW_SPECS: readonly ViewSpec[] = [
  {
    id: 'main',
    width: 400,
    height: 318,
    parallels: [38, 48],
    lon0: 127,
    padding: { top: 22, right: 34, bottom: 24, left: 26 },
  },
  {
    id: 'inset',
    width: INSET_FRAME.width,
    height: INSET_FRAME.height,
    parallels: [50, 58],
    lon0: 50,
    padding: { top: 20, right: 24, bottom: 18, left: 20 },
  },
];

/** Places west of this meridian are drawn in the inset. */
export const INSET_WEST_OF = 100;

/** The view a gazetteer place or sighting at `lon` belongs to. */
export function viewForLon(lon: number): ViewId {
  return lon < INSET_WEST_OF ? 'inset' : 'main';
}

/** Projected shapes of one view, as written by `scripts/build-map.ts` to `geometry.json`. */
export interface ViewGeometry {
  id: string;
  countries: { id: string; name: string; d: string }[];
  borders: string;
  graticule: string;
}
