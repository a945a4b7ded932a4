import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotations, summaryLine, toAnnotation } from '@/src/sightings/export/annotation';
import { CSV_COLUMNS, exportCsv, neutraliseFormula, quoteField } from '@/src/sightings/export/csv';
import { exportGeoJson, toGeoJson } from '@/src/sightings/export/geojson';
import { exportJson } from '@/src/sightings/export/json';
import { parseCsv } from '../../shared/csv';
import { SAMPLE_ID, sampleSighting } from './sample';

const OTHER_ID = '0b5a1f0e-5d6c-4c1a-8f3e-7e2d9a4b6c10';
const AT = new Date('2026-11-28T03:00:00.000Z');

describe('exportJson', () => {
  it('writes the versioned document with the export time', () => {
    const doc = JSON.parse(exportJson([sampleSighting()], AT));
    expect(doc).toEqual({
      format: 'dprk-labor-lens/sightings',
      version: 2,
      exportedAt: '2026-11-28T03:00:00.000Z',
      sightings: [sampleSighting()],
    });
  });
});

describe('exportCsv', () => {
  it('writes a header and one row per sighting with CRLF line ends', () => {
    const csv = exportCsv([sampleSighting()]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toMatchObject({
      id: SAMPLE_ID,
      observed_date: '2017-03-16',
      observed_year_inferred: 'yes',
      place: 'Dandong',
      lat: '40.12',
      lon: '124.38',
      count_kind: 'approximate',
      count_value: '200',
      quote: 'another 200 workers arrived on March 16',
      quote_suffix: ', the source said.',
      related_facts: 'dandong-inns',
    });
  });

  it('quotes commas, quotes and line breaks, doubling quotes, and reads back the same text', () => {
    const notes = 'He said "200, maybe more"\r\nthen left';
    const rows = parseCsv(exportCsv([sampleSighting({ notes })]));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('notes')]).toBe(notes);
    expect(quoteField('a"b')).toBe('"a""b"');
    expect(quoteField('plain')).toBe('plain');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const risky of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(risky)).toBe(`'${risky}`);
    }
    expect(neutraliseFormula('200 workers')).toBe('200 workers');
    // A leading apostrophe is guarded too, so the guard can be undone exactly.
    expect(neutraliseFormula("'+")).toBe("''+");
    expect(neutraliseFormula("'quoted'")).toBe("''quoted'");
    const rows = parseCsv(exportCsv([sampleSighting({ notes: '=1+1', routeLeg: '@cmd' })]));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('notes')]).toBe("'=1+1");
    expect(rows[1]?.[CSV_COLUMNS.indexOf('route_leg')]).toBe("'@cmd");
    const west = parseCsv(
      exportCsv([sampleSighting({ place: { name: 'Havana', lat: 23.1, lon: -82.4 } })]),
    );
    expect(west[1]?.[CSV_COLUMNS.indexOf('lon')]).toBe('-82.4');
  });

  it('reads back any notes text exactly, up to the neutralising quote mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (notes) => {
        const rows = parseCsv(exportCsv([sampleSighting({ notes })]));
        expect(rows).toHaveLength(2);
        expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
        expect(rows[1]?.[CSV_COLUMNS.indexOf('notes')]).toBe(neutraliseFormula(notes));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps non-Latin text intact and adds a byte-order mark only on request', () => {
    const ko = sampleSighting({ notes: '지난 16일 200여 명' });
    expect(exportCsv([ko]).startsWith('\uFEFF')).toBe(false);
    const withBom = exportCsv([ko], { bom: true });
    expect(withBom.startsWith('\uFEFFid,')).toBe(true);
    expect(withBom).toContain('지난 16일 200여 명');
  });
});

describe('exportGeoJson', () => {
  it('draws located sightings as points and lists the others by id', () => {
    const typed = sampleSighting({
      id: OTHER_ID,
      place: { name: 'Station', lat: 42.4, lon: 130.6 },
    });
    const nowhere = sampleSighting({
      id: 'a1b2c3d4-0000-4000-8000-000000000000',
      place: { name: 'somewhere inland' },
    });
    const geo = toGeoJson([sampleSighting(), typed, nowhere]);
    expect(geo.type).toBe('FeatureCollection');
    expect(
      geo.features.map((f) => [f.id, f.geometry.coordinates, f.properties.coordinatesFrom]),
    ).toEqual([
      [SAMPLE_ID, [124.38, 40.12], 'gazetteer'],
      [OTHER_ID, [130.6, 42.4], 'typed'],
    ]);
    expect(geo.unlocated).toEqual([
      { id: 'a1b2c3d4-0000-4000-8000-000000000000', place: 'somewhere inland' },
    ]);
    expect(geo.features[0]?.properties).toMatchObject({ countValue: 200, direction: 'to-russia' });
    expect(JSON.parse(exportGeoJson([sampleSighting()]))).toEqual(toGeoJson([sampleSighting()]));
  });
});

describe('Web Annotation export', () => {
  it('targets the page with quote and position selectors and keeps notes as a body', () => {
    const a = toAnnotation(sampleSighting());
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${SAMPLE_ID}`,
      type: 'Annotation',
      created: '2026-11-28T02:10:00.000Z',
      modified: '2026-11-28T02:10:00.000Z',
      target: {
        source: 'https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'another 200 workers arrived on March 16',
            prefix: 'stayed for about a week. Then ',
            suffix: ', the source said.',
          },
          { type: 'TextPositionSelector', start: 120, end: 159 },
        ],
      },
    });
    expect(a.body).toContainEqual({
      type: 'TextualBody',
      value: 'Second group at the inns.',
      format: 'text/plain',
      purpose: 'commenting',
    });
    expect(a.body).toContainEqual(
      expect.objectContaining({ value: 'dandong-inns', purpose: 'tagging' }),
    );
    expect(summaryLine(sampleSighting())).toBe(
      "Sighting: 2017-03-16 (year inferred from the page's date 2017-03-22), Dandong, about 200 people, direction to-russia, confidence single-source.",
    );
  });

  it('writes an AnnotationCollection with every sighting', () => {
    const doc = JSON.parse(
      exportAnnotations([sampleSighting(), sampleSighting({ id: OTHER_ID, notes: '' })], AT),
    );
    expect(doc).toMatchObject({
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage' },
    });
    expect(doc.first.items.map((i: { id: string }) => i.id)).toEqual([
      `urn:uuid:${SAMPLE_ID}`,
      `urn:uuid:${OTHER_ID}`,
    ]);
    expect(doc.first.items[1].body).toHaveLength(2);
  });
});
