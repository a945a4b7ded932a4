/**
 * Creating and editing sightings. Both take the clock (`now`) and the id as arguments so they
 * stay pure and testable; the caller supplies `crypto.randomUUID()` and `new Date()`.
 */

import { isCalendarDate } from '../dates/calendar';
import { quoteLanguage } from './language';
import {
  type PageContext,
  type PageDateFrom,
  SIGHTING_SCHEMA_VERSION,
  type Sighting,
  type SightingDraft,
  type SightingFields,
} from './model';
import { checkSighting, InvalidSightingError } from './validate';

/** The draft fields the user must fill before a sighting can be saved. */
const REQUIRED = ['observed', 'place'] as const;

/** Which required fields a draft still lacks, so the form can say why Save is disabled. */
export function missingDraftFields(draft: SightingDraft): Array<(typeof REQUIRED)[number]> {
  return REQUIRED.filter((key) => draft[key] === undefined);
}

/**
 * Makes a stored record from a confirmed draft. Fields the user left empty get honest defaults
 * (count `unknown`, direction `unknown`, confidence `unverified`, no notes) rather than guesses.
 * Throws {@link InvalidSightingError} listing every problem when the draft is incomplete or
 * invalid: the form checks first, so this only fires on a programming error.
 */
export function createSighting(draft: SightingDraft, now: Date, id: string): Sighting {
  const missing = missingDraftFields(draft);
  if (missing.length > 0) {
    throw new InvalidSightingError(missing.map((path) => ({ path, message: 'is missing' })));
  }
  const stamp = now.toISOString();
  const candidate = {
    id,
    schemaVersion: SIGHTING_SCHEMA_VERSION,
    createdAt: stamp,
    updatedAt: stamp,
    count: { kind: 'unknown' },
    direction: 'unknown',
    relatedFacts: [],
    confidence: 'unverified',
    notes: '',
    ...withoutUndefined(draft),
  };
  const checked = checkSighting(candidate);
  if (!checked.ok) throw new InvalidSightingError(checked.issues);
  return checked.sighting;
}

/**
 * Applies the user's edits and moves `updatedAt` forward (never backwards, even if the clock
 * did), because merge-on-import keeps the copy with the newer `updatedAt`. Identity, creation
 * time, page and quote cannot change: they are the evidence.
 */
export function updateSighting(
  sighting: Sighting,
  edits: Partial<Omit<SightingFields, 'page' | 'quote'>>,
  now: Date,
): Sighting {
  const previous = Date.parse(sighting.updatedAt);
  const stamp = new Date(Math.max(now.getTime(), previous + 1)).toISOString();
  const candidate = { ...sighting, ...edits, updatedAt: stamp };
  for (const key of Object.keys(edits) as Array<keyof typeof edits>) {
    if (edits[key] === undefined) delete candidate[key];
  }
  const checked = checkSighting(candidate);
  if (!checked.ok) throw new InvalidSightingError(checked.issues);
  return checked.sighting;
}

/** Host name without `www.`, used as the page's `site`; empty for a URL that does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export { toPageLang } from './page-lang';

/**
 * What is known at capture, from any way in (the shape of the protocol's `ReportRequest`).
 * `pageDate` may be a full ISO timestamp; only its date part is kept. `quoteOnly` means the
 * page text was not read: the hash is the quote's and offsets, if any were sent, are dropped.
 */
export interface CaptureInput {
  url: string;
  title: string;
  lang: string;
  quote: SightingDraft['quote'];
  textSha256: string;
  factIds?: string[];
  pageDate?: string;
  pageDateFrom?: PageDateFrom;
  quoteOnly?: boolean;
}

/**
 * The draft the report form starts from. The language is the quote's own (see
 * `language.ts`). Related facts come pre-selected from the page's detection because the user
 * sees and can untick them; every other field starts empty.
 */
export function draftFromCapture(input: CaptureInput, capturedAt: Date): SightingDraft {
  const textCaptured = input.quoteOnly !== true;
  const page: PageContext = {
    url: input.url,
    title: input.title,
    site: siteOf(input.url),
    lang: quoteLanguage(input.quote.exact, input.lang),
    capturedAt: capturedAt.toISOString(),
    textCaptured,
    textSha256: input.textSha256,
  };
  const pageDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(input.pageDate ?? '')?.[0];
  if (pageDate && isCalendarDate(pageDate)) {
    page.pageDate = pageDate;
    if (input.pageDateFrom) page.pageDateFrom = input.pageDateFrom;
  }
  const { exact, prefix, suffix, start, end } = input.quote;
  const quote =
    textCaptured && start !== undefined && end !== undefined
      ? { exact, prefix, suffix, start, end }
      : { exact, prefix, suffix };
  return { page, quote, relatedFacts: [...(input.factIds ?? [])] };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
