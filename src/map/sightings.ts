/**
 * Sightings as the map and the timeline need them: a position (typed by the user, else the
 * gazetteer's for the chosen place; none when neither exists) and a dated label.
 */
import type { Place } from '@/src/facts/schema';
import type { Sighting } from '@/src/sightings/model';
import { placeName } from '@/src/ui/card-view';
import { formatDatePoint } from '@/src/ui/format-date';
import type { Lang } from '@/src/vocabulary';
import type { SightingPoint } from './scene';
import type { DatedSighting } from './timeline-events';

/**
 * Map points for the sightings that have a position, labelled in `lang`: a known place by the
 * gazetteer's name in that language, a typed one as typed; dates through `Intl`.
 */
export function sightingPoints(
  sightings: readonly Sighting[],
  placeById: (id: string) => Place | undefined,
  lang: Lang = 'en',
): SightingPoint[] {
  return sightings.flatMap((s) => {
    const known = s.place.placeId ? placeById(s.place.placeId) : undefined;
    const lat = s.place.lat ?? known?.lat;
    const lon = s.place.lon ?? known?.lon;
    if (lat === undefined || lon === undefined) return [];
    const when = formatDatePoint(s.observed.date, s.observed.precision, lang);
    const name = known ? placeName(known, lang) : s.place.name;
    return [{ id: s.id, label: `${name}, ${when}`, short: `${name} · ${when}`, lat, lon }];
  });
}

/** Timeline entries for every sighting, a known place named in `lang`. */
export function datedSightings(
  sightings: readonly Sighting[],
  placeById?: (id: string) => Place | undefined,
  lang: Lang = 'en',
): DatedSighting[] {
  return sightings.map((s) => {
    const known = s.place.placeId ? placeById?.(s.place.placeId) : undefined;
    return { id: s.id, observed: s.observed, place: known ? placeName(known, lang) : s.place.name };
  });
}
