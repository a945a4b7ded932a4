import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from './lifecycle';

/** Top frame of http(s) pages, after idle: the gate keeps irrelevant pages nearly free. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise announce every start to the page with window.postMessage, naming the
  // extension's id on every page (its instances find each other with a DOM event instead).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentScript(ctx);
  },
});
