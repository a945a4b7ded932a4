import { describe, expect, it } from 'vitest';
import { loadFactBase } from '@/src/facts';
import { translate } from '@/src/i18n/translate';
import type { PageReport } from '@/src/messaging/protocol';
import {
  browseSections,
  flatEntries,
  moveActive,
  PAGE_STATUS_TEXT,
  pageStatus,
  resultSections,
} from '@/src/popup/sections';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';
import { sampleBase } from '../search/sample-base';

const base = loadFactBase(sampleBase);
const report: PageReport = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'en',
  relevant: true,
  cards: [
    { fact: 'china-route-closed', topic: 'route-history', why: 'The page names the border route.' },
    { fact: 'no-such-fact', topic: 'route-history', why: 'A card the fact base lost.' },
    { fact: 'dandong-inns-workers', topic: 'dandong-inns', why: 'The page names Dandong.' },
  ],
  markCount: 4,
};
const WEB = 'https://news.example/a';

describe('popup sections', () => {
  it('words the page state of a reported page honestly', () => {
    expect(pageStatus(report)).toBe('matched');
    expect(pageStatus(report, { url: WEB, settings: DEFAULT_SETTINGS })).toBe('matched');
    expect(pageStatus({ ...report, relevant: false, cards: [] })).toBe('not-relevant');
    // A relevant page that got no card has nothing to show either.
    expect(pageStatus({ ...report, cards: [] })).toBe('not-relevant');
  });

  it('says a web page without a report does not name North Korea', () => {
    expect(pageStatus(undefined, { url: WEB })).toBe('no-mention');
    expect(pageStatus(null, { url: 'http://news.example/b', settings: DEFAULT_SETTINGS })).toBe(
      'no-mention',
    );
  });

  it('says a page that is not http(s) is not read at all', () => {
    expect(pageStatus(undefined)).toBe('not-web');
    expect(pageStatus(null, {})).toBe('not-web');
    expect(pageStatus(null, { url: 'chrome://extensions/', settings: DEFAULT_SETTINGS })).toBe(
      'not-web',
    );
    expect(pageStatus(null, { url: 'file:///tmp/a.html' })).toBe('not-web');
  });

  it('says when the extension is turned off everywhere or on this site', () => {
    const off = { ...DEFAULT_SETTINGS, enabled: false };
    expect(pageStatus(null, { url: WEB, settings: off })).toBe('off');
    const offHere = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(pageStatus(null, { url: WEB, settings: offHere })).toBe('off-site');
    expect(pageStatus(null, { url: 'https://www.news.example/c', settings: offHere })).toBe(
      'off-site',
    );
    expect(pageStatus(null, { url: 'https://other.example/', settings: offHere })).toBe(
      'no-mention',
    );
  });

  it('says so when the background did not answer, rather than guess', () => {
    expect(pageStatus(null, { url: WEB, unreachable: true })).toBe('unreachable');
    expect(translate('en', PAGE_STATUS_TEXT.unreachable)).toMatch(/did not answer/);
  });

  it('has a sentence for every status without cards', () => {
    const statuses = [
      'not-relevant',
      'no-mention',
      'off',
      'off-site',
      'not-web',
      'unreachable',
    ] as const;
    const texts = statuses.map((status) => translate('en', PAGE_STATUS_TEXT[status]));
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(statuses.length);
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
    expect(sections[0]?.entries.map((e) => e.why)).toEqual([
      'The page names the border route.',
      'The page names Dandong.',
    ]);
    expect(sections.slice(1).flatMap((s) => s.entries.map((e) => e.why))).toEqual(
      sections.slice(1).flatMap((s) => s.entries.map(() => undefined)),
    );
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
      { factId: 'usual-route', score: 0, exact: true, matched: ['usual route'] },
      { factId: 'no-such-fact', score: 0.1, exact: false, matched: ['nothing'] },
      { factId: 'dandong-inns-workers', score: 0.2, exact: false, matched: ['inns'] },
    ];
    const [results] = resultSections(hits, base.factById);
    expect(results?.entries.map((e) => e.optionId)).toEqual([
      'hit-usual-route',
      'hit-dandong-inns-workers',
    ]);
    expect(results?.entries.map((e) => e.matched)).toEqual([['usual route'], ['inns']]);
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
