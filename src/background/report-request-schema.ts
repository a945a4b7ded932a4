/**
 * Checks a report request where it enters the background. It comes from a content script,
 * which runs next to untrusted page code, so its shape and sizes are checked before anything
 * is stored or a window opened.
 */
import * as v from 'valibot';
import type { ReportRequest } from '@/src/messaging/protocol';
import { PAGE_DATE_SOURCES } from '@/src/sightings/model';

const MAX_TEXT = 20_000;
const short = v.pipe(v.string(), v.maxLength(2_000));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const ReportRequestSchema = v.pipe(
  v.strictObject({
    url: v.pipe(v.string(), v.maxLength(8_000), v.regex(/^https?:\/\//i)),
    title: short,
    lang: v.pipe(v.string(), v.maxLength(35)),
    quote: v.strictObject({
      exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
      prefix: short,
      suffix: short,
      start: v.optional(offset),
      end: v.optional(offset),
    }),
    textSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    factIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200)),
    pageDate: v.optional(v.pipe(v.string(), v.maxLength(40))),
    pageDateFrom: v.optional(v.picklist(PAGE_DATE_SOURCES)),
    cardFact: v.optional(v.pipe(v.string(), v.maxLength(100))),
    quoteOnly: v.optional(v.boolean()),
  }),
  // Offsets exist exactly when the page text was read, and then they make a span.
  v.check(({ quote, quoteOnly }) =>
    quoteOnly === true
      ? quote.start === undefined && quote.end === undefined
      : quote.start !== undefined && quote.end !== undefined && quote.end > quote.start,
  ),
);

/** The request if it is well-formed, else null (and nothing happens). */
export function parseReportRequest(value: unknown): ReportRequest | null {
  const result = v.safeParse(ReportRequestSchema, value);
  return result.success ? result.output : null;
}
