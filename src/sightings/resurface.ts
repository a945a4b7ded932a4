/**
 * Resurfacing: on a page that quotes a recorded sighting, the overlay says "You recorded this
 * on DATE". The page where the sighting was taken is re-anchored as Hypothesis does (up to half
 * the quote's length in edits); any other page must contain the quote nearly word for word
 * (one edit per eight characters), so a passing resemblance never claims a record.
 */
import { anchorQuote } from '../quote/anchor';
import { canonicalUrl } from './duplicates';
import type { Sighting } from './model';

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
 * Every sighting whose quote is in `text` (the page's main text at `url`), in page order.
 * Runs the stored position first, then exact and fuzzy search (see `src/quote/match-quote.ts`).
 */
export function resurface(text: string, url: string, sightings: readonly Sighting[]): Resurfaced[] {
  const page = canonicalUrl(url);
  const found: Resurfaced[] = [];
  for (const s of sightings) {
    const samePage = canonicalUrl(s.page.url) === page;
    const options = samePage
      ? {}
      : { maxErrors: Math.floor(s.quote.exact.length * OTHER_PAGE_ERROR_RATE) };
    const match = anchorQuote(text, s.quote, options);
    if (!match) continue;
    found.push({ sightingId: s.id, ...match, recordedAt: s.createdAt, samePage });
  }
  return found.sort((a, b) => a.start - b.start);
}
