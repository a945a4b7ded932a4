/**
 * Why a card is shown, as data and as one short line: "The page mentions “Dandong”", "Background for
 * pages about pay and conditions", "The rules at the article's time (2025)". The reason is kept
 * as data so that every view (overlay, popup, CLI) words it the same way. Pure.
 */
import type { Topic } from '@/src/vocabulary';
import type { TimeBand } from './time';

/** What made a card part of a page's list. */
export type CardReason =
  /** The page names one of the fact's triggers or its place (`term` as written on the page). */
  | { kind: 'named'; term: string }
  /** The page discusses the fact's topic, and the fact is one of the topic's key facts. */
  | { kind: 'subject'; topic: Topic }
  /** Background every relevant page gets: the rules, the estimates of its time. */
  | { kind: 'background'; topic: Topic };

/** A topic as the end of "Background for pages about …". */
const ABOUT: Record<Topic, string> = {
  'route-history': 'routes to Russia',
  channels: 'visas and travel',
  'dandong-inns': 'the Dandong inns',
  'russia-dprk-meeting': 'Russia–DPRK talks',
  sanctions: 'sanctions',
  numbers: 'worker numbers',
  'where-they-work': 'where the workers are',
  'conditions-pay': 'pay and conditions',
  actors: 'the people involved',
};

/** What background of a topic gives a page: dated ("at the article's time") and undated. */
const BACKGROUND: Partial<Record<Topic, [dated: string, undated: string]>> = {
  sanctions: ["The rules at the article's time", 'The rules now in force'],
  numbers: ["Estimates from around the article's time", 'The latest estimates'],
};

/** The year a why line may name, or null when the page has no date. */
export type PageYear = number | null;

/** The reason's main clause. */
function mainClause(reason: CardReason, year: PageYear): string {
  switch (reason.kind) {
    case 'named':
      return `The page mentions “${reason.term}”`;
    case 'subject':
      return `Background for pages about ${ABOUT[reason.topic]}`;
    case 'background': {
      const [dated, undated] = BACKGROUND[reason.topic] ?? ['Background', 'Background'];
      return year === null ? undated : `${dated} (${year})`;
    }
  }
}

/** One short line: the reason, and for dated pages where the fact lies in time when not around. */
export function whyLine(reason: CardReason, band: TimeBand, year: PageYear): string {
  const main = mainClause(reason, year);
  if (year === null || band === 'around' || reason.kind === 'background') return main;
  return `${main} · ${band === 'later' ? 'what followed' : 'earlier history'}`;
}
