import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { detectPage, warmDetector, warmOnPageLoad } from '@/src/background/detection-service';
import { startSightingsBackground } from '@/src/background/start-sightings';
import { factBase } from '@/src/facts';
import { contentToBackground, pageToBackground } from '@/src/messaging/protocol';
import { retryDelay, sharePayload } from '@/src/sightings/share';
import { parseTabId } from '@/src/tabs/page-report';
import { startTabService } from '@/src/tabs/start';
import { parseCardRequest } from '@/src/ui/card-request';
import { cardsFor } from '@/src/ui/card-view';
import { loadGeometry } from '@/src/ui/map/geometry-loader';

export default defineBackground(() => {
  contentToBackground.onMessage('ping', () => 'pong');
  pageToBackground.onMessage('pagePing', () => 'pong');

  // Detection for content scripts: the lexicon is compiled here once, ahead of the first page.
  contentToBackground.onMessage('detectPage', ({ data }) => detectPage(data));
  warmDetector();
  browser.tabs.onUpdated.addListener((_tabId, change) => warmOnPageLoad(change));

  // Tab state and badge: reports come from top-frame content scripts only.
  const tabs = startTabService(browser);
  contentToBackground.onMessage('pageDetected', ({ data, sender }) => {
    if (sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return;
    return tabs.pageDetected(sender.tab.id, data);
  });
  // Context cards for the in-page overlay.
  contentToBackground.onMessage('getFactCards', ({ data }) => {
    const request = parseCardRequest(data);
    return cardsFor(factBase, request.factIds, request.lang);
  });
  // The route-history card's map: places and shapes, only when the reader opens the map.
  contentToBackground.onMessage('getRouteMapData', async () => ({
    places: factBase.places,
    views: await loadGeometry(),
  }));
  pageToBackground.onMessage('getTabState', ({ data }) => tabs.getTabState(parseTabId(data)));

  // Sightings: the journal's one writer, the report window, the context menu, sharing.
  startSightingsBackground({
    factIdsForTab: async (tabId) => (await tabs.getTabState(tabId))?.factIds ?? [],
    outboxPolicy: { payload: sharePayload, retryDelay },
  });
});
