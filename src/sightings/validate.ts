/**
 * Turns valibot's issues into plain `{ path, message }` pairs that a person can read: the path
 * is dotted (`quote.exact`, `relatedFacts.2`), the message says what the value must look like.
 * Import errors, the form and storage reads all show these.
 */
import * as v from 'valibot';
import type { Sighting } from './model';
import { SightingSchema } from './schema';

/** One problem with one value: where it is and what is wrong. */
export interface FieldIssue {
  /** Dotted path inside the record; empty for the record itself. */
  path: string;
  message: string;
}

/** Either the checked sighting or every problem found in it. */
export type SightingCheck = { ok: true; sighting: Sighting } | { ok: false; issues: FieldIssue[] };

/** Dotted path of a valibot issue (`page.url`, `relatedFacts.0`). */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.');
}

/** Flattens valibot issues into {@link FieldIssue}s, one per problem, in schema order. */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = issuePath(issue);
    // valibot words these two for developers ("Invalid key: Expected never …"): say it plainly.
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return { path, message: 'is not a field of a sighting (misspelt, or from another format)' };
    }
    const missing =
      issue.kind === 'schema' && issue.input === undefined && issue.type !== 'undefined';
    return { path, message: missing ? 'is missing' : issue.message };
  });
}

/** Checks any value (parsed JSON, a stored record, a form result) against the sighting schema. */
export function checkSighting(value: unknown): SightingCheck {
  const result = v.safeParse(SightingSchema, value, { abortEarly: false });
  if (result.success) return { ok: true, sighting: result.output };
  return { ok: false, issues: toFieldIssues(result.issues) };
}

/** Thrown when code (not a user file) hands over an invalid sighting: a programming error. */
export class InvalidSightingError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(
      `invalid sighting: ${issues.map((i) => `${i.path || '(record)'} ${i.message}`).join('; ')}`,
    );
    this.name = 'InvalidSightingError';
    this.issues = issues;
  }
}
