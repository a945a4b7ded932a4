/**
 * What the content script does on a page until the page first names North Korea: the gate on
 * the page's text now, then on the text the page adds later (infinite scroll, an article a
 * single-page app renders after load) or has after an in-app navigation. Settings, messaging
 * and the lens start only once it passes, so a page on another subject costs one gate and a
 * MutationObserver whose batches are gated too; it reads no settings and sends no message.
 */
import { watchDom } from './dom-watcher';
import { pagePassesGate } from './scan';

/** Control over a running gate watch. */
export interface GateWatch {
  /** Gates the whole page again (after an in-app navigation). */
  recheck(): void;
  /** Stops watching for good. */
  stop(): void;
}

/**
 * Calls `onPass` once, as soon as the page's text passes `quickGate`: synchronously when it
 * does already, else when added text does. A batch too large to diff gates the whole page.
 */
export function watchUntilGatePasses(
  doc: Document,
  quickGate: (text: string) => boolean,
  onPass: () => void,
): GateWatch {
  const watching = new AbortController();
  let done = false;
  const pass = () => {
    if (done) return;
    done = true;
    watching.abort();
    onPass();
  };
  const check = () => {
    if (!done && pagePassesGate(doc, quickGate)) pass();
  };
  check();
  if (!done) {
    watchDom(
      doc.documentElement,
      (change) => {
        if (change.huge) check();
        else if (change.addedText && quickGate(change.addedText)) pass();
      },
      { signal: watching.signal },
    );
  }
  return {
    recheck: check,
    stop: () => {
      done = true;
      watching.abort();
    },
  };
}
