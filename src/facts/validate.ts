/**
 * Turns raw JSON into a checked fact base, or fails with messages a data editor can act on:
 * each names the collection, the record (index and id) and the field path, e.g.
 * `facts[4] "inns-five-storey": dates.0.precision: must be day, month, year or approximate`.
 * Runs at test time and wherever data enters at run time (the loader, imports).
 */
import * as v from 'valibot';
import {
  type Fact,
  FactSchema,
  type Place,
  PlaceSchema,
  type Source,
  SourceSchema,
} from './schema';

/** The raw collections as read from the data files. */
export interface RawFactBase {
  facts: unknown;
  sources: unknown;
  places: unknown;
}

/** The checked collections. */
export interface FactBaseData {
  facts: Fact[];
  sources: Source[];
  places: Place[];
}

/** A data error; `problems` lists every problem found, one line each. */
export class FactBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid fact base (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
    this.name = 'FactBaseError';
  }
}

function recordLabel(name: string, index: number, item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${name}[${index}] "${id}"` : `${name}[${index}]`;
}

/** Validates one collection, collecting a message per issue rather than stopping at the first. */
function parseCollection<T>(
  name: string,
  schema: v.GenericSchema<unknown, T>,
  raw: unknown,
  problems: string[],
): T[] {
  if (!Array.isArray(raw)) {
    problems.push(`${name}: must be an array`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) {
      out.push(result.output);
      return;
    }
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '(record)';
      problems.push(`${recordLabel(name, index, item)}: ${path}: ${issue.message}`);
    }
  });
  return out;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) dupes.push(id);
    seen.add(id);
  }
  return dupes;
}

/**
 * Cross-record checks the schemas cannot make alone: duplicate ids, references to unknown
 * places, sources or facts, and `confirmedBy` agreeing with the confidence label.
 */
export function referenceProblems(data: FactBaseData): string[] {
  const problems: string[] = [];
  for (const [name, items] of [
    ['facts', data.facts],
    ['sources', data.sources],
    ['places', data.places],
  ] as const) {
    for (const id of duplicates(items.map((i) => i.id)))
      problems.push(`${name}: duplicate id "${id}"`);
  }
  const placeIds = new Set(data.places.map((p) => p.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const factIds = new Set(data.facts.map((f) => f.id));
  data.facts.forEach((fact, index) => {
    const at = `facts[${index}] "${fact.id}"`;
    const check = (field: string, ids: readonly string[], known: Set<string>, what: string) => {
      ids.forEach((id, i) => {
        if (!known.has(id)) problems.push(`${at}: ${field}.${i}: unknown ${what} id "${id}"`);
      });
    };
    check('places', fact.places, placeIds, 'place');
    check('sources', fact.sources, sourceIds, 'source');
    check('related', fact.related, factIds, 'fact');
    fact.attributions.forEach((a, i) => {
      if (!sourceIds.has(a.source)) {
        problems.push(`${at}: attributions.${i}.source: unknown source id "${a.source}"`);
      }
    });
    fact.corrections.forEach((c, i) => {
      check(`corrections.${i}.sources`, c.sources, sourceIds, 'source');
    });
    if (fact.related.includes(fact.id)) problems.push(`${at}: related: lists itself`);
    if (fact.confidence === 'confirmed' && fact.confirmedBy === undefined) {
      problems.push(`${at}: confirmedBy: required when confidence is "confirmed"`);
    }
    if (fact.confidence !== 'confirmed' && fact.confirmedBy !== undefined) {
      problems.push(`${at}: confirmedBy: only allowed when confidence is "confirmed"`);
    }
  });
  return problems;
}

/** Validates raw collections and their references; throws a `FactBaseError` listing all problems. */
export function validateFactBase(raw: RawFactBase): FactBaseData {
  const problems: string[] = [];
  const data: FactBaseData = {
    facts: parseCollection('facts', FactSchema, raw.facts, problems),
    sources: parseCollection('sources', SourceSchema, raw.sources, problems),
    places: parseCollection('places', PlaceSchema, raw.places, problems),
  };
  if (problems.length === 0) problems.push(...referenceProblems(data));
  if (problems.length > 0) throw new FactBaseError(problems);
  return data;
}
