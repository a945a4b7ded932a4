import { describe, expect, it } from 'vitest';
import { loadFactBase } from '@/src/facts';
import type { PageReport } from '@/src/messaging/protocol';
import {
  browseSections,
  flatEntries,
  moveActive,
  pageStatus,
  resultSections,
} from '@/src/popup/sections';
import { sampleBase } from '../search/sample-base';

const base = loadFactBase(sampleBase);
const report: PageReport = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'en',
  relevant: true,
  factIds: ['china-route-closed', 'no-such-fact', 'dandong-inns-workers'],
  topics: ['route-history'],
  matchCount: 4,
};

describe('popup sections', () => {
  it('words the page state honestly', () => {
    expect(pageStatus(undefined)).toBe('not-checked');
    expect(pageStatus(null)).toBe('not-checked');
    expect(pageStatus({ ...report, relevant: false, factIds: [] })).toBe('not-relevant');
    expect(pageStatus({ ...report, factIds: [] })).toBe('no-matches');
    expect(pageStatus(report)).toBe('matched');
  });

  it("lists this page's known facts first, then every fact by topic order", () => {
    const sections = browseSections(base.facts, report, base.factById);
    expect(sections.map((s) => s.id)).toEqual([
      'page',
      'topic-route-history',
      'topic-dandong-inns',
      'topic-sanctions',
    ]);
    expect(sections[0]?.entries.map((e) => e.fact.id)).toEqual([
      'china-route-closed',
      'dandong-inns-workers',
    ]);
    const all = flatEntries(sections.slice(1)).map((e) => e.fact.id);
    expect([...all].sort()).toEqual(base.facts.map((f) => f.id).sort());
    const ids = flatEntries(sections).map((e) => e.optionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows no page facts for an irrelevant page', () => {
    const sections = browseSections(base.facts, { ...report, relevant: false }, base.factById);
    expect(sections[0]?.entries).toEqual([]);
  });

  it('keeps the order of search hits', () => {
    const hits = [
      { factId: 'usual-route', score: 0, exact: true },
      { factId: 'dandong-inns-workers', score: 0.2, exact: false },
    ];
    const [results] = resultSections(hits, base.factById);
    expect(results?.entries.map((e) => e.optionId)).toEqual([
      'hit-usual-route',
      'hit-dandong-inns-workers',
    ]);
  });

  it('moves the active row within bounds', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(0, -1, 3)).toBe(0);
    expect(moveActive(2, 1, 3)).toBe(2);
    expect(moveActive(1, 1, 3)).toBe(2);
    expect(moveActive(-1, 1, 0)).toBe(-1);
  });
});
