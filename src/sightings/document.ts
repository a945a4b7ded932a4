/**
 * The versioned sightings document: the shape of a JSON export and of any stored copy of the
 * journal, `{ format, version, exportedAt?, sightings }`. Reading one always goes through
 * {@link upgradeDocument}, which runs the migration chain from the document's version to the
 * current one, so a file written by an older release still imports, and a file from a newer
 * release is refused with a message instead of being half-understood.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Sighting } from './model';

/** Marks a file as ours, so a random JSON file is refused with a clear message. */
export const DOCUMENT_FORMAT = 'dprk-labor-lens/sightings';

/**
 * Current document version. Version 2: records as in `model.ts` (`schemaVersion: 2`). Version 1
 * wrote offsets within the quote when the page text was never read, and years inferred from
 * the day of capture; {@link migrateV1} says which records those were.
 */
export const DOCUMENT_VERSION = 2;

/** A sightings document at the current version. */
export interface SightingsDocument {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
  /** When the file was written (ISO 8601); absent in stored copies. */
  exportedAt?: string;
  sightings: Sighting[];
}

/** A raw document of some version, before its records are checked. */
export interface RawDocument {
  version: number;
  sightings: unknown[];
  [key: string]: unknown;
}

/**
 * Upgrades a raw document of version `n` to `n + 1`, records still unchecked. Keyed by the
 * version it upgrades from. A migration rewrites every record (including its `schemaVersion`)
 * and must never drop one.
 */
export type Migration = (doc: RawDocument) => RawDocument;

/** Lowercase hex SHA-256 of a text's UTF-8 bytes, synchronously (migrations are synchronous). */
export function sha256HexSync(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

type RawRecord = Record<string, unknown> & {
  page?: Record<string, unknown>;
  quote?: Record<string, unknown>;
  observed?: Record<string, unknown>;
};

/**
 * One version 1 record in version 2's shape. A quote-only capture (deep link, typed quote,
 * page that refused scripts) hashed the quote itself and wrote offsets within the quote; its
 * hash therefore equals the quote's, which tells it apart exactly: it gets
 * `textCaptured: false` and loses the offsets. An inferred year came from the page date when
 * the record has one, else from the capture date, and `yearFrom` now says which. Records that
 * are not objects are passed on untouched, for the schema to name their problems.
 */
export function migrateRecordV1(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const r = record as RawRecord;
  const next: RawRecord = { ...r, schemaVersion: 2 };
  if (r.page && typeof r.page === 'object' && r.quote && typeof r.quote === 'object') {
    const exact = typeof r.quote.exact === 'string' ? r.quote.exact : '';
    const quoteOnly = r.page.textSha256 === sha256HexSync(exact);
    next.page = { ...r.page, textCaptured: !quoteOnly };
    if (quoteOnly) {
      const { start: _start, end: _end, ...selector } = r.quote;
      next.quote = selector;
    }
  }
  if (r.observed && typeof r.observed === 'object' && r.observed.inferredYear === true) {
    const pageDate = r.page?.pageDate;
    const captured = r.page?.capturedAt;
    next.observed = {
      ...r.observed,
      yearFrom:
        typeof pageDate === 'string'
          ? { source: 'page-date', date: pageDate }
          : { source: 'capture-date', date: String(captured ?? '').slice(0, 10) },
    };
  }
  return next;
}

/** Version 1 → 2, record by record (see {@link migrateRecordV1}). */
export const migrateV1: Migration = (doc) => ({
  ...doc,
  version: 2,
  sightings: doc.sightings.map(migrateRecordV1),
});

/**
 * The migration chain, keyed by the version each step upgrades from. A change to the record
 * shape adds a step here, bumps {@link DOCUMENT_VERSION} and `SIGHTING_SCHEMA_VERSION`, and
 * adds a test that a file of the previous version upgrades.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1 };

/** Why a document cannot be brought to the current version. */
export type UpgradeProblem = { path: string; message: string };

/**
 * Brings a parsed JSON value to the current version's raw shape, or says why it cannot: not an
 * object, not our format, no version, a version newer than this release, or a gap in the chain.
 */
export function upgradeDocument(
  value: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = DOCUMENT_VERSION,
): { ok: true; doc: RawDocument } | { ok: false; problem: UpgradeProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('', 'the file must hold one JSON object with "version" and "sightings"');
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== undefined && raw.format !== DOCUMENT_FORMAT) {
    return fail('format', `must be "${DOCUMENT_FORMAT}" (this is not a sightings file)`);
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', 'must be a whole number from 1 (the document version)');
  }
  if (version > current) {
    return fail(
      'version',
      `is ${version}, but this release reads up to version ${current}: update the extension`,
    );
  }
  if (!Array.isArray(raw.sightings)) return fail('sightings', 'must be a list of sightings');
  let doc: RawDocument = { ...raw, version, sightings: raw.sightings };
  while (doc.version < current) {
    const step = migrations[doc.version];
    if (!step) return fail('version', `no migration from version ${doc.version}`);
    const next = step(doc);
    if (next.version !== doc.version + 1 || next.sightings.length !== doc.sightings.length) {
      return fail('version', `migration from version ${doc.version} is broken`);
    }
    doc = next;
  }
  return { ok: true, doc };
}

function fail(path: string, message: string): { ok: false; problem: UpgradeProblem } {
  return { ok: false, problem: { path, message } };
}

/** Wraps checked sightings as a current document (what a JSON export writes). */
export function toDocument(sightings: readonly Sighting[], exportedAt?: Date): SightingsDocument {
  const doc: SightingsDocument = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    sightings: [...sightings],
  };
  if (exportedAt) doc.exportedAt = exportedAt.toISOString();
  return doc;
}
