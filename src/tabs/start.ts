/**
 * Wires the tab service to the browser: session storage, the badge API of the running manifest
 * version (with its tooltip in the interface language), and the tab events that make a report stale. Called once, synchronously, when the
 * background starts, so MV3 service workers woken by a tab event still receive it.
 */
import type { WxtBrowser } from 'wxt/browser';
import { type BadgeTitle, findBadgeApi } from './badge';
import { createTabService, type TabService } from './tab-service';
import { createTabStates, type SessionArea } from './tab-state';

const logFailure = (what: string) => (error: unknown) =>
  console.error(`DPRK Labor Lens: ${what} failed`, error);

/** Creates the tab service over `api` and registers its tab listeners. */
export function startTabService(api: WxtBrowser, badgeTitle?: BadgeTitle): TabService {
  const session = (api.storage as { session?: SessionArea }).session;
  const service = createTabService({
    states: createTabStates(session),
    badge: findBadgeApi(api as { action?: unknown; browserAction?: unknown }),
    badgeTitle,
    async activeTabId() {
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    },
  });
  api.tabs.onRemoved.addListener((tabId) => {
    service.tabRemoved(tabId).catch(logFailure('clearing a closed tab'));
  });
  api.tabs.onUpdated.addListener((tabId, change) => {
    service.tabUpdated(tabId, change).catch(logFailure('clearing a navigated tab'));
  });
  return service;
}
