/**
 * GeoJSON export (RFC 7946) for GIS tools: a FeatureCollection with one Point per sighting
 * that has a position (typed, or from the gazetteer for its place id). Sightings without one
 * cannot be drawn; rather than vanish silently they are listed by id in the foreign member
 * `unlocated` at the top level, which GIS tools ignore and people can read.
 */
import type { Sighting } from '../model';
import { sightingPosition } from './coordinates';

/** One located sighting as a GeoJSON Point feature. */
export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | boolean | string[] | null>;
}

/** The export: located sightings as features, the rest listed in `unlocated`. */
export interface GeoJsonCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
  /** Sightings left out for lack of a position: id and place name. */
  unlocated: Array<{ id: string; place: string }>;
}

/** The properties of a sighting's feature: flat values a GIS attribute table can show. */
function properties(s: Sighting, from: string): GeoJsonFeature['properties'] {
  return {
    observedDate: s.observed.date,
    observedPrecision: s.observed.precision,
    observedYearInferred: s.observed.inferredYear ?? false,
    observedYearFrom: s.observed.yearFrom?.source ?? null,
    place: s.place.name,
    placeId: s.place.placeId ?? null,
    coordinatesFrom: from,
    countKind: s.count.kind,
    countValue: s.count.value ?? null,
    countMin: s.count.min ?? null,
    countMax: s.count.max ?? null,
    direction: s.direction,
    origin: s.origin?.name ?? null,
    destination: s.destination?.name ?? null,
    routeLeg: s.routeLeg ?? null,
    confidence: s.confidence,
    quote: s.quote.exact,
    lang: s.page.lang,
    url: s.page.url,
    title: s.page.title,
    relatedFacts: s.relatedFacts,
    notes: s.notes,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** The located sightings as a FeatureCollection object. Coordinates are `[lon, lat]`. */
export function toGeoJson(sightings: readonly Sighting[]): GeoJsonCollection {
  const features: GeoJsonFeature[] = [];
  const unlocated: GeoJsonCollection['unlocated'] = [];
  for (const s of sightings) {
    const position = sightingPosition(s);
    if (!position) {
      unlocated.push({ id: s.id, place: s.place.name });
      continue;
    }
    features.push({
      type: 'Feature',
      id: s.id,
      geometry: { type: 'Point', coordinates: [position.lon, position.lat] },
      properties: properties(s, position.from),
    });
  }
  return { type: 'FeatureCollection', features, unlocated };
}

/** {@link toGeoJson} as text. */
export function exportGeoJson(sightings: readonly Sighting[]): string {
  return `${JSON.stringify(toGeoJson(sightings), null, 2)}\n`;
}
