/**
 * The gazetteer as the place pickers use it: every name of every place, in all five languages,
 * pointing at its id, so typing "단둥" or "Dandong" links the same entry. A name that is not in
 * the gazetteer stays free text.
 */
import { factBase, type Place } from '@/src/facts';
import { placeName } from '@/src/ui/card-view';
import type { Lang } from '@/src/vocabulary';

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

/** A place's name in the interface language (the gazetteer's standard form for it). */
export function displayName(place: Place, lang: Lang = 'en'): string {
  return placeName(place, lang);
}

/**
 * The place of a sighting as the interface names it: the gazetteer's name in `lang` when the
 * place is a known one, else the name the user typed.
 */
export function sightingPlaceName(
  sighting: { place: { name: string; placeId?: string } },
  lang: Lang = 'en',
): string {
  const known = sighting.place.placeId ? placeOfId(sighting.place.placeId) : undefined;
  return known ? displayName(known, lang) : sighting.place.name;
}
