/**
 * Sightings as the map and the timeline need them: a position (typed by the user, else the
 * gazetteer's for the chosen place; none when neither exists) and a dated label.
 */
import type { Place } from '@/src/facts/schema';
import type { Sighting } from '@/src/sightings/model';
import { formatDatePoint } from '@/src/ui/format-date';
import type { SightingPoint } from './scene';
import type { DatedSighting } from './timeline-events';

/** Map points for the sightings that have a position. */
export function sightingPoints(
  sightings: readonly Sighting[],
  placeById: (id: string) => Place | undefined,
): SightingPoint[] {
  return sightings.flatMap((s) => {
    const known = s.place.placeId ? placeById(s.place.placeId) : undefined;
    const lat = s.place.lat ?? known?.lat;
    const lon = s.place.lon ?? known?.lon;
    if (lat === undefined || lon === undefined) return [];
    const when = formatDatePoint(s.observed.date, s.observed.precision);
    return [
      { id: s.id, label: `${s.place.name}, ${when}`, short: `${s.place.name} · ${when}`, lat, lon },
    ];
  });
}

/** Timeline entries for every sighting. */
export function datedSightings(sightings: readonly Sighting[]): DatedSighting[] {
  return sightings.map((s) => ({ id: s.id, observed: s.observed, place: s.place.name }));
}
