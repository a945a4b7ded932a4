/**
 * Starts everything the background does for sightings: the journal store (the one writer),
 * its message handlers, the report window, the context-menu item and the sharing outbox.
 * `entrypoints/background.ts` calls this once.
 */
import { createSightingStore, type SightingStore } from '@/src/sightings/store';
import { sightingsStorageBackend } from '@/src/sightings/store-item';
import { installReportMenu, listenForReportMenu } from './context-menu';
import { onContentMessage, onPageMessage } from './listen';
import { type OutboxPolicy, startOutboxService } from './outbox-service';
import { parseReportRequest } from './report-request-schema';
import { openReportWindow, takeReportRequest } from './report-window';
import { registerSightingHandlers } from './sightings-service';

/** What the sightings background needs from the rest of the background. */
export interface SightingsBackgroundDeps {
  /** Fact ids the tab's page matched, offered as related facts in a context-menu report. */
  factIdsForTab(tabId: number): Promise<string[]>;
  outboxPolicy: OutboxPolicy;
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
  onPageMessage('takeReportRequest', ({ data }) =>
    typeof data === 'string' ? takeReportRequest(data) : null,
  );
  void installReportMenu();
  listenForReportMenu(deps.factIdsForTab);
  startOutboxService(store, deps.outboxPolicy);
  return store;
}
