/**
 * Which cards a relevant page gets, in which order, and which card each marked term opens. One
 * pure module serves the overlay, the popup's "This page" and `npm run scan`, so all three show
 * the same list.
 *
 * Three tiers: facts the page names (its triggers, or a place it names), then key facts of the
 * subjects it discusses (a page on confiscated wages gets the pay facts even if it names none of
 * their triggers), then background every relevant page gets (the rules, the estimates of its
 * time). Tiers are ordered inside three time bands (around the article's date, what followed,
 * earlier history), so an article from 2025 opens with context from around 2025. A relevant
 * page always gets cards: the background tier is never empty while the fact base has key facts.
 */

import type { PageDate } from '@/src/dates/page-date';
import type { Detection, Match } from '@/src/detect/types';
import type { Fact } from '@/src/facts/schema';
import type { Topic } from '@/src/vocabulary';
import { BAND_ORDER, type TimeBand, timeBand, timeDistance, yearOf } from './time';
import { type CardReason, whyLine } from './why';

/** One card of a page's list. */
export interface PageCard {
  fact: string;
  topic: Topic;
  reason: CardReason;
  band: TimeBand;
  /** The reason in one short line. */
  why: string;
}

/** What ranking needs from the fact base. */
export interface RankBase {
  facts: readonly Fact[];
  factById(id: string): Fact | undefined;
}

/** What ranking reads of a detection. */
export type RankedDetection = Pick<Detection, 'relevant' | 'facts' | 'subjects' | 'matches'> &
  Partial<Pick<Detection, 'concepts'>>;

/** A page's cards and, per detector match, the fact id its mark opens (null: not marked). */
export interface CardChoice {
  cards: PageCard[];
  matchCards: (string | null)[];
}

export interface RankOptions {
  pageDate: PageDate | null;
  /** `YYYY-MM-DD`: the time of a page without a date. */
  today: string;
  /** Places whose names open no card (capitals that stand for governments). */
  unmarkedPlaces?: ReadonlySet<string>;
  /** The topics a place belongs to (Khasan: route history), for the card its name opens. */
  placeTopics?: ReadonlyMap<string, readonly Topic[]>;
  /** The narrower subjects of each fact (see `concepts.ts`), matched against the page's. */
  factConcepts?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The topic of each concept: a fact fits a subject through that subject's own concepts. */
  conceptTopics?: ReadonlyMap<string, Topic>;
  /** The country of each place (ISO code): a page about China prefers facts from China. */
  placeCountries?: ReadonlyMap<string, string>;
}

/** The sending country: every page names it, so it tells nothing about where the page is. */
const ORIGIN_COUNTRY = 'kp';
/** A page is about one country when at least this share of its place names lie there. */
const MAIN_COUNTRY_SHARE = 0.6;
/** What a subject or background fact gains from the page's main country, or loses elsewhere. */
const COUNTRY_FIT = { same: 0.3, other: -0.6 } as const;
/** What a fact about another kind of work or pay than the page's loses. */
const CONCEPT_CLASH = -0.4;

/**
 * The one destination country a page is about (its place names, the sending country aside),
 * or null when it names places in several or none.
 */
function mainCountry(
  matches: readonly Match[],
  countries: ReadonlyMap<string, string> | undefined,
): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of matches) {
    const country = m.placeId ? countries?.get(m.placeId) : undefined;
    if (!country || country === ORIGIN_COUNTRY) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [country, n] of counts) if (n > bestCount) [best, bestCount] = [country, n];
  return total >= 1 && bestCount / total >= MAIN_COUNTRY_SHARE ? best : null;
}

/** A topic counts as discussed from this many standing terms pointing at it. */
export const SUBJECT_MIN_WEIGHT = 2;
/**
 * Least fit between a fact's narrower subjects and the page's for a fact that is not key to be
 * offered for its subject: one of the page's main concepts, not a passing word.
 */
const MIN_CONCEPT_FIT = 0.3;
/** At most this many discussed subjects lend their key facts. */
const MAX_SUBJECTS = 4;
/** Per discussed subject: its key facts, and its other facts from around the article's time. */
const PER_SUBJECT = 4;
/**
 * Topics every relevant page gets as background: how many facts of each, and whether only key
 * facts qualify (the rules are the key sanctions facts; any estimate near the page's time will do).
 */
