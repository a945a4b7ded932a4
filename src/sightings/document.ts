/**
 * The versioned sightings document: the shape of a JSON export and of any stored copy of the
 * journal, `{ format, version, exportedAt?, sightings }`. Reading one always goes through
 * {@link upgradeDocument}, which runs the migration chain from the document's version to the
 * current one, so a file written by an older release still imports, and a file from a newer
 * release is refused with a message instead of being half-understood.
 */
import type { Sighting } from './model';

/** Marks a file as ours, so a random JSON file is refused with a clear message. */
export const DOCUMENT_FORMAT = 'dprk-labor-lens/sightings';

/** Current document version. Version 1: records as in `model.ts` (`schemaVersion: 1`). */
export const DOCUMENT_VERSION = 1;

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

/**
 * The migration chain. Empty while version 1 is the only version released; the next change to
 * the record shape adds `1: (doc) => …` here, bumps {@link DOCUMENT_VERSION} and
 * `SIGHTING_SCHEMA_VERSION`, and adds a test that a version 1 file upgrades.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
