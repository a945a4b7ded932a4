/**
 * What the popup's list shows, as data: "This page" (the tab's matched facts, in the
 * detector's order) and every fact grouped by topic; or, while searching, the ranked hits.
 * Each entry carries a unique option id, so the keyboard can walk one flat sequence across
 * sections. Pure, so the list's content is tested without a browser.
 */
import type { Fact, Topic } from '@/src/facts/schema';
import { TOPICS } from '@/src/facts/schema';
import type { PageReport } from '@/src/messaging/protocol';
import type { SearchHit } from '@/src/search/search';
import { TOPIC_LABELS } from '@/src/vocabulary';

/** One selectable row. */
export interface ListEntry {
  optionId: string;
  fact: Fact;
}

/** A labelled group of rows. */
export interface ListSection {
  id: string;
  label: string;
  entries: ListEntry[];
}

/** The tab's state as the popup words it. */
export type PageStatus = 'matched' | 'no-matches' | 'not-relevant' | 'not-checked';

/** How the popup describes the active tab. */
export function pageStatus(report: PageReport | null | undefined): PageStatus {
  if (!report) return 'not-checked';
  if (!report.relevant) return 'not-relevant';
  return report.factIds.length > 0 ? 'matched' : 'no-matches';
}

/** The honest sentence for a page without matched facts. */
export const PAGE_STATUS_TEXT: Record<Exclude<PageStatus, 'matched'>, string> = {
  'no-matches': 'No facts matched on this page.',
  'not-relevant': 'This page is not about DPRK labor dispatch.',
  'not-checked': 'This page was not checked: the extension reads web pages (http and https) only.',
};

const entry = (prefix: string) => (fact: Fact) => ({ optionId: `${prefix}-${fact.id}`, fact });

/** The browsing view: this page's facts first, then all facts by topic in the fixed order. */
export function browseSections(
  facts: readonly Fact[],
  report: PageReport | null | undefined,
  factById: (id: string) => Fact | undefined,
): ListSection[] {
  const pageFacts = (report?.relevant ? report.factIds : []).flatMap((id) => {
    const fact = factById(id);
    return fact ? [fact] : [];
  });
  const sections: ListSection[] = [
    { id: 'page', label: 'This page', entries: pageFacts.map(entry('page')) },
  ];
  for (const topic of TOPICS as readonly Topic[]) {
    const ofTopic = facts.filter((f) => f.topic === topic);
    if (ofTopic.length > 0) {
      sections.push({
        id: `topic-${topic}`,
        label: TOPIC_LABELS[topic],
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
): ListSection[] {
  const facts = hits.flatMap((h) => {
    const fact = factById(h.factId);
    return fact ? [fact] : [];
  });
  return [{ id: 'results', label: 'Results', entries: facts.map(entry('hit')) }];
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
