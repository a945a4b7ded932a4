/**
 * A sighting's position for maps and GeoJSON: the coordinates the user typed, else the
 * gazetteer's for its place id, else none. Typed coordinates win because the user may know
 * the exact station where the gazetteer has only a city.
 */
import { gazetteerPlace } from '../../extract/places';
import type { PlaceRef, Sighting } from '../model';

/** Where a position came from, for the export's `coordinatesFrom` property. */
export type CoordinateSource = 'typed' | 'gazetteer';

/** A WGS 84 position and where it came from. */
export interface Position {
  lat: number;
  lon: number;
  from: CoordinateSource;
}

/** The position of a place reference, or undefined when it has none. */
export function positionOf(place: PlaceRef | undefined): Position | undefined {
  if (!place) return undefined;
  if (place.lat !== undefined && place.lon !== undefined) {
    return { lat: place.lat, lon: place.lon, from: 'typed' };
  }
  const entry = gazetteerPlace(place.placeId);
  return entry ? { lat: entry.lat, lon: entry.lon, from: 'gazetteer' } : undefined;
}

/** The position of a sighting's place. */
export function sightingPosition(s: Sighting): Position | undefined {
  return positionOf(s.place);
}
