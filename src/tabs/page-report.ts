/**
 * The valibot schema of a {@link PageReport}, the tab state the background keeps in session
 * storage. The background writes it itself, from its own analysis of a page; it is checked when
 * read back, since a state stored by an older version may have another shape.
 */
import * as v from 'valibot';
import type { PageReport } from '@/src/messaging/protocol';

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(100));

/** A page report: bounded strings, kebab-case ids, at most 500 cards. */
export const PageReportSchema = v.strictObject({
  url: shortText(8192),
  title: shortText(2000),
  lang: shortText(16),
  relevant: v.boolean(),
  cards: v.pipe(
    v.array(v.strictObject({ fact: id, topic: id, why: shortText(500) })),
    v.maxLength(500),
  ),
  markCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
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
