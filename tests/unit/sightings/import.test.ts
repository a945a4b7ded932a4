import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  migrateRecordV1,
  sha256HexSync,
  toDocument,
  upgradeDocument,
} from '@/src/sightings/document';
import { exportJson } from '@/src/sightings/export/json';
import { describeImportError, importSightings, utf8Length } from '@/src/sightings/import';
import { SAMPLE_ID, sampleSighting } from './sample';

const OTHER_ID = '0b5a1f0e-5d6c-4c1a-8f3e-7e2d9a4b6c10';
const file = (sightings: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, sightings, ...extra });

describe('importSightings: clean files', () => {
  it('round-trips an export into an empty journal with identical records', () => {
    const records = [sampleSighting(), sampleSighting({ id: OTHER_ID, notes: 'other' })];
    const result = importSightings(exportJson(records, new Date('2026-11-28T03:00:00Z')), []);
    expect(result).toMatchObject({ ok: true, added: 2, updated: 0, unchanged: 0 });
    if (result.ok) expect(result.merged).toEqual(records);
  });

  it('merges by id, keeping the copy with the newer updatedAt', () => {
    const mine = sampleSighting({ notes: 'mine', updatedAt: '2026-11-28T05:00:00.000Z' });
    const theirsOlder = sampleSighting({ notes: 'older', updatedAt: '2026-11-28T04:00:00.000Z' });
    const theirsNewer = sampleSighting({ notes: 'newer', updatedAt: '2026-11-28T06:00:00.000Z' });
    const older = importSightings(file([theirsOlder]), [mine]);
    expect(older).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 1 });
    const newer = importSightings(file([theirsNewer]), [mine]);
    expect(newer).toMatchObject({ ok: true, updated: 1 });
    if (newer.ok) expect(newer.merged[0]?.notes).toBe('newer');
  });

  it('accepts a byte-order mark and a file without the format marker', () => {
    const bare = JSON.stringify({ version: DOCUMENT_VERSION, sightings: [sampleSighting()] });
    expect(importSightings(`\uFEFF${bare}`, []).ok).toBe(true);
  });
});

describe('importSightings: every error kind, nothing merged', () => {
  const errorsOf = (text: string) => {
    const r = importSightings(text, [sampleSighting()]);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('not JSON', () => {
    const [e] = errorsOf('{"version": 1, "sightings": [');
    expect(e).toMatchObject({ index: null });
    expect(e?.message).toMatch(/not valid JSON/);
  });

  it('not a sightings document', () => {
    expect(errorsOf('[1,2,3]')[0]?.message).toMatch(/one JSON object/);
    expect(
      errorsOf(JSON.stringify({ format: 'other', version: 1, sightings: [] }))[0],
    ).toMatchObject({
      path: 'format',
    });
    expect(errorsOf(JSON.stringify({ version: 1, sightings: {} }))[0]?.path).toBe('sightings');
  });

  it('wrong version', () => {
    expect(errorsOf(file([], { version: 99 }))[0]?.message).toMatch(/reads up to version 2/);
    expect(errorsOf(file([], { version: '1' }))[0]?.path).toBe('version');
    expect(errorsOf(file([], { version: 0 }))[0]?.path).toBe('version');
  });

  it('missing fields, named with record and id', () => {
    const { observed: _o, ...noDate } = sampleSighting();
    const errors = errorsOf(file([sampleSighting({ id: OTHER_ID }), noDate]));
    expect(errors).toEqual([{ index: 1, id: SAMPLE_ID, path: 'observed', message: 'is missing' }]);
    expect(describeImportError(errors[0] as (typeof errors)[0])).toBe(
      `Record 2 (id ${SAMPLE_ID}), field "observed": is missing`,
    );
  });

  it('bad types and unknown fields', () => {
    const bad = { ...sampleSighting(), count: { kind: 'exact', value: '200' }, extra: true };
    const errors = errorsOf(file([bad]));
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['count.value', 'extra']));
    expect(errors.find((e) => e.path === 'count.value')?.message).toBe('must be a number');
    expect(errors.find((e) => e.path === 'extra')?.message).toMatch(
      /^is not a field of a sighting/,
    );
    const farAway = { ...sampleSighting(), place: { name: 'x', lat: 100, lon: 0 } };
    expect(errorsOf(file([farAway]))[0]).toMatchObject({
      path: 'place.lat',
      message: 'must be a latitude between -90 and 90',
    });
  });

  it('bad dates', () => {
    const bad = sampleSighting({ observed: { date: '2017-02-30', precision: 'day' } });
    const badStamp = sampleSighting({ id: OTHER_ID, createdAt: 'yesterday' });
    const errors = errorsOf(file([bad, badStamp]));
    expect(errors).toEqual([
      {
        index: 0,
        id: SAMPLE_ID,
        path: 'observed.date',
        message: expect.stringMatching(/real date/),
      },
      { index: 1, id: OTHER_ID, path: 'createdAt', message: expect.stringMatching(/ISO 8601/) },
    ]);
  });

  it('duplicate ids inside the file', () => {
    const errors = errorsOf(file([sampleSighting(), sampleSighting({ notes: 'again' })]));
    expect(errors).toEqual([
      { index: 1, id: SAMPLE_ID, path: 'id', message: 'duplicates the id of record 1' },
    ]);
  });

  it('over-large file', () => {
    const r = importSightings(file([sampleSighting()]), [], 100);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/largest accepted is 1 KB/);
  });

  it('names every bad record, not only the first', () => {
    const errors = errorsOf(
      file([{ id: 'x' }, 42, sampleSighting({ id: OTHER_ID, direction: 'north' as never })]),
    );
    expect(new Set(errors.map((e) => e.index))).toEqual(new Set([0, 1, 2]));
    expect(errors.find((e) => e.index === 2)).toMatchObject({ id: OTHER_ID, path: 'direction' });
  });
});