const BACKGROUND: ReadonlyArray<readonly [Topic, number, 'key' | 'any']> = [
  ['sanctions', 2, 'key'],
  ['numbers', 2, 'any'],
];

interface Candidate {
  fact: Fact;
  /** The card's score before its time is added (see {@link chooseCards}). */
  score: number;
  reason: CardReason;
}

/** What a fact's time adds to its score for a page dated `pageYear`. */
function timeScore(fact: Fact, pageYear: number): number {
  const band = timeBand(fact, pageYear);
  const distance = timeDistance(fact, pageYear);
  const nearness = band === 'around' ? 0.1 * Math.min(distance, 3) : 0.03 * Math.min(distance, 6);
  return BAND_SCORE[band] - nearness;
}

/** The candidates in the order drawn: best score first, less for a topic already shown. */
function drawDiverse(candidates: Candidate[], pageYear: number): Candidate[] {
  const left = candidates.map((c) => ({ c, score: c.score + timeScore(c.fact, pageYear) }));
  const shown = new Map<Topic, number>();
  const out: Candidate[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    left.forEach(({ c, score }, i) => {
      // A fact the page itself names pays half: the page asked for it.
      const penalty = c.reason.kind === 'named' ? SAME_TOPIC_PENALTY / 2 : SAME_TOPIC_PENALTY;
      const value = score - penalty * (shown.get(c.fact.topic) ?? 0);
      if (value > bestScore) {
        best = i;
        bestScore = value;
      }
    });
    const [{ c }] = left.splice(best, 1) as [{ c: Candidate; score: number }];
    out.push(c);
    shown.set(c.fact.topic, (shown.get(c.fact.topic) ?? 0) + 1);
  }
  return out;
}

/** The page's time as a fractional year: its date, or today for a page without one. */
function pageYearOf(options: RankOptions): number {
  return yearOf(options.pageDate?.date ?? options.today);
}

/** The term as the page writes it, for "The page names …". */
function termOf(match: Match): string {
  return match.term;
}

/**
 * The card a place's name opens: a fact of one of the place's own topics (a route fact for
 * Khasan) before a fact that mentions it in passing, then one from around the page's time, a
 * key fact before others, the nearest in time, and the most specific (fewest places).
 */
function factForPlace(
  base: RankBase,
  placeId: string,
  pageYear: number,
  placeTopics: readonly Topic[],
): Fact | undefined {
  let best: Fact | undefined;
  let bestKey = Number.POSITIVE_INFINITY;
  for (const fact of base.facts) {
    if (!fact.places.includes(placeId)) continue;
    const key =
      (placeTopics.includes(fact.topic) ? 0 : 10_000) +
      BAND_ORDER[timeBand(fact, pageYear)] * 1000 +
      (fact.key ? 0 : 100) +
      timeDistance(fact, pageYear) +
      fact.places.length / 100;
    if (key < bestKey) {
      best = fact;
      bestKey = key;
    }
  }
  return best;
}

/**
 * What a named fact gains from its topic's share of the page: a page about the route through
 * Dandong opens with route cards, not with the group whose head it quotes once.
 */
const NAMED_TOPIC_FIT = 1.2;

/**
 * What a named fact gains when the page names it in its first {@link LEAD_CHARS} characters
 * (the headline and the opening line): "Workers wait out the week in two Dandong inns" opens
 * with the inns card, however often the route words come later. Not for earlier history: a
 * 2025 article that recalls the 2017 inns in its first line still opens with 2025 context.
 */
const LEAD_FIT = 1;
const LEAD_CHARS = 300;

/** Each subject's weight as a share of the heaviest one's (0 for a topic the page does not discuss). */
function topicSalience(subjects: RankedDetection['subjects']): Map<Topic, number> {
  const heaviest = subjects[0]?.weight ?? 0;
  return new Map(subjects.map((s) => [s.topic, heaviest > 0 ? s.weight / heaviest : 0]));
}

/** Base scores of the tiers; a card's score adds its time and fit (see {@link chooseCards}). */
const TIER_SCORE = { named: 4, place: 2.8, subject: 2, background: 1.2 } as const;
/** What a card's time adds: around the article's time most, what followed less, history least. */
const BAND_SCORE: Record<TimeBand, number> = { around: 0.8, later: 0.3, earlier: -0.5 };
/** What each card already chosen of the same topic takes off the next one's score. */
const SAME_TOPIC_PENALTY = 1;

