import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startWarmUp } from '@/src/background/detection-service';
import { startInterfaceLanguage } from '@/src/background/interface-language';
import { type IncomingMessage, onContentMessage, onPageMessage } from '@/src/background/listen';
import {
  analyzePage,
  cardsIn,
  forgottenPage,
  type PageSender,
  rehearseAnalysis,
} from '@/src/background/page-service';
import { cachedRecordedQuotes } from '@/src/background/recorded-quotes';
import { startSightingsBackground } from '@/src/background/start-sightings';
import { factBase } from '@/src/facts';
import { loadFactTexts } from '@/src/i18n/fact-texts';
import { translate } from '@/src/i18n/translate';
import { backgroundToContent } from '@/src/messaging/protocol';
import { recordedQuoteOf } from '@/src/sightings/resurface';
import { retryDelay, sharePayload } from '@/src/sightings/share';
import { sightingsItem } from '@/src/sightings/store-item';
import { parseTabId } from '@/src/tabs/page-report';
import { startTabService } from '@/src/tabs/start';
import { loadGeometry } from '@/src/ui/map/geometry-loader';

/**
 * The sender's tab and page. Content messages come only from a tab's top frame (the listener
 * refuses others, see `src/messaging/senders.ts`), the frame whose page the tab's state is about.
 */
function senderPage(sender: IncomingMessage['sender']): PageSender & { tabId: number } {
  return {
    tabId: sender.tab?.id ?? -1,
    url: sender.url ?? sender.tab?.url ?? '',
    title: sender.tab?.title ?? '',
  };
}

export default defineBackground(() => {
  onContentMessage('ping', () => 'pong');
  onPageMessage('pagePing', () => 'pong');

  // The interface language: popup page, menu wording, the cards' and why lines' language.
  const language = startInterfaceLanguage();
  const tabs = startTabService(browser, async (count) => {
    const lang = await language.current();
    return count > 0
      ? translate(lang, 'ext.badgeTitle', { count })
      : translate(lang, 'ext.actionTitle');
  });
  // Sightings: the journal's one writer, the report window, the context menu, sharing.
  const store = startSightingsBackground({
    factIdsForTab: async (tabId) => (await tabs.getTabState(tabId))?.cards.map((c) => c.fact) ?? [],
    pageOfTab: async (tabId) => {
      const state = await tabs.getTabState(tabId);
      return state ? { url: state.url, title: state.title } : null;
    },
    outboxPolicy: { payload: sharePayload, retryDelay },
    menuTitle: async () => translate(await language.current(), 'ext.menuReport'),
  });
  const cardDeps = {
    base: factBase,
    recordedQuotes: cachedRecordedQuotes({
      read: async () => (await store.list()).map(recordedQuoteOf),
      onChange: (listener) => sightingsItem.watch(listener),
    }),
    uiLang: language.current,
    factTexts: loadFactTexts,
  };

  // Detection for content scripts: the lexicon is compiled here once, ahead of the first page,
  // and one made-up page analysed as pages are, so the first real page finds the card ranking,
  // the card texts and the journal's quotes ready too.
  const warmUp = startWarmUp(() => rehearseAnalysis(cardDeps));
  browser.tabs.onUpdated.addListener((_tabId, change) => warmUp.onTabUpdated(change));

  // A page's one conversation: detection, its cards and marks, its recorded sightings; the
  // answer also becomes the tab's state, so badge, control and popup show the same cards. The
  // overlay does not wait for the badge: the state is queued at once (the popup's read waits for
  // it) and written while the answer travels back.
  onContentMessage('analyzePage', async ({ data, sender }) => {
    const page = senderPage(sender);
    const { answer, report } = await analyzePage(data, page, cardDeps);
    tabs
      .pageAnalysed(page.tabId, report)
      .catch((error: unknown) =>
        console.error("DPRK Labor Lens: could not keep the tab's state", error),
      );
    return answer;
  });
  onContentMessage('forgetPage', async ({ sender }) => {
    const page = senderPage(sender);
    await tabs.pageAnalysed(page.tabId, forgottenPage(page));
  });
  // The route-history card's map: places and shapes, only when the reader opens the map.
  onContentMessage('getRouteMapData', async () => ({
    places: factBase.places,
    views: await loadGeometry(),
  }));
  onContentMessage('cardsIn', ({ data }) => cardsIn(data, cardDeps));
  onPageMessage('getTabState', ({ data }) => tabs.getTabState(parseTabId(data)));
  // The command opens the active tab's panel; a page without cards has none to open.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel') return;
    const open = async () => {
      const id =
        tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await backgroundToContent.sendMessage('openPanel', undefined, id);
    };
    open().catch(() => {
      // No content script answers on pages it does not run on (the browser's own pages).
    });
  });
});