describe('document versions', () => {
  it('runs the migration chain in order and refuses a gap', () => {
    const v1 = { version: 1, sightings: [{ old: true }] };
    const chain = {
      1: (d: { version: number; sightings: unknown[] }) => ({
        ...d,
        version: 2,
        sightings: d.sightings.map((s) => ({ ...(s as object), step1: true })),
      }),
      2: (d: { version: number; sightings: unknown[] }) => ({
        ...d,
        version: 3,
        sightings: d.sightings.map((s) => ({ ...(s as object), step2: true })),
      }),
    };
    const up = upgradeDocument(v1, chain, 3);
    expect(up).toEqual({
      ok: true,
      doc: { version: 3, sightings: [{ old: true, step1: true, step2: true }] },
    });
    expect(upgradeDocument(v1, { 1: chain[1] }, 3)).toMatchObject({
      ok: false,
      problem: { path: 'version' },
    });
    const dropping = {
      1: (d: { version: number; sightings: unknown[] }) => ({ ...d, version: 2, sightings: [] }),
    };
    expect(upgradeDocument(v1, dropping, 2)).toMatchObject({ ok: false });
  });

  it('reads a current version 2 document as is', () => {
    const doc = toDocument([sampleSighting()]);
    expect(upgradeDocument(JSON.parse(JSON.stringify(doc)))).toEqual({
      ok: true,
      doc: JSON.parse(JSON.stringify(doc)),
    });
  });

  /** A record as release 1 wrote it: offsets always, `inferredYear` without its ground. */
  function v1Record(change: { quoteOnly: boolean; pageDate?: string }) {
    const s = sampleSighting();
    const { textCaptured: _t, pageDate: _p, ...page } = s.page;
    const exact = s.quote.exact;
    return {
      ...s,
      schemaVersion: 1,
      page: {
        ...page,
        textSha256: change.quoteOnly ? sha256HexSync(exact) : 'b'.repeat(64),
        ...(change.pageDate ? { pageDate: change.pageDate } : {}),
      },
      quote: change.quoteOnly
        ? { exact, prefix: '', suffix: '', start: 0, end: exact.length }
        : s.quote,
      observed: { date: '2017-03-16', precision: 'day', inferredYear: true },
    };
  }

  it('upgrades version 1: quote-only records lose their made-up offsets', () => {
    const up = migrateRecordV1(v1Record({ quoteOnly: true })) as ReturnType<typeof sampleSighting>;
    expect(up.schemaVersion).toBe(2);
    expect(up.page.textCaptured).toBe(false);
    expect(up.quote).toEqual({ exact: sampleSighting().quote.exact, prefix: '', suffix: '' });
    const kept = migrateRecordV1(v1Record({ quoteOnly: false })) as ReturnType<
      typeof sampleSighting
    >;
    expect(kept.page.textCaptured).toBe(true);
    expect(kept.quote).toEqual(sampleSighting().quote);
  });

  it('upgrades version 1: an inferred year names the page date or, failing that, the capture day', () => {
    const dated = migrateRecordV1(v1Record({ quoteOnly: false, pageDate: '2017-03-22' })) as {
      observed: unknown;
    };
    expect(dated.observed).toMatchObject({ yearFrom: { source: 'page-date', date: '2017-03-22' } });
    const undated = migrateRecordV1(v1Record({ quoteOnly: false })) as { observed: unknown };
    expect(undated.observed).toMatchObject({
      yearFrom: { source: 'capture-date', date: sampleSighting().page.capturedAt.slice(0, 10) },
    });
  });

  it('imports a whole version 1 file, every record upgraded and valid', () => {
    const text = JSON.stringify({
      format: DOCUMENT_FORMAT,
      version: 1,
      sightings: [
        v1Record({ quoteOnly: true }),
        { ...v1Record({ quoteOnly: false }), id: OTHER_ID },
      ],
    });
    const result = importSightings(text, []);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.added).toBe(2);
    expect(result.merged.map((s) => s.page.textCaptured)).toEqual([false, true]);
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a단😀')).toBe(1 + 3 + 4);
  });
});
