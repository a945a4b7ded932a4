/**
 * Resurfacing: on a page that quotes a recorded sighting, the overlay says "You recorded this
 * on DATE". The page where the sighting was taken is re-anchored as Hypothesis does (up to half
 * the quote's length in edits); any other page must contain the quote nearly word for word
 * (one edit per eight characters), so a passing resemblance never claims a record.
 *
 * It runs in the background, over the text a page sent for analysis: the page gets back only
 * where its own text matches and when the sighting was recorded, never the journal's quotes,
 * notes or records of other pages. The input is the flat shape re-anchoring needs
 * ({@link RecordedQuote}).
 */
import { anchorQuote } from '../quote/anchor';
import { createPageIndex } from '../quote/page-index';
import { canonicalUrl } from './duplicates';
import type { Sighting } from './model';

/** What re-anchoring needs of a recorded sighting. */
export interface RecordedQuote {
  id: string;
  /** The page the quote was taken from. */
  url: string;
  /** When the sighting was recorded (ISO 8601). */
  createdAt: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Absent when the quote was taken without the page text. */
  start?: number;
  end?: number;
}

/** The re-anchoring data of a stored sighting. */
export function recordedQuoteOf(s: Sighting): RecordedQuote {
  return { id: s.id, url: s.page.url, createdAt: s.createdAt, ...s.quote };
}

/** A recorded sighting found in the page text. */
export interface Resurfaced {
  sightingId: string;
  /** Where the quote is in this page's text. */
  start: number;
  end: number;
  score: number;
  /** When the sighting was recorded (its `createdAt`), for "You recorded this on DATE". */
  recordedAt: string;
  /** True when this page is the one the sighting was taken from. */
  samePage: boolean;
}

/** Edits allowed per quote character on a page other than the sighting's own. */
export const OTHER_PAGE_ERROR_RATE = 1 / 8;

/**
 * Every recorded quote found in `text` (the page's main text at `url`), in page order. The
 * page is indexed once (`src/quote/page-index.ts`) so quotes that cannot be on it cost a few
 * table lookups; the rest go through the stored position, then exact and fuzzy search.
 */
export function resurface(
  text: string,
  url: string,
  recorded: readonly RecordedQuote[],
): Resurfaced[] {
  const page = canonicalUrl(url);
  const index = createPageIndex(text);
  const found: Resurfaced[] = [];
  for (const r of recorded) {
    const samePage = canonicalUrl(r.url) === page;
    const length = r.exact.length;
    const maxErrors = Math.floor(
      samePage ? Math.min(256, length / 2) : length * OTHER_PAGE_ERROR_RATE,
    );
    if (!index.mayContain(r.exact, maxErrors)) continue;
    const selector = {
      exact: r.exact,
      prefix: r.prefix,
      suffix: r.suffix,
      start: r.start,
      end: r.end,
    };
    const match = anchorQuote(text, selector, { maxErrors });
    if (!match) continue;
    found.push({ sightingId: r.id, ...match, recordedAt: r.createdAt, samePage });
  }
  return found.sort((a, b) => a.start - b.start);
}
