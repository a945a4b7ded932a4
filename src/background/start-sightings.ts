/**
 * Starts everything the background does for sightings: the journal store (the one writer),
 * its message handlers, the report window, the context-menu item and the sharing outbox.
 * `entrypoints/background.ts` calls this once.
 */

import { browser } from 'wxt/browser';
import { createSightingStore, type SightingStore } from '@/src/sightings/store';
import { sightingsStorageBackend } from '@/src/sightings/store-item';
import { parseTabId } from '@/src/tabs/page-report';
import { installReportMenu, listenForReportMenu, reportFromTab } from './context-menu';
import { onContentMessage, onPageMessage } from './listen';
import { type OutboxPolicy, startOutboxService } from './outbox-service';
import { parseReportRequest } from './report-request-schema';
import { openReportWindow, takeReportRequest } from './report-window';
import { registerSightingHandlers } from './sightings-service';

/** What the sightings background needs from the rest of the background. */
export interface SightingsBackgroundDeps {
  /** Fact ids the tab's page matched, offered as related facts in a context-menu report. */
  factIdsForTab(tabId: number): Promise<string[]>;
  /**
   * The address and title the tab's last analysis recorded: what the popup's report falls back
   * on when the page cannot be read (no `activeTab` grant, a page that refuses scripts).
   */
  pageOfTab(tabId: number): Promise<{ url: string; title: string } | null>;
  outboxPolicy: OutboxPolicy;
  /** The context menu item's title in the interface language. */
  menuTitle?(): Promise<string>;
}

/** Wires the sightings services; returns the store for other background code. */
export function startSightingsBackground(deps: SightingsBackgroundDeps): SightingStore {
  const store = createSightingStore(sightingsStorageBackend);
  registerSightingHandlers(store);
  // The form shows the address of the page the request came from, whatever the request says.
  onContentMessage('openReport', async ({ data, sender }) => {
    const request = parseReportRequest(data);
    if (request) await openReportWindow({ ...request, url: sender.url ?? request.url });
  });
  onPageMessage('reportFromTab', async ({ data }) => {
    const tabId = parseTabId(data);
    if (tabId === undefined) throw new Error('No tab to report from.');
    const known = await deps.pageOfTab(tabId).catch(() => null);
    const tab = await browser.tabs.get(tabId).catch(() => ({}) as { url?: string; title?: string });
    const factIds = await deps.factIdsForTab(tabId).catch(() => []);
    return reportFromTab(tabId, factIds, {
      url: tab.url || known?.url,
      title: tab.title || known?.title,
    });
  });
  onPageMessage('takeReportRequest', ({ data }) =>
    typeof data === 'string' ? takeReportRequest(data) : null,
  );
  void installReportMenu(deps.menuTitle?.());
  listenForReportMenu(deps.factIdsForTab);
  startOutboxService(store, deps.outboxPolicy);
  return store;
}
