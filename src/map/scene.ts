/**
 * Everything the map draws, computed without a DOM: places projected into their view with
 * their names in the UI language and label spots, route legs as path data (shared legs side by
 * side, legs to the other view cut at its edge and marked), and sightings as points. The
 * component only turns this into SVG.
 */
import type { Place } from '@/src/facts/schema';
import { placeName } from '@/src/ui/card-view';
import { arcPath, clipSegment, linePath, offsetSegment, type Point } from './geometry';
import { type LabelSpot, placeLabels } from './labels';
import { insideBox, project } from './projection';
import { ROUTES, type RouteDef, routeLegs } from './routes';
import { type FittedView, INSET_FRAME, type ViewId, viewForLon } from './views';

/** A place as drawn. */
export interface ScenePlace {
  id: string;
  kind: Place['kind'];
  view: ViewId;
  at: Point;
  name: string;
  label: LabelSpot | null;
  /** Route ids that stop here. */
  routes: string[];
}

/** One leg in one view; `toward` names the far stop when it lies in the other view. */
export interface SceneLeg {
  key: string;
  routeId: string;
  from: string;
  to: string;
  view: ViewId;
  d: string;
  toward?: string;
}

/** A sighting point, or the reason it has none. */
export interface SceneSighting {
  id: string;
  /** Full text for assistive technology ("Dandong, 2017-03-16"). */
  label: string;
  view: ViewId;
  at: Point;
  /** The visible label: the sighting's short text, or "N sightings" for one spot's group. */
  text: string;
  /** Where the visible label goes; null only for a sighting sharing a spot with another. */
  spot: LabelSpot | null;
}

/** A sighting's place reduced to what the map needs. */
export interface SightingPoint {
  id: string;
  label: string;
  /** Short visible text beside the mark ("Dandong · Mar 2017"); `label` when absent. */
  short?: string;
  lon: number;
  lat: number;
}

export interface Scene {
  places: ScenePlace[];
  legs: SceneLeg[];
  sightings: SceneSighting[];
  /** Sightings whose position falls outside both views. */
  offMap: number;
}

/** Label order: route stops in story order, then other towns, then regions and rivers. */
const LABEL_RANK = [
  'pyongyang',
  'khasan',
  'rason',
  'vladivostok',
  'dandong',
  'ussuriysk',
  'khabarovsk',
  'harbin',
  'moscow',
  'tyumen',
  'manzhouli',
  'beijing',
  'sinuiju',
  'tumangang',
  'shenyang',
  'kursk',
  'hunchun',
];
const REGION_KINDS: ReadonlySet<string> = new Set(['province', 'region', 'river']);
/**
 * Places the map draws besides the stops of its routes: the labelled towns above and the regions
 * and rivers the route story runs through. The gazetteer also holds places far from both views
 * (Qatar, Poland, Senegal) and towns no route passes; the map leaves them to the cards.
 */
const MAP_PLACES: ReadonlySet<string> = new Set([
  ...LABEL_RANK,
  'south-pyongan',
  'heilongjiang',
  'liaoning',
  'tumen-river',
  'yalu-river',
  'rajin',
]);
const SHARED_GAP = 2.6;

function rank(p: Place): number {
  const i = LABEL_RANK.indexOf(p.id);
  return i >= 0 ? i : REGION_KINDS.has(p.kind) ? 200 : 100;
}

/** The places of `places` the map draws: its own list and every stop of `routes`. */
export function drawnPlaces(
  places: readonly Place[],
  routes: readonly RouteDef[] = ROUTES,
): Place[] {
  return places.filter(
    (p) => MAP_PLACES.has(p.id) || routes.some((r) => r.paths.some((path) => path.includes(p.id))),
  );
}

