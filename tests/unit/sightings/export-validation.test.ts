/**
 * The exports read by other tools, checked by those tools' own rules: the Web Annotation
 * collection is expanded by a JSON-LD processor (`jsonld`) against the W3C context bundled in
 * `tests/fixtures/jsonld/`, with no network, in safe mode (a term the context does not define
 * is an error, not silently dropped); the GeoJSON is validated against the GeoJSON schema of
 * RFC 7946 (`geojson-schema`, with Ajv); the CSV is read back by a separate RFC 4180 parser
 * (`csv-parse`) and gives back every field.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import featureCollectionSchema from 'geojson-schema/FeatureCollection.json';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { exportAnnotations, toAnnotation } from '@/src/sightings/export/annotation';
import { CSV_COLUMNS, exportCsv } from '@/src/sightings/export/csv';
import { exportGeoJson } from '@/src/sightings/export/geojson';
import type { Sighting } from '@/src/sightings/model';
import { arbitrarySighting } from './arbitrary';
import { sampleSighting } from './sample';

const CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT = JSON.parse(
  readFileSync(new URL('../../fixtures/jsonld/anno.jsonld', import.meta.url), 'utf8'),
);
const OA = 'http://www.w3.org/ns/oa#';
const AT = new Date('2026-11-28T03:00:00.000Z');

/** Serves the bundled W3C context and refuses every other address: no network. */
const documentLoader = async (url: string) => {
  if (url !== CONTEXT_URL) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

async function expand(doc: object): Promise<unknown[]> {
  // `safe` makes the processor fail on anything it would otherwise drop (an undefined term).
  return jsonld.expand(
    doc as jsonld.JsonLdDocument,
    {
      documentLoader,
      safe: true,
    } as jsonld.Options.Expand,
  );
}

type Node = Record<string, unknown>;
const first = (node: Node, key: string) => (node[key] as Node[] | undefined)?.[0];

/** The selectors of the first expanded annotation, by their oa: type. */
function selectorTypes(expanded: unknown[]): string[] {
  const annotation = expanded[0] as Node;
  const target = first(annotation, `${OA}hasTarget`) as Node;
  const selectors = (target[`${OA}hasSelector`] as Node[]) ?? [];
  return selectors.flatMap((s) => (s['@type'] as string[]).map((t) => t.replace(OA, 'oa:')));
}

/** A quote-only sighting (deep link, typed quote): no offsets. */
const quoteOnly = (): Sighting => {
  const s = sampleSighting();
  const { start: _s, end: _e, ...quote } = s.quote;
  return { ...s, page: { ...s.page, textCaptured: false }, quote };
};

describe('Web Annotation export, as a JSON-LD processor reads it', () => {
  it('expands every term of a collection against the W3C context', async () => {
    const text = exportAnnotations([sampleSighting(), quoteOnly()], AT);
    const expanded = await expand(JSON.parse(text));
    const collection = expanded[0] as Node;
    expect(collection['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const page = first(collection, 'http://www.w3.org/ns/activitystreams#first') as Node;
    const items = first(page, 'http://www.w3.org/ns/activitystreams#items') as Node;
    expect((items['@list'] as Node[]).map((a) => a['@type'])).toEqual([
      [`${OA}Annotation`],
      [`${OA}Annotation`],
    ]);
  });

  it('writes a TextPositionSelector only when the position was measured in the page text', async () => {
    expect(selectorTypes(await expand(toAnnotation(sampleSighting())))).toEqual([
      'oa:TextQuoteSelector',
      'oa:TextPositionSelector',
    ]);
    expect(selectorTypes(await expand(toAnnotation(quoteOnly())))).toEqual([
      'oa:TextQuoteSelector',
    ]);
  });

  it('fails on a term outside the context (the check can fail)', async () => {
    const bad = { ...toAnnotation(sampleSighting()), quoteLanguage: 'en' };
    await expect(expand(bad)).rejects.toThrow();
  });

  it('expands any valid sighting', async () => {
    await fc.assert(
      fc.asyncProperty(arbitrarySighting, async (s) => {
        const expanded = await expand(toAnnotation(s));
        const types = selectorTypes(expanded);
        expect(types.includes('oa:TextPositionSelector')).toBe(s.page.textCaptured);
      }),
      { numRuns: 40 },
    );
  });
});

describe('GeoJSON export, against the RFC 7946 schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(featureCollectionSchema);

  it('validates a collection with located and unlocated sightings', () => {
    const unlocated = sampleSighting({
      id: '0b5a1f0e-5d6c-4c1a-8f3e-7e2d9a4b6c10',
      place: { name: 'somewhere inland' },
    });
    const doc = JSON.parse(exportGeoJson([sampleSighting(), unlocated]));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.features).toHaveLength(1);
    expect(doc.unlocated).toEqual([{ id: unlocated.id, place: 'somewhere inland' }]);
  });

  it('refuses a broken geometry (the check can fail)', () => {
    const doc = JSON.parse(exportGeoJson([sampleSighting()]));
    doc.features[0].geometry.coordinates = [124.39];
    expect(validate(doc)).toBe(false);
    doc.features[0].geometry = { type: 'Point', coordinates: ['124.39', '40.12'] };
    expect(validate(doc)).toBe(false);
  });

  it('validates the export of any valid sightings', () => {
    fc.assert(
      fc.property(fc.array(arbitrarySighting, { maxLength: 5 }), (list) => {
        expect(validate(JSON.parse(exportGeoJson(list)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('CSV export, read back by another parser', () => {
  /** Undoes the export's formula guard: a leading `'` before a risky character or another `'`. */
  const unguard = (cell: string) => (/^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell);

  it('round-trips every text field of any sighting', () => {
    fc.assert(
      fc.property(fc.array(arbitrarySighting, { minLength: 1, maxLength: 4 }), (list) => {
        const rows: Record<string, string>[] = parseCsv(exportCsv(list, { bom: true }), {
          bom: true,
          columns: true,
          record_delimiter: '\r\n',
          relax_quotes: false,
        });
        expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
        rows.forEach((row, i) => {
          const s = list[i] as Sighting;
          expect(row.id).toBe(s.id);
          expect(unguard(row.quote ?? '')).toBe(s.quote.exact);
          expect(unguard(row.quote_prefix ?? '')).toBe(s.quote.prefix);
          expect(unguard(row.quote_suffix ?? '')).toBe(s.quote.suffix);
          expect(unguard(row.notes ?? '')).toBe(s.notes);
          expect(unguard(row.title ?? '')).toBe(s.page.title);
          expect(row.quote_start).toBe(s.quote.start === undefined ? '' : String(s.quote.start));
          expect(row.text_captured).toBe(s.page.textCaptured ? 'yes' : 'no');
          expect(row.observed_year_from).toBe(s.observed.yearFrom?.source ?? '');
          expect(row.lang).toBe(s.page.lang);
        });
      }),
      { numRuns: 60 },
    );
  });
});
