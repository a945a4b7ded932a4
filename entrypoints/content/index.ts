import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from './lifecycle';

/** Top frame of http(s) pages, after idle: the gate keeps irrelevant pages nearly free. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startContentScript(ctx);
  },
});
