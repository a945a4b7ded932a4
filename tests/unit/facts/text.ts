import { createHash } from 'node:crypto';

/**
 * Text helpers for the fact-base meta-tests: every string field of a record with its path,
 * word tokens in any script, and n-gram shingles for the copying check.
 */

/** Yields `[path, text]` for every string inside a JSON value. */
export function* stringFields(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringFields(item, `${path}.${i}`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* stringFields(item, `${path}.${key}`);
  }
}

/** Lower-cased words (letters and digits of any script); apostrophes do not split words. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['\u2019\u2018]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The set of runs of `n` consecutive words. */
export function shingles(tokens: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
}

/** A short stable digest of a shingle, so a fixture can hold the seed's shingles, not its text. */
export function shingleDigest(gram: string): string {
  return createHash('sha256').update(gram).digest('hex').slice(0, 16);
}
