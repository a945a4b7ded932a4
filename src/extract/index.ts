/**
 * Everything the report form can suggest from a quote: places, origins, dates, head-counts and
 * directions, each a {@link Candidate} with the words it came from. The form shows them as
 * choices; a value reaches a sighting only when the user confirms it.
 */
import type { Direction, HeadCount, ObservedDate, PageLang, PlaceRef } from '../sightings/model';
import type { Candidate } from './candidate';
import { extractCounts } from './counts';
import { extractDates } from './dates';
import { extractDirections } from './direction';
import { extractOrigins } from './origins';
import { extractPlaces } from './places';

/** The single-kind extractors and the gazetteer, for callers that need only one. */
export type { Candidate } from './candidate';
export { extractCounts } from './counts';
export { extractDates } from './dates';
export { extractDirections } from './direction';
export { extractOrigins } from './origins';
export { extractPlaces, gazetteer, gazetteerPlace, placeRefOf } from './places';

/** All suggestions for one quote. */
export interface QuoteCandidates {
  places: Candidate<PlaceRef>[];
  origins: Candidate<PlaceRef>[];
  dates: Candidate<ObservedDate>[];
  counts: Candidate<HeadCount>[];
  directions: Candidate<Direction>[];
}

/** What extraction knows about the page besides the quote. */
export interface QuoteContextInfo {
  /** The page language; the patterns of all five languages run regardless (quotes mix them). */
  lang?: PageLang;
  /** The page's publication date, or the capture date when it states none (YYYY[-MM[-DD]]). */
  referenceDate?: string;
}

/**
 * Reads every kind of candidate from `quote`. Origins are also places, and stay in `places`
 * too: "from Pyongyang" may be where the group was seen as well as where it came from.
 */
export function extractCandidates(quote: string, info: QuoteContextInfo = {}): QuoteCandidates {
  return {
    places: extractPlaces(quote),
    origins: extractOrigins(quote),
    dates: extractDates(quote, info.referenceDate),
    counts: extractCounts(quote),
    directions: extractDirections(quote),
  };
}
