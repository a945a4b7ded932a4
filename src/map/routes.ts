/**
 * The routes the map draws, as data: ordered place-id paths, when each was in use, and the facts
 * that support it. Lines are schematic (straight between named stops), not surveyed track;
 * a stop that lies on the line but that no source names (Shenyang) is marked `via`.
 */

/** Rail or air: air legs are drawn as dashed arcs. */
export type RouteMode = 'rail' | 'air';

/** `usual`: the normal way; `exception`: the route through China; `later`: links since 2020. */
export type RouteRole = 'usual' | 'exception' | 'later';

/** When a route was in use, as sources date it (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export interface RoutePeriod {
  from?: string;
  to?: string;
  note: string;
}

/** One route: stops in travel order (several paths for branches), with its evidence. */
export interface RouteDef {
  id: string;
  name: string;
  mode: RouteMode;
  role: RouteRole;
  /** Each path is an ordered list of place ids; consecutive ids form a leg. */
  paths: string[][];
  /** Stops on the line that no source names. */
  via: string[];
  periods: RoutePeriod[];
  /** Fact ids, the first being the main one. */
  facts: string[];
}

/** Every route the map knows, usual first. */
export const ROUTES: readonly RouteDef[] = [
  {
    id: 'direct',
    name: 'Direct route over the Tumen',
    mode: 'rail',
    role: 'usual',
    paths: [
      ['rason', 'tumangang', 'khasan', 'ussuriysk', 'vladivostok'],
      ['ussuriysk', 'khabarovsk'],
    ],
    via: [],
    periods: [
      { from: '1959-08', note: 'bridge opened' },
      { from: '2020-02', to: '2024-12-16', note: 'passenger trains stopped' },
    ],
    facts: [
      'route-direct-rason-khasan',
      'route-friendship-bridge-1959',
      'route-khasan-rajin-link',
      'route-suspension-and-shuttle-2024',
      'route-tumen-road-bridge',
      'route-student-visas',
      'route-vladivostok-300-2024',
    ],
  },
  {
    id: 'through-car',
    name: 'Pyongyang–Moscow through car',
    mode: 'rail',
    role: 'usual',
    paths: [['pyongyang', 'tumangang', 'khasan', 'ussuriysk', 'khabarovsk', 'moscow']],
    via: [],
    periods: [
      { from: '2008', to: '2020-02', note: 'twice a month' },
      { from: '2025-06-17', note: 'running again' },
    ],
    facts: [
      'route-through-car',
      'route-through-car-2025',
      'route-defector-travel-times',
      'route-dailynk-jp-direct-train-claim',
    ],
  },
  {
    id: 'china',
    name: 'Route through China',
    mode: 'rail',
    role: 'exception',
    paths: [
      ['pyongyang', 'sinuiju', 'dandong', 'shenyang', 'harbin', 'manzhouli', 'moscow'],
      ['manzhouli', 'tyumen'],
    ],
    via: ['shenyang'],
    periods: [
      { to: '2007', note: 'closed about 2007' },
      { from: '2017-03', to: '2017-03', note: 'one informant' },
    ],
    facts: [
      'route-dandong-harbin-2017',
      'route-china-shut-2007',
      'route-dandong-manzhouli-train',
      'route-defector-destinations',
      'route-inference-cheaper',
      'route-dandong-express-cost',
    ],
  },
  {
    id: 'beijing-pyongyang',
    name: 'Beijing–Pyongyang train',
    mode: 'rail',
    role: 'later',
    paths: [['beijing', 'dandong', 'sinuiju', 'pyongyang']],
    via: [],
    periods: [{ from: '2026-03-12', note: 'resumed' }],
    facts: ['route-beijing-pyongyang-2026'],
  },
  {
    id: 'flights',
    name: 'Flights to Vladivostok and Moscow',
    mode: 'air',
    role: 'later',
    paths: [
      ['pyongyang', 'vladivostok'],
      ['pyongyang', 'moscow'],
    ],
    via: [],
    periods: [
      { from: '2023-08', note: 'Vladivostok' },
      { from: '2025-07-27', note: 'Moscow' },
    ],
    facts: ['route-flights'],
  },
];

/** A leg: two consecutive stops of a route. */
export interface Leg {
  routeId: string;
  from: string;
  to: string;
}

/** The legs of a route in travel order, each pair once. */
export function routeLegs(route: RouteDef): Leg[] {
  const seen = new Set<string>();
  const legs: Leg[] = [];
  for (const path of route.paths) {
    for (let i = 1; i < path.length; i++) {
      const from = path[i - 1] as string;
      const to = path[i] as string;
      if (seen.has(`${from}>${to}`)) continue;
      seen.add(`${from}>${to}`);
      legs.push({ routeId: route.id, from, to });
    }
  }
  return legs;
}

/** The routes a fact supports (for highlighting them when that fact is shown). */
export function routesForFact(factId: string): RouteDef[] {
  return ROUTES.filter((r) => r.facts.includes(factId));
}

/** Every place id the routes use, in first-seen order. */
export function routePlaceIds(): string[] {
  return [...new Set(ROUTES.flatMap((r) => r.paths.flat()))];
}
