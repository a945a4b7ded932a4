import { defineBackground } from 'wxt/utils/define-background';
import { contentToBackground, pageToBackground } from '@/src/messaging/protocol';

export default defineBackground(() => {
  contentToBackground.onMessage('ping', () => 'pong');
  pageToBackground.onMessage('pagePing', () => 'pong');
});
