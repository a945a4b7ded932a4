import { beforeEach, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '@/src/messaging/protocol';
import { badgeText, findBadgeApi } from '@/src/tabs/badge';
import { parsePageReport, safePageReport } from '@/src/tabs/page-report';
import { startTabService } from '@/src/tabs/start';
import { createTabService } from '@/src/tabs/tab-service';
import { createTabStates } from '@/src/tabs/tab-state';

const relevant: PageReport = {
  url: 'https://news.example/dandong#top',
  title: 'Workers in Dandong',
  lang: 'en',
  relevant: true,
  cards: [
    { fact: 'dandong-inns-workers', topic: 'dandong-inns', why: 'The page names Dandong.' },
    { fact: 'usual-route', topic: 'route-history', why: 'The page names the train route.' },
    { fact: 'china-route-closed', topic: 'route-history', why: 'The page is about 2017.' },
  ],
  markCount: 12,
};
const irrelevant: PageReport = {
  ...relevant,
  relevant: false,
  cards: [],
  markCount: 0,
};
/** The report an older version stored: fact ids and topics instead of cards. */
const oldShape = {
  url: relevant.url,
  title: relevant.title,
  lang: 'en',
  relevant: true,
  factIds: ['dandong-inns-workers', 'usual-route'],
  topics: ['dandong-inns', 'route-history'],
  matchCount: 12,
};

const api = fakeBrowser as unknown as WxtBrowser;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('badgeText', () => {
  it("counts the page's cards and shows nothing otherwise", () => {
    expect(badgeText(relevant)).toBe('3');
    expect(badgeText({ ...relevant, markCount: 1 })).toBe('3');
    expect(badgeText(irrelevant)).toBe('');
    expect(badgeText(null)).toBe('');
    expect(badgeText({ ...relevant, cards: [] })).toBe('');
    expect(badgeText({ ...relevant, relevant: false })).toBe('');
    const card = (i: number) => ({ fact: `fact-${i}`, topic: 'dandong-inns', why: 'Why.' });
    expect(badgeText({ ...relevant, cards: Array.from({ length: 99 }, (_, i) => card(i)) })).toBe(
      '99',
    );
    const many = Array.from({ length: 120 }, (_, i) => card(i));
    expect(badgeText({ ...relevant, cards: many })).toBe('99+');
  });
  it('finds browserAction on Firefox MV2', () => {
    const mv2 = { browserAction: fakeBrowser.action };
    expect(findBadgeApi(mv2)).toBe(fakeBrowser.action);
    expect(findBadgeApi({})).toBeUndefined();
  });
});

describe('stored page reports', () => {
  it('reads back a current report as it is', () => {
    expect(safePageReport(relevant)).toEqual(relevant);
    expect(safePageReport(irrelevant)).toEqual(irrelevant);
    expect(parsePageReport(relevant)).toEqual(relevant);
  });

  it('refuses the old shape and malformed reports', () => {
    expect(safePageReport(oldShape)).toBeUndefined();
    expect(safePageReport({ ...relevant, factIds: relevant.cards.map((c) => c.fact) })).toBe(
      undefined,
    );
    const { cards: _cards, ...noCards } = relevant;
    expect(safePageReport(noCards)).toBeUndefined();
    const card = relevant.cards[0] as PageReport['cards'][number];
    expect(safePageReport({ ...relevant, cards: [{ ...card, fact: '<b>x</b>' }] })).toBe(undefined);
    expect(safePageReport({ ...relevant, cards: [{ fact: card.fact, topic: card.topic }] })).toBe(
      undefined,
    );
    expect(safePageReport({ ...relevant, cards: [{ ...card, why: 'x'.repeat(501) }] })).toBe(
      undefined,
    );
    expect(safePageReport({ ...relevant, markCount: -1 })).toBeUndefined();
    expect(safePageReport(null)).toBeUndefined();
    expect(() => parsePageReport(oldShape)).toThrow();
  });
});

describe('tab service over fakeBrowser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a report in session storage and badges the tab', async () => {
    const service = startTabService(api);
    await service.pageAnalysed(7, relevant);
    expect(await service.getTabState(7)).toEqual(relevant);
    expect(await badge(7)).toBe('3');
    expect(await badge(8)).toBe('');
    const stored = await fakeBrowser.storage.session.get('tab-state:7');
    expect(stored['tab-state:7']).toEqual(relevant);
  });

  it('survives a service worker restart', async () => {
    await startTabService(api).pageAnalysed(7, relevant);
    const restarted = startTabService(api);
    expect(await restarted.getTabState(7)).toEqual(relevant);
  });

  it('an irrelevant report replaces the facts and clears the badge', async () => {
    const service = startTabService(api);
    await service.pageAnalysed(7, relevant);
    await service.pageAnalysed(7, irrelevant);
    expect((await service.getTabState(7))?.relevant).toBe(false);
    expect(await badge(7)).toBe('');
  });

  it('reads a report stored by an older version, in another shape, as absent', async () => {
    await fakeBrowser.storage.session.set({ 'tab-state:7': oldShape });
    const service = startTabService(api);
    expect(await service.getTabState(7)).toBeNull();
    // The next analysis of the tab replaces it.
    await service.pageAnalysed(7, relevant);
    expect(await service.getTabState(7)).toEqual(relevant);
  });

  it('reads a damaged stored report as absent', async () => {
    const service = startTabService(api);
    const bad = relevant.cards.map((c, i) => (i === 0 ? { ...c, fact: '<b>x</b>' } : c));
    for (const stored of [{ ...relevant, cards: bad }, { ...relevant, extra: 1 }, null, 'x']) {
      await fakeBrowser.storage.session.set({ 'tab-state:7': stored });
      expect(await service.getTabState(7)).toBeNull();
    }
  });

  it('keeps no state and reports nothing for a tab closed while its page was answered', async () => {
    const closedTabBadge = (message: string) => ({
      ...fakeBrowser.action,
      setBadgeText: async () => {
        throw new Error(message);
      },
    });
    for (const message of ['No tab with id: 7.', 'Invalid tab ID: 7']) {
      const service = createTabService({
        states: createTabStates(fakeBrowser.storage.session),
        badge: closedTabBadge(message),
        activeTabId: async () => undefined,
      });
      await service.pageAnalysed(7, relevant);
      expect(await service.getTabState(7)).toBeNull();
    }
    const broken = createTabService({
      states: createTabStates(fakeBrowser.storage.session),
      badge: closedTabBadge('The badge API is broken'),
      activeTabId: async () => undefined,
    });
    await expect(broken.pageAnalysed(7, relevant)).rejects.toThrow('broken');
  });

  it('forgets a closed tab', async () => {
    const service = startTabService(api);
    await service.pageAnalysed(7, relevant);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await service.getTabState(7)).toBeNull();
  });

  it('listens to tab updates: navigating the tab clears its badge', async () => {
    const service = startTabService(api);
    await service.pageAnalysed(0, relevant);
    expect(await badge(0)).toBe('3');
    // The fake browser's default tab has id 0; update() fires tabs.onUpdated with the change.
    await fakeBrowser.tabs.update(0, { url: 'https://b.example/' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await service.getTabState(0)).toBeNull();
    expect(await badge(0)).toBe('');
  });

  it('clears on navigation to another page, keeps on a fragment change', async () => {
    const service = startTabService(api);
    await service.pageAnalysed(7, relevant);
    await service.tabUpdated(7, { url: 'https://news.example/dandong#comments' });
    expect(await badge(7)).toBe('3');
    await service.tabUpdated(7, { status: 'complete' });
    expect(await service.getTabState(7)).toEqual(relevant);
    await service.tabUpdated(7, { status: 'loading', url: 'https://news.example/sport' });
    expect(await service.getTabState(7)).toBeNull();
    expect(await badge(7)).toBe('');
  });

  it('clears on reload, then takes the new report', async () => {
    const service = startTabService(api);
    await service.pageAnalysed(7, relevant);
    await service.tabUpdated(7, { status: 'loading' });
    expect(await service.getTabState(7)).toBeNull();
    await service.pageAnalysed(7, relevant);
    expect(await badge(7)).toBe('3');
  });

  it('keeps a report that arrived before the SPA navigation event', async () => {
    const service = startTabService(api);
    const next = { ...relevant, url: 'https://news.example/next' };
    const updated = service.tabUpdated(7, { status: 'loading', url: next.url });
    await Promise.all([service.pageAnalysed(7, next), updated]);
    expect(await service.getTabState(7)).toEqual(next);
  });

  it('answers for the active tab when no tab is named', async () => {
    const service = createTabService({
      states: createTabStates(fakeBrowser.storage.session),
      badge: fakeBrowser.action,
      activeTabId: async () => 5,
    });
    await service.pageAnalysed(5, relevant);
    expect(await service.getTabState()).toEqual(relevant);
    expect(await badge(5)).toBe('3');
  });

  it('falls back to memory where there is no session storage', async () => {
    const service = createTabService({
      states: createTabStates(undefined),
      badge: undefined,
      activeTabId: async () => undefined,
    });
    await service.pageAnalysed(3, relevant);
    expect(await service.getTabState(3)).toEqual(relevant);
    expect(await service.getTabState()).toBeNull();
    await service.tabRemoved(3);
    expect(await service.getTabState(3)).toBeNull();
  });
});
