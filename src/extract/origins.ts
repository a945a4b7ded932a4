/**
 * Where a group came from: North Korean provinces and cities named in the quote. Gazetteer
 * places keep their id (so they can be mapped); the other provinces are offered by name.
 */
import type { PlaceRef } from '../sightings/model';
import type { Candidate } from './candidate';
import { createNameMatcher, type NamedEntry } from './name-matcher';
import { allNames, gazetteer, placeRefOf } from './places';
import { DPRK_GAZETTEER_IDS, OTHER_DPRK_ORIGINS } from './provinces';

const entries: NamedEntry<PlaceRef>[] = [
  ...gazetteer
    .filter((p) => (DPRK_GAZETTEER_IDS as readonly string[]).includes(p.id))
    .map((p) => ({ names: allNames(p), value: placeRefOf(p) })),
  ...OTHER_DPRK_ORIGINS,
];

const matchOrigins = createNameMatcher(entries);

/** North Korean provinces and cities named in `quote`, as origin candidates. */
export function extractOrigins(quote: string): Candidate<PlaceRef>[] {
  return matchOrigins(quote);
}
