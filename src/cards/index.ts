/**
 * Cards for a page, from its detection and what it says about its date: the one entry point
 * the background (for the overlay and the popup) and `npm run scan` share.
 */
import { type PageDate, type PageDateHints, pageDate } from '@/src/dates/page-date';
import type { Place } from '@/src/facts/schema';
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

/** The country of each place of `base` (a base without places: none). */
function countriesOf(base: RankBase & { places?: readonly Place[] }): ReadonlyMap<string, string> {
  let map = COUNTRIES.get(base);
  if (!map) {
    map = new Map((base.places ?? []).flatMap((p) => (p.country ? [[p.id, p.country]] : [])));
    COUNTRIES.set(base, map);
  }
  return map;
}
const COUNTRIES = new WeakMap<object, ReadonlyMap<string, string>>();

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
  base: RankBase & { places?: readonly Place[] },
  today: string = todayIso(),
): PageCards {
  const date = detection.relevant ? pageDate({ ...page.hints, text: page.text }, today) : null;
  const choice = chooseCards(detection, base, {
    placeCountries: countriesOf(base),
    pageDate: date,
    today,
    unmarkedPlaces: UNMARKED_PLACES,
    placeTopics: PLACE_TOPICS,
    factConcepts: conceptsOf(base.facts),
    conceptTopics: CONCEPT_TOPICS,
  });
  return { ...choice, pageDate: date };
}
