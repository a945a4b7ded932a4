import { beforeEach, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '@/src/messaging/protocol';
import { badgeText, findBadgeApi } from '@/src/tabs/badge';
import { startTabService } from '@/src/tabs/start';
import { createTabService } from '@/src/tabs/tab-service';
import { createTabStates } from '@/src/tabs/tab-state';

const relevant: PageReport = {
  url: 'https://news.example/dandong#top',
  title: 'Workers in Dandong',
  lang: 'en',
  relevant: true,
  factIds: ['dandong-inns-workers', 'usual-route', 'china-route-closed'],
  topics: ['dandong-inns', 'route-history'],
  matchCount: 12,
};
const irrelevant: PageReport = {
  ...relevant,
  relevant: false,
  factIds: [],
  topics: [],
  matchCount: 0,
};

const api = fakeBrowser as unknown as WxtBrowser;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('badgeText', () => {
  it('counts matched facts and shows nothing otherwise', () => {
    expect(badgeText(relevant)).toBe('3');
    expect(badgeText(irrelevant)).toBe('');
    expect(badgeText(null)).toBe('');
    expect(badgeText({ ...relevant, factIds: [] })).toBe('');
    const many = Array.from({ length: 120 }, (_, i) => `fact-${i}`);
    expect(badgeText({ ...relevant, factIds: many })).toBe('99+');
  });
  it('finds browserAction on Firefox MV2', () => {
    const mv2 = { browserAction: fakeBrowser.action };
    expect(findBadgeApi(mv2)).toBe(fakeBrowser.action);
    expect(findBadgeApi({})).toBeUndefined();
  });
});

describe('tab service over fakeBrowser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a report in session storage and badges the tab', async () => {
    const service = startTabService(api);
    await service.pageDetected(7, relevant);
    expect(await service.getTabState(7)).toEqual(relevant);
    expect(await badge(7)).toBe('3');
    expect(await badge(8)).toBe('');
    const stored = await fakeBrowser.storage.session.get('tab-state:7');
    expect(stored['tab-state:7']).toEqual(relevant);
  });

  it('survives a service worker restart', async () => {
    await startTabService(api).pageDetected(7, relevant);
    const restarted = startTabService(api);
    expect(await restarted.getTabState(7)).toEqual(relevant);
  });

  it('an irrelevant report replaces the facts and clears the badge', async () => {
    const service = startTabService(api);
    await service.pageDetected(7, relevant);
    await service.pageDetected(7, irrelevant);
    expect((await service.getTabState(7))?.relevant).toBe(false);
    expect(await badge(7)).toBe('');
  });

  it('rejects malformed reports and keeps the old state', async () => {
    const service = startTabService(api);
    await service.pageDetected(7, relevant);
    await expect(service.pageDetected(7, { ...relevant, factIds: ['<b>x</b>'] })).rejects.toThrow();
    await expect(service.pageDetected(7, { ...relevant, extra: 1 })).rejects.toThrow();
    await expect(service.pageDetected(7, null)).rejects.toThrow();
    expect(await service.getTabState(7)).toEqual(relevant);
  });

  it('forgets a closed tab', async () => {
    const service = startTabService(api);
    await service.pageDetected(7, relevant);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await service.getTabState(7)).toBeNull();
  });

  it('listens to tab updates: navigating the tab clears its badge', async () => {
    const service = startTabService(api);
    await service.pageDetected(0, relevant);
    expect(await badge(0)).toBe('3');
    // The fake browser's default tab has id 0; update() fires tabs.onUpdated with the change.
    await fakeBrowser.tabs.update(0, { url: 'https://b.example/' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await service.getTabState(0)).toBeNull();
    expect(await badge(0)).toBe('');
  });

  it('clears on navigation to another page, keeps on a fragment change', async () => {
    const service = startTabService(api);
    await service.pageDetected(7, relevant);
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
    await service.pageDetected(7, relevant);
    await service.tabUpdated(7, { status: 'loading' });
    expect(await service.getTabState(7)).toBeNull();
    await service.pageDetected(7, relevant);
    expect(await badge(7)).toBe('3');
  });

  it('keeps a report that arrived before the SPA navigation event', async () => {
    const service = startTabService(api);
    const next = { ...relevant, url: 'https://news.example/next' };
    const updated = service.tabUpdated(7, { status: 'loading', url: next.url });
    await Promise.all([service.pageDetected(7, next), updated]);
    expect(await service.getTabState(7)).toEqual(next);
  });

  it('answers for the active tab when no tab is named', async () => {
    const service = createTabService({
      states: createTabStates(fakeBrowser.storage.session),
      badge: fakeBrowser.action,
      activeTabId: async () => 5,
    });
    await service.pageDetected(5, relevant);
    expect(await service.getTabState()).toEqual(relevant);
    expect(await badge(5)).toBe('3');
  });

  it('falls back to memory where there is no session storage', async () => {
    const service = createTabService({
      states: createTabStates(undefined),
      badge: undefined,
      activeTabId: async () => undefined,
    });
    await service.pageDetected(3, relevant);
    expect(await service.getTabState(3)).toEqual(relevant);
    expect(await service.getTabState()).toBeNull();
    await service.tabRemoved(3);
    expect(await service.getTabState(3)).toBeNull();
  });
});
