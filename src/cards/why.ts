/**
 * Why a card is shown, as data and as one short line in the reader's language: "The page
 * mentions “Dandong”", "Background for pages about pay and conditions", "The rules at the
 * article’s time (2025)". The reason is kept as data so that every view (overlay, popup, CLI)
 * words it the same way. Pure.
 */
import type { MessageKey } from '@/src/i18n/messages/en';
import { translate } from '@/src/i18n/translate';
import type { Lang, Topic } from '@/src/vocabulary';
import type { TimeBand } from './time';

/** What made a card part of a page's list. */
export type CardReason =
  /** The page names one of the fact's triggers or its place (`term` as written on the page). */
  | { kind: 'named'; term: string }
  /** The page discusses the fact's topic, and the fact is one of the topic's key facts. */
  | { kind: 'subject'; topic: Topic }
  /** Background every relevant page gets: the rules, the estimates of its time. */
  | { kind: 'background'; topic: Topic };

/** The year a why line may name, or null when the page has no date. */
export type PageYear = number | null;

/** Background that says when it applies: dated ("at the article's time") and undated. */
const BACKGROUND: Partial<Record<Topic, [dated: MessageKey, undated: MessageKey]>> = {
  sanctions: ['why.rulesDated', 'why.rulesNow'],
  numbers: ['why.estimatesDated', 'why.estimatesNow'],
};

/** The reason's main clause. */
function mainClause(reason: CardReason, year: PageYear, lang: Lang): string {
  switch (reason.kind) {
    case 'named':
      return translate(lang, 'why.named', {
        term: translate(lang, 'quote', { text: reason.term }),
      });
    case 'subject':
      return translate(lang, 'why.subject', { about: translate(lang, `about.${reason.topic}`) });
    case 'background': {
      const keys = BACKGROUND[reason.topic];
      if (!keys) return translate(lang, 'why.background');
      // The year is a label, not an amount: no digit grouping.
      return year === null
        ? translate(lang, keys[1])
        : translate(lang, keys[0], { year: String(year) });
    }
  }
}

/**
 * One short line in `lang`: the reason, and for dated pages where the fact lies in time when
 * not around the page's date.
 */
export function whyLine(
  reason: CardReason,
  band: TimeBand,
  year: PageYear,
  lang: Lang = 'en',
): string {
  // Background from another time than the article's reads as a subject's, with its band.
  const shown: CardReason =
    reason.kind === 'background' && year !== null && band !== 'around'
      ? { kind: 'subject', topic: reason.topic }
      : reason;
  const main = mainClause(shown, year, lang);
  if (year === null || band === 'around') return main;
  const when = translate(lang, band === 'later' ? 'why.later' : 'why.earlier');
  return translate(lang, 'why.withBand', { reason: main, band: when });
}
