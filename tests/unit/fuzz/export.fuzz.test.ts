/**
 * Fuzzing the CSV and GeoJSON exports with any valid journal: the CSV reads back, cell for cell,
 * to what was written (no field can break out of its cell, and a text that a spreadsheet would
 * run as a formula is neutralised); the GeoJSON is valid JSON with every sighting either placed
 * at real coordinates or listed as unlocated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCells, exportCsv, neutraliseFormula } from '@/src/sightings/export/csv';
import { exportGeoJson } from '@/src/sightings/export/geojson';
import { parseCsv } from '../../shared/csv';
import { arbitrarySighting } from '../sightings/arbitrary';
import { fuzzRuns } from './runs';

const journals = fc.uniqueArray(arbitrarySighting, { selector: (s) => s.id, maxLength: 6 });
const NUMERIC = new Set([
  'lat',
  'lon',
  'count_value',
  'count_min',
  'count_max',
  'quote_start',
  'quote_end',
]);

describe('exports under fuzzing', () => {
  it('CSV: every cell reads back as written; no text cell starts a formula', () => {
    fc.assert(
      fc.property(journals, fc.boolean(), (list, bom) => {
        const text = exportCsv(list, { bom });
        const rows = parseCsv(bom ? text.slice(1) : text);
        expect(rows).toHaveLength(list.length + 1);
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        list.forEach((s, i) => {
          const expected = csvCells(s).map((cell, c) =>
            NUMERIC.has(CSV_COLUMNS[c] ?? '') ? cell : neutraliseFormula(cell),
          );
          expect(rows[i + 1]).toEqual(expected);
          rows[i + 1]?.forEach((cell, c) => {
            if (!NUMERIC.has(CSV_COLUMNS[c] ?? '')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          });
        });
      }),
      fuzzRuns(60),
    );
  });

  it('GeoJSON: valid JSON; each sighting is a point at real coordinates or unlocated', () => {
    fc.assert(
      fc.property(journals, (list) => {
        const doc = JSON.parse(exportGeoJson(list));
        expect(doc.type).toBe('FeatureCollection');
        expect(doc.features.length + doc.unlocated.length).toBe(list.length);
        for (const feature of doc.features) {
          const [lon, lat] = feature.geometry.coordinates;
          expect(Number.isFinite(lon) && lon >= -180 && lon <= 180).toBe(true);
          expect(Number.isFinite(lat) && lat >= -90 && lat <= 90).toBe(true);
          expect(list.map((s) => s.id)).toContain(feature.id);
        }
      }),
      fuzzRuns(60),
    );
  });
});
