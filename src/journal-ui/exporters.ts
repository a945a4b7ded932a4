/**
 * The export buttons: each names a pure formatter from `src/sightings/export` and the file it
 * writes. CSV carries a byte-order mark so spreadsheet programs read Korean, Russian, Chinese
 * and Japanese text as UTF-8.
 */
import { exportAnnotations } from '@/src/sightings/export/annotation';
import { exportCsv } from '@/src/sightings/export/csv';
import { exportGeoJson } from '@/src/sightings/export/geojson';
import { exportJson } from '@/src/sightings/export/json';
import type { Sighting } from '@/src/sightings/model';

/** One export button's file. */
export interface ExportFormat {
  label: string;
  extension: string;
  type: string;
  write(sightings: Sighting[]): string;
}

/** The formats, in the order the buttons appear. */
export const EXPORT_FORMATS: ExportFormat[] = [
  {
    label: 'JSON',
    extension: 'json',
    type: 'application/json',
    write: (s) => exportJson(s, new Date()),
  },
  {
    label: 'CSV',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    write: (s) => exportCsv(s, { bom: true }),
  },
  {
    label: 'GeoJSON',
    extension: 'geojson',
    type: 'application/geo+json',
    write: (s) => exportGeoJson(s),
  },
  {
    label: 'Web Annotation',
    extension: 'jsonld',
    type: 'application/ld+json',
    write: (s) => exportAnnotations(s, new Date()),
  },
];
