/**
 * The gazetteer as the place pickers use it: every name of every place, in all five languages,
 * pointing at its id, so typing "단둥" or "Dandong" links the same entry. A name that is not in
 * the gazetteer stays free text.
 */
import { factBase, type Place } from '@/src/facts';

/** One pickable name. */
export interface PlaceName {
  name: string;
  place: Place;
}

/** Every name of every place, display names first. */
export const PLACE_NAMES: PlaceName[] = factBase.places.flatMap((place) => {
  const all = Object.values(place.names).flat();
  return [...new Set(all)].map((name) => ({ name, place }));
});

const byName = new Map(PLACE_NAMES.map((n) => [n.name.toLowerCase(), n.place]));

/** The gazetteer entry a typed name refers to, if any (case-insensitive, exact). */
export function placeForName(name: string): Place | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** The gazetteer entry of an id, if any. */
export function placeOfId(id: string): Place | undefined {
  return factBase.placeById(id);
}

/** The English display name of a place. */
export function displayName(place: Place): string {
  return place.names.en[0] ?? place.id;
}

/** A place's kind in words ("border crossing"), for the hint under a place input. */
export const PLACE_KIND_WORDS: Record<Place['kind'], string> = {
  city: 'city',
  town: 'town',
  station: 'station',
  province: 'province',
  river: 'river',
  'border-crossing': 'border crossing',
  region: 'region',
  country: 'country',
  site: 'site',
};