/**
 * Cards and mark targets for a page; empty when the page is not relevant.
 *
 * Every candidate gets a score: its tier (named by the page, a key fact of a subject the page
 * discusses — more for the heavier subject and for facts about a place the page names — or
 * background), plus its time (around the article's date, then what followed, then earlier
 * history, nearer first). The list is then drawn greedily, each card of a topic already shown
 * costing the next of that topic a point, so the first cards cover the page's subjects (the
 * rules, the numbers, the routes, the pay) instead of four variations on one.
 */
export function chooseCards(
  detection: RankedDetection,
  base: RankBase,
  options: RankOptions,
): CardChoice {
  const none = { cards: [], matchCards: detection.matches.map(() => null) };
  if (!detection.relevant) return none;
  const pageYear = pageYearOf(options);
  const chosen = new Map<string, Candidate>();
  // A fact offered twice (named by the page and key to its subject) keeps its first reason and
  // the better score.
  const add = (fact: Fact | undefined, score: number, reason: CardReason) => {
    if (!fact) return;
    const known = chosen.get(fact.id);
    if (!known) chosen.set(fact.id, { fact, score, reason });
    else known.score = Math.max(known.score, score);
  };

  // Facts the page names, most named first and those of the page's main subjects before a
  // name in passing (the source an article quotes once); the reason quotes the page's own word.
  const firstTerm = new Map<string, string>();
  const inLead = new Set<string>();
  for (const m of detection.matches)
    for (const id of m.factIds) {
      if (!firstTerm.has(id)) firstTerm.set(id, termOf(m));
      if (m.start < LEAD_CHARS) inLead.add(id);
    }
  const salience = topicSalience(detection.subjects);
  detection.facts.forEach((id, i) => {
    const fact = base.factById(id);
    const reason: CardReason = { kind: 'named', term: firstTerm.get(id) ?? id };
    const fit =
      (fact ? NAMED_TOPIC_FIT * (salience.get(fact.topic) ?? 0) : 0) +
      (fact && inLead.has(id) && timeBand(fact, pageYear) !== 'earlier' ? LEAD_FIT : 0);
    add(fact, TIER_SCORE.named - Math.min(0.5, i * 0.05) + fit, reason);
  });
  // Places the page names open the place's own card.
  const placeCards = new Map<string, string>();
  for (const m of detection.matches) {
    const place = m.placeId;
    if (!place || m.factIds.length > 0 || placeCards.has(place)) continue;
    if (options.unmarkedPlaces?.has(place)) continue;
    const fact = factForPlace(base, place, pageYear, options.placeTopics?.get(place) ?? []);
    if (!fact) continue;
    placeCards.set(place, fact.id);
    add(fact, TIER_SCORE.place - Math.min(0.4, placeCards.size * 0.02), {
      kind: 'named',
      term: termOf(m),
    });
  }

  // Key facts of the subjects the page discusses, and the subject's facts about places it names.
  // Places the page names, but not a country or capital standing for a government ("Russia").
  const pagePlaces = new Set(
    detection.matches.flatMap((m) =>
      m.placeId && !options.unmarkedPlaces?.has(m.placeId) ? [m.placeId] : [],
    ),
  );
  const sharesPlace = (f: Fact) => f.places.some((p) => pagePlaces.has(p));
  // A page about one country: facts from there fit, facts only from elsewhere less.
  const country = mainCountry(detection.matches, options.placeCountries);
  const countryFit = (f: Fact) => {
    if (!country) return 0;
    const where = new Set(
      f.places.flatMap((p) => {
        const c = options.placeCountries?.get(p);
        return c && c !== ORIGIN_COUNTRY ? [c] : [];
      }),
    );
    if (where.size === 0) return 0;
    return where.has(country) ? COUNTRY_FIT.same : COUNTRY_FIT.other;
  };
  // How well a fact's narrower subjects of one topic match the page's (for where they work:
  // seafood plants, building sites; for pay: wages, hours), against the page's main one.
  const pageConcepts = new Map((detection.concepts ?? []).map((c) => [c.concept, c.weight]));
  const topicOf = (c: string) => options.conceptTopics?.get(c);
  const conceptFit = (f: Fact, topic: Topic) => {
    let top = 0;
    for (const [c, w] of pageConcepts) if (topicOf(c) === topic) top = Math.max(top, w);
    if (top === 0) return 0;
    let fit = 0;
    for (const c of options.factConcepts?.get(f.id) ?? [])
      if (topicOf(c) === topic) fit += (pageConcepts.get(c) ?? 0) / top;
    return Math.min(1.5, fit);
  };
  // A fact about another kind of work or pay than the page's (IT workers for a page on
  // builders) fits it less: it has concepts of a topic where the page has others, none shared.
  const conceptClash = (f: Fact) => {
    const own = options.factConcepts?.get(f.id);
    if (!own || own.size === 0) return 0;
    const pageTopics = new Set([...pageConcepts.keys()].map(topicOf));
    for (const topic of pageTopics) {
      if (!topic) continue;
      const mine = [...own].filter((c) => topicOf(c) === topic);
      if (mine.length > 0 && !mine.some((c) => pageConcepts.has(c))) return CONCEPT_CLASH;
    }
    return 0;
  };
  // A subject counts from two of its words, or from one that names a narrower subject of it
  // (one "лесорубы" says the page is about where they work: logging).
  const conceptTopics = new Set([...pageConcepts.keys()].map(topicOf));
  const subjects = detection.subjects
    .filter((s) => s.weight >= SUBJECT_MIN_WEIGHT || conceptTopics.has(s.topic))
    .slice(0, MAX_SUBJECTS);
  const heaviest = subjects[0]?.weight ?? 1;
  for (const subject of subjects) {
    const ofTopic = base.facts.filter(
      (f) =>
        f.topic === subject.topic &&
        (f.key ||
          conceptFit(f, subject.topic) >= MIN_CONCEPT_FIT ||
          (sharesPlace(f) && timeBand(f, pageYear) === 'around')),
    );
    // A fact about a place the page names fits it best; a key fact better than another.
    const bonus = (f: Fact) =>
      Math.min(
        1,
        (sharesPlace(f) ? 0.4 : 0) + (f.key ? 0.2 : 0) + 0.8 * conceptFit(f, subject.topic),
      ) +
      countryFit(f) +
      conceptClash(f);
    const rankInTopic = (f: Fact) => bonus(f) + timeScore(f, pageYear);
    const subjectScore = TIER_SCORE.subject + (0.5 * subject.weight) / heaviest;
    ofTopic
      .sort((a, b) => rankInTopic(b) - rankInTopic(a))
      .slice(0, PER_SUBJECT)
      .forEach((fact, i) => {
        add(fact, subjectScore + bonus(fact) - i * 0.1, { kind: 'subject', topic: subject.topic });
      });
  }

  // Background for every relevant page, nearest the page's time first.
  const pageFit = (f: Fact) => countryFit(f) + conceptClash(f);
  const backgroundRank = (f: Fact) => timeScore(f, pageYear) + (f.key ? 0.01 : 0) + pageFit(f);
  for (const [topic, count, which] of BACKGROUND) {
    base.facts
      .filter((f) => f.topic === topic && (which === 'any' || f.key))
      .sort((a, b) => backgroundRank(b) - backgroundRank(a))
      .slice(0, count)
      .forEach((fact, i) => {
        add(fact, TIER_SCORE.background + pageFit(fact) - i * 0.1, {
          kind: 'background',
          topic,
        });
      });
  }

  const year = options.pageDate ? Math.floor(pageYear) : null;
  const cards = drawDiverse([...chosen.values()], pageYear).map((c): PageCard => {
    const band = timeBand(c.fact, pageYear);
    return {
      fact: c.fact.id,
      topic: c.fact.topic,
      reason: c.reason,
      band,
      why: whyLine(c.reason, band, year),
    };
  });

  const rank = new Map(cards.map((c, i) => [c.fact, i]));
  const matchCards = detection.matches.map((m) => {
    const named = m.factIds
      .filter((id) => rank.has(id))
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    if (named[0]) return named[0];
    return m.placeId ? (placeCards.get(m.placeId) ?? null) : null;
  });
  return { cards, matchCards };
}
