import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { contentToBackground, pageToBackground } from '@/src/messaging/protocol';
import { parseTabId } from '@/src/tabs/page-report';
import { startTabService } from '@/src/tabs/start';

export default defineBackground(() => {
  contentToBackground.onMessage('ping', () => 'pong');
  pageToBackground.onMessage('pagePing', () => 'pong');

  // Tab state and badge: reports come from top-frame content scripts only.
  const tabs = startTabService(browser);
  contentToBackground.onMessage('pageDetected', ({ data, sender }) => {
    if (sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return;
    return tabs.pageDetected(sender.tab.id, data);
  });
  pageToBackground.onMessage('getTabState', ({ data }) => tabs.getTabState(parseTabId(data)));
});
