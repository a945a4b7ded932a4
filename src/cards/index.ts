/**
 * Cards for a page, from its detection and what it says about its date: the one entry point
 * the background (for the overlay and the popup) and `npm run scan` share.
 */
import { type PageDate, type PageDateHints, pageDate } from '@/src/dates/page-date';
import { bundledTerms } from '@/src/facts/terms';
import type { Topic } from '@/src/vocabulary';
import { conceptsOf, conceptTopics } from './concepts';
import { type CardChoice, chooseCards, type RankBase, type RankedDetection } from './rank';

export type { CardChoice, PageCard, RankBase } from './rank';
export type { CardReason } from './why';

/** Places whose names open no card: those the lexicon marks as standing for a government. */
export const UNMARKED_PLACES: ReadonlySet<string> = new Set(
  Object.entries(bundledTerms.places)
    .filter(([, info]) => info.metonym === true)
    .map(([id]) => id),
);

/** The topics of each place, as the lexicon lists them. */
export const PLACE_TOPICS: ReadonlyMap<string, readonly Topic[]> = new Map(
  Object.entries(bundledTerms.places).map(([id, info]) => [id, info.topics ?? []]),
);

/** The topic of each concept of the bundled lexicon. */
const CONCEPT_TOPICS = conceptTopics();

/** A page's cards with the date they were ranked by. */
export interface PageCards extends CardChoice {
  pageDate: PageDate | null;
}

/** Today as `YYYY-MM-DD` (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Dates the page from its hints and its text (a dateline, else its newest year), then ranks
 * its cards. `today` bounds plausible dates and stands in for a page without one.
 */
export function cardsForPage(
  detection: RankedDetection,
  page: { hints: PageDateHints; text: string },
  base: RankBase,
  today: string = todayIso(),
): PageCards {
  const date = detection.relevant ? pageDate({ ...page.hints, text: page.text }, today) : null;
  const choice = chooseCards(detection, base, {
    pageDate: date,
    today,
    unmarkedPlaces: UNMARKED_PLACES,
    placeTopics: PLACE_TOPICS,
    factConcepts: conceptsOf(base.facts),
    conceptTopics: CONCEPT_TOPICS,
  });
  return { ...choice, pageDate: date };
}
