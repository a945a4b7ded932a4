/**
 * Fuzzing the import parser, the one place the journal reads a file from outside: any text, any
 * JSON, and exports damaged in one field never make it throw; it accepts a file only when every
 * record in it is a valid sighting, and otherwise says what is wrong and changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson } from '@/src/sightings/export/json';
import { importSightings } from '@/src/sightings/import';
import type { Sighting } from '@/src/sightings/model';
import { checkSighting } from '@/src/sightings/validate';
import { arbitrarySighting } from '../sightings/arbitrary';
import { hostileText } from './inputs';
import { fuzzRuns } from './runs';

const journals = fc.uniqueArray(arbitrarySighting, {
  selector: (s) => s.id,
  minLength: 1,
  maxLength: 4,
});

/** The outcome's invariants: all valid and merged, or refused with readable errors. */
function checkOutcome(text: string, existing: readonly Sighting[]): void {
  const result = importSightings(text, existing);
  if (result.ok) {
    for (const s of result.merged) expect(checkSighting(s).ok).toBe(true);
    expect(result.merged.length).toBeGreaterThanOrEqual(existing.length);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
  }
}

/** Sets `path` (keys and indices) in a copy of `value` to `replacement`. */
function setAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key as string | number] = setAt(copy[key as string | number], rest, replacement);
  return copy;
}

/** Every path to a leaf of a JSON value. */
function leaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([k, v]) => leaves(v, [...path, k]))];
}

describe('import under fuzzing', () => {
  it('any text: no throw, a clear refusal or a valid merge', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileText(30), fc.string({ unit: 'binary', maxLength: 200 })),
        (text) => checkOutcome(text, []),
      ),
      fuzzRuns(100),
    );
  });

  it('any JSON value, and any JSON inside a file of the right format', () => {
    const doc = (sightings: unknown) =>
      JSON.stringify({
        format: 'dprk-labor-lens/sightings',
        version: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        sightings,
      });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkOutcome(JSON.stringify(value), []);
        checkOutcome(doc(value), []);
        checkOutcome(doc([value]), []);
      }),
      fuzzRuns(100),
    );
  });

  it('an export damaged in one place is refused, or still holds only valid sightings', () => {
    fc.assert(
      fc.property(journals, fc.nat(), fc.jsonValue(), (list, pick, replacement) => {
        const file = JSON.parse(exportJson(list, new Date('2026-01-01T00:00:00Z')));
        const paths = leaves(file);
        const path = paths[pick % paths.length] ?? [];
        checkOutcome(JSON.stringify(setAt(file, path, replacement)), list.slice(0, 1));
      }),
      fuzzRuns(100),
    );
  });
});
