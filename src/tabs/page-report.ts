/**
 * The valibot schema of a {@link PageReport} as it arrives from a content script. Pages can be
 * hostile and content scripts can be stale after an update, so the background checks the
 * shape and bounds every list before it stores anything or draws a badge from it.
 */
import * as v from 'valibot';
import type { PageReport } from '@/src/messaging/protocol';

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(100));

/** A page report: bounded strings, kebab-case ids, at most 500 facts or topics. */
export const PageReportSchema = v.strictObject({
  url: shortText(8192),
  title: shortText(2000),
  lang: shortText(16),
  relevant: v.boolean(),
  factIds: v.pipe(v.array(id), v.maxLength(500)),
  topics: v.pipe(v.array(id), v.maxLength(500)),
  matchCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The report if valid; throws a `ValiError` naming the bad field otherwise. */
export function parsePageReport(input: unknown): PageReport {
  return v.parse(PageReportSchema, input);
}

/** The report if valid, or undefined (used for state read back from storage). */
export function safePageReport(input: unknown): PageReport | undefined {
  const result = v.safeParse(PageReportSchema, input);
  return result.success ? result.output : undefined;
}

const TabIdSchema = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));

/** A tab id as an extension page passes it (absent means the active tab). */
export function parseTabId(input: unknown): number | undefined {
  return v.parse(TabIdSchema, input);
}