/** Builds the scene for `views` (from `assets/map/views.json`) in language `lang`. */
export function buildScene(input: {
  views: readonly FittedView[];
  places: readonly Place[];
  lang: string;
  routes?: readonly RouteDef[];
  sightings?: readonly SightingPoint[];
  /** The label of several sightings at one spot, in the interface language ("3 sightings"). */
  groupText?: (count: number) => string;
}): Scene {
  const routes = input.routes ?? ROUTES;
  const groupText = input.groupText ?? ((n: number) => `${n} sightings`);
  const byId = new Map(input.views.map((v) => [v.id, v]));
  const viewOf = (lon: number) => byId.get(viewForLon(lon)) as FittedView;
  const onMap = drawnPlaces(input.places, routes);
  const places: ScenePlace[] = onMap.map((p) => ({
    id: p.id,
    kind: p.kind,
    view: viewForLon(p.lon),
    at: project(viewOf(p.lon).projection, p.lon, p.lat),
    name: placeName(p, input.lang),
    label: null,
    routes: routes.filter((r) => r.paths.some((path) => path.includes(p.id))).map((r) => r.id),
  }));
  const placeIndex = new Map(onMap.map((p) => [p.id, p]));
  const sceneIndex = new Map(places.map((p) => [p.id, p]));
  const legs = buildLegs(routes, input.views, placeIndex, sceneIndex);
  const sightings: SceneSighting[] = [];
  let offMap = 0;
  for (const s of input.sightings ?? []) {
    const view = viewOf(s.lon);
    const at = project(view.projection, s.lon, s.lat);
    if (!insideBox(view, at)) {
      offMap++;
      continue;
    }
    sightings.push({
      id: s.id,
      label: s.label,
      view: view.id,
      at,
      text: s.short ?? s.label,
      spot: null,
    });
  }
  for (const view of input.views) {
    const here = places.filter((p) => p.view === view.id);
    const mine = groupBySpot(sightings.filter((s) => s.view === view.id));
    const obstacles = view.id === 'main' ? [INSET_FRAME] : [];
    // The user's sightings are labelled first, so a town's name gives way to them.
    const spots = placeLabels(
      [
        ...mine.map((group, i) => ({
          key: `sighting:${i}`,
          text: group.length === 1 ? (group[0]?.text ?? '') : groupText(group.length),
          at: group[0]?.at ?? ([0, 0] as Point),
          rank: -1,
          persistent: true,
        })),
        ...here.map((p) => ({
          key: p.id,
          text: p.name,
          at: p.at,
          rank: rank(placeIndex.get(p.id) as Place),
          centred: REGION_KINDS.has(p.kind),
        })),
      ],
      view,
      obstacles,
      [
        ...here.filter((p) => !REGION_KINDS.has(p.kind)).map((p) => p.at),
        ...mine.map((group) => group[0]?.at ?? ([0, 0] as Point)),
      ],
    );
    for (const p of here) p.label = spots.get(p.id) ?? null;
    mine.forEach((group, i) => {
      const [head] = group;
      if (!head) return;
      head.spot = spots.get(`sighting:${i}`) ?? null;
      if (group.length > 1) head.text = groupText(group.length);
    });
  }
  return { places, legs, sightings, offMap };
}

/** Sightings drawn on the same pixel, grouped: one label says how many. */
function groupBySpot(sightings: SceneSighting[]): SceneSighting[][] {
  const groups = new Map<string, SceneSighting[]>();
  for (const s of sightings) {
    const key = `${Math.round(s.at[0])},${Math.round(s.at[1])}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}

function buildLegs(
  routes: readonly RouteDef[],
  views: readonly FittedView[],
  placeIndex: Map<string, Place>,
  sceneIndex: Map<string, ScenePlace>,
): SceneLeg[] {
  const all = routes.flatMap((r) => routeLegs(r).map((leg) => ({ leg, mode: r.mode })));
  const pair = (a: string, b: string) => [a, b].sort().join('|');
  const sharing = new Map<string, string[]>();
  for (const { leg } of all) {
    const k = pair(leg.from, leg.to);
    sharing.set(k, [...new Set([...(sharing.get(k) ?? []), leg.routeId])]);
  }
  const out: SceneLeg[] = [];
  for (const { leg, mode } of all) {
    const a = placeIndex.get(leg.from);
    const b = placeIndex.get(leg.to);
    if (!a || !b) continue;
    const users = sharing.get(pair(leg.from, leg.to)) ?? [leg.routeId];
    const shift = (users.indexOf(leg.routeId) - (users.length - 1) / 2) * SHARED_GAP;
    const flip = leg.from < leg.to ? 1 : -1;
    for (const view of views) {
      const ends = [a, b].map((p) => project(view.projection, p.lon, p.lat)) as [Point, Point];
      const [pa, pb] = offsetSegment(ends[0], ends[1], shift * flip);
      const inA = sceneIndex.get(a.id)?.view === view.id;
      const inB = sceneIndex.get(b.id)?.view === view.id;
      if (!inA && !inB) continue;
      const clipped = inA && inB ? ([pa, pb] as [Point, Point]) : clipSegment(pa, pb, view);
      if (!clipped) continue;
      const far = inA ? b : a;
      out.push({
        key: `${leg.routeId}:${leg.from}>${leg.to}:${view.id}`,
        routeId: leg.routeId,
        from: leg.from,
        to: leg.to,
        view: view.id,
        d: mode === 'air' && inA && inB ? arcPath(...clipped) : linePath(...clipped),
        toward: inA && inB ? undefined : (sceneIndex.get(far.id)?.name ?? far.id),
      });
    }
  }
  return out;
}
