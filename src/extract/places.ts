/**
 * Gazetteer places named in a quote, in any of the five languages, as place candidates for the
 * form (place, origin, destination). Names and variants come from the fact base's gazetteer,
 * so a spelling added there is found here too.
 */
import { placeRecords } from '../facts/data';
import type { Place } from '../facts/schema';
import type { PlaceRef } from '../sightings/model';
import type { Candidate } from './candidate';
import { createNameMatcher, type NamedEntry } from './name-matcher';

/** The bundled gazetteer, typed. It is validated by the fact base's own tests and loader. */
export const gazetteer: readonly Place[] = placeRecords as Place[];

/** A gazetteer reference for a place: its id and English display name, never its coordinates. */
export function placeRefOf(place: Place): PlaceRef {
  return { placeId: place.id, name: place.names.en[0] ?? place.id };
}

/** Every spelling of a place across the five languages. */
export function allNames(place: Place): string[] {
  const n = place.names;
  return [...n.en, ...n.ko, ...n.ru, ...n.zhHans, ...n.zhHant, ...n.ja];
}

/** Builds a matcher over any list of places (the bundled gazetteer by default). */
export function createPlaceMatcher(places: readonly Place[] = gazetteer) {
  const entries: NamedEntry<PlaceRef>[] = places.map((p) => ({
    names: allNames(p),
    value: placeRefOf(p),
  }));
  return createNameMatcher(entries);
}

const matchBundled = createPlaceMatcher();

/** Gazetteer places named in `quote`, in order of appearance. */
export function extractPlaces(quote: string): Candidate<PlaceRef>[] {
  return matchBundled(quote);
}

/** The gazetteer entry for an id, for coordinates at export time. */
export function gazetteerPlace(placeId: string | undefined): Place | undefined {
  return placeId === undefined ? undefined : gazetteer.find((p) => p.id === placeId);
}
