/**
 * What the popup's list shows, as data: "This page" (the tab's cards, in the order and with the
 * why lines the page's own panel shows) and every fact grouped by topic; or, while searching,
 * the ranked hits.
 * Each entry carries a unique option id, so the keyboard can walk one flat sequence across
 * sections. Pure, so the list's content is tested without a browser.
 */
import type { Fact, Topic } from '@/src/facts/schema';
import { TOPICS } from '@/src/facts/schema';
import type { MessageKey } from '@/src/i18n/messages/en';
import { type Translate, translator } from '@/src/i18n/translate';
import type { PageReport } from '@/src/messaging/protocol';
import type { SearchHit } from '@/src/search/search';
import type { Settings } from '@/src/settings/schema';
import { isActiveOn } from '@/src/settings/site';

/** One selectable row. */
export interface ListEntry {
  optionId: string;
  fact: Fact;
  /** Why the page gets this card (rows of "This page"). */
  why?: string;
  /** The words of the query the fact matched (rows of search results). */
  matched?: string[];
}

/** A labelled group of rows. */
export interface ListSection {
  id: string;
  label: string;
  entries: ListEntry[];
}

/** The tab's state as the popup words it. */
export type PageStatus =
  | 'matched'
  | 'not-relevant'
  | 'no-mention'
  | 'off'
  | 'off-site'
  | 'not-web'
  | 'unreachable';

/** What the popup knows of the active tab besides the background's report. */
export interface TabContext {
  /** The tab's address, when the browser tells the popup (it does once the popup is open). */
  url?: string;
  settings?: Settings;
  /** True when the background did not answer in time. */
  unreachable?: boolean;
}

/**
 * How the popup describes the active tab. A web page the background has no report on was
 * turned away by the content script's gate: its text never names North Korea.
 */
export function pageStatus(
  report: PageReport | null | undefined,
  tab: TabContext = {},
): PageStatus {
  if (report) return report.relevant && report.cards.length > 0 ? 'matched' : 'not-relevant';
  if (tab.unreachable) return 'unreachable';
  const url = tab.url ?? '';
  if (!/^https?:\/\//i.test(url)) return 'not-web';
  if (tab.settings && !tab.settings.enabled) return 'off';
  if (tab.settings && !isActiveOn(tab.settings, url)) return 'off-site';
  return 'no-mention';
}

/** The message of the honest sentence for a page without cards. */
export const PAGE_STATUS_TEXT: Record<Exclude<PageStatus, 'matched'>, MessageKey> = {
  'not-relevant': 'popup.status.not-relevant',
  'no-mention': 'popup.status.no-mention',
  off: 'popup.status.off',
  'off-site': 'popup.status.off-site',
  'not-web': 'popup.status.not-web',
  unreachable: 'popup.status.unreachable',
};

const entry = (prefix: string) => (fact: Fact) => ({ optionId: `${prefix}-${fact.id}`, fact });

/** The browsing view: this page's facts first, then all facts by topic in the fixed order. */
export function browseSections(
  facts: readonly Fact[],
  report: PageReport | null | undefined,
  factById: (id: string) => Fact | undefined,
  t: Translate = translator('en'),
): ListSection[] {
  const pageEntries = (report?.relevant ? report.cards : []).flatMap((card) => {
    const fact = factById(card.fact);
    return fact ? [{ ...entry('page')(fact), why: card.why }] : [];
  });
  const sections: ListSection[] = [
    { id: 'page', label: t('popup.thisPage'), entries: pageEntries },
  ];
  for (const topic of TOPICS as readonly Topic[]) {
    const ofTopic = facts.filter((f) => f.topic === topic);
    if (ofTopic.length > 0) {
      sections.push({
        id: `topic-${topic}`,
        label: t(`topic.${topic}`),
        entries: ofTopic.map(entry('all')),
      });
    }
  }
  return sections;
}

/** The search view: one section of ranked hits. */
export function resultSections(
  hits: readonly SearchHit[],
  factById: (id: string) => Fact | undefined,
  t: Translate = translator('en'),
): ListSection[] {
  const entries = hits.flatMap((h) => {
    const fact = factById(h.factId);
    return fact ? [{ ...entry('hit')(fact), matched: h.matched }] : [];
  });
  return [{ id: 'results', label: t('popup.results'), entries }];
}

/** All rows in display order, for arrow-key movement. */
export function flatEntries(sections: readonly ListSection[]): ListEntry[] {
  return sections.flatMap((s) => s.entries);
}

/** Index after moving `delta` rows from `current` (-1 = none), clamped to the list. */
export function moveActive(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + delta));
}
