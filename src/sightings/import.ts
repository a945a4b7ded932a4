/**
 * Importing a JSON sightings file: all or nothing. The file is checked completely — size,
 * JSON syntax, format and version, every record against the schema, duplicate ids — and any
 * problem means nothing is merged, with one error per problem naming the record (its position
 * and, when readable, its id), the field and what is wrong. A clean file is merged by id.
 */
import { upgradeDocument } from './document';
import { type MergeOutcome, mergeSightings } from './merge';
import type { Sighting } from './model';
import { checkSighting } from './validate';

/** Largest file accepted: far above any real journal, low enough to refuse a wrong file fast. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One problem in an import file. `index` is the record's position (0-based), null for the file. */
export interface ImportError {
  index: number | null;
  id?: string;
  /** Dotted path inside the record (or the file, when `index` is null). */
  path: string;
  message: string;
}

/** Either the merged journal and counts, or every problem found. */
export type ImportResult = ({ ok: true } & MergeOutcome) | { ok: false; errors: ImportError[] };

/** Byte length of a string in UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const fileError = (path: string, message: string): ImportResult => ({
  ok: false,
  errors: [{ index: null, path, message }],
});

/**
 * Checks `text` (the file's contents) and merges it into `existing`. Pure: the caller writes
 * `merged` in one write, so a failed write also leaves the journal as it was.
 */
export function importSightings(
  text: string,
  existing: readonly Sighting[],
  maxBytes = MAX_IMPORT_BYTES,
): ImportResult {
  const size = utf8Length(text);
  if (size > maxBytes) {
    return fileError(
      '',
      `the file is ${formatBytes(size)}; the largest accepted is ${formatBytes(maxBytes)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fileError(
      '',
      `the file is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  const upgraded = upgradeDocument(parsed);
  if (!upgraded.ok) return fileError(upgraded.problem.path, upgraded.problem.message);

  const errors: ImportError[] = [];
  const valid: Sighting[] = [];
  const firstIndexOfId = new Map<string, number>();
  upgraded.doc.sightings.forEach((record, index) => {
    const id = readableId(record);
    const checked = checkSighting(record);
    if (!checked.ok) {
      for (const issue of checked.issues) errors.push({ index, ...(id ? { id } : {}), ...issue });
      return;
    }
    const first = firstIndexOfId.get(checked.sighting.id);
    if (first !== undefined) {
      errors.push({
        index,
        id: checked.sighting.id,
        path: 'id',
        message: `duplicates the id of record ${first + 1}`,
      });
      return;
    }
    firstIndexOfId.set(checked.sighting.id, index);
    valid.push(checked.sighting);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ...mergeSightings(existing, valid) };
}

/** The record's id when it has a string one, so the message can name it even if it is invalid. */
function readableId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : undefined;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** One line for a person: "Record 3 (id …): observed.date must be a real date …". */
export function describeImportError(e: ImportError): string {
  const where =
    e.index === null
      ? e.path
        ? `File, field "${e.path}"`
        : 'File'
      : `Record ${e.index + 1}${e.id ? ` (id ${e.id})` : ''}${e.path ? `, field "${e.path}"` : ''}`;
  return `${where}: ${e.message}`;
}
