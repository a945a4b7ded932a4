/**
 * What the content script does on a page until the page first names North Korea. The gate
 * reads the title, the description, the first headings and the first part of the main text at
 * once, within a fixed budget, and the rest of the page in idle slices, chunk by chunk, with
 * no cap: a relevant article anywhere in a 5 MB page is reached, and no slice is a long task.
 * Text the page adds later (infinite scroll, an article a single-page app renders) is gated as
 * it comes. Only when some text passes does `onPass` run, once; until then nothing else is
 * loaded, no settings are read and no message is sent.
 */
import { watchDom } from './dom-watcher';
import { readForGate } from './gate-reader';

/** Control over a running gate watch. */
export interface GateWatch {
  /** Stops watching for good. */
  stop(): void;
}

/** The part of `IdleDeadline` the slices use. */
export interface SliceDeadline {
  timeRemaining(): number;
}

/** Options of {@link watchUntilGatePasses}; the defaults are what the content script uses. */
export interface GateWatchOptions {
  /** Characters read at once, before any idle slice: a whole article with its page. */
  firstChars?: number;
  /** Longest time the first read may take, in milliseconds. */
  firstBudgetMs?: number;
  /** Characters gated at a time in the idle slices. */
  chunkChars?: number;
  /** Longest idle slice, in milliseconds. */
  sliceMs?: number;
  /** Runs `step` when the page is idle (default `requestIdleCallback`, else a timeout). */
  idle?: (step: (deadline: SliceDeadline) => void) => void;
}

/** Characters of one chunk carried into the next, so a needle across the cut is still seen. */
const OVERLAP_CHARS = 128;

/** Longest wait for an idle period before a slice runs anyway, in milliseconds. */
const IDLE_TIMEOUT_MS = 1000;

/** The browser's idle callback, or a zero-delay timeout where there is none. */
export function idleSlices(win: Window | null): (step: (deadline: SliceDeadline) => void) => void {
  if (win && typeof win.requestIdleCallback === 'function') {
    return (step) => void win.requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS });
  }
  const timeout = win?.setTimeout.bind(win) ?? setTimeout;
  return (step) => void timeout(() => step({ timeRemaining: () => 8 }), 0);
}

/**
 * Calls `onPass` once, as soon as some of the page's text passes `quickGate`: synchronously
 * when the first read does, else from an idle slice or a DOM change. A batch of changes too
 * large to diff starts the reading over.
 */
export function watchUntilGatePasses(
  doc: Document,
  quickGate: (text: string) => boolean,
  onPass: () => void,
  options: GateWatchOptions = {},
): GateWatch {
  const {
    firstChars = 200_000,
    firstBudgetMs = 4,
    chunkChars = 65_536,
    sliceMs = 8,
    idle = idleSlices(doc.defaultView),
  } = options;
  const watching = new AbortController();
  let done = false;
  let reading = 0;
  const pass = () => {
    if (done) return;
    done = true;
    watching.abort();
    onPass();
  };

  /** Reads the page from the start: the first part now when `now`, the rest when idle. */
  const readPage = (now: boolean) => {
    const generation = ++reading;
    const reader = readForGate(doc);
    let tail = '';
    const passes = (chunk: string) => {
      const text = tail + chunk;
      tail = text.slice(-OVERLAP_CHARS);
      return quickGate(text);
    };
    const step = (deadline: SliceDeadline) => {
      if (done || generation !== reading) return;
      const until = performance.now() + Math.max(1, Math.min(sliceMs, deadline.timeRemaining()));
      do {
        const chunk = reader.next(chunkChars, until);
        if (chunk !== null && passes(chunk)) return pass();
      } while (!reader.exhausted && performance.now() < until);
      if (!reader.exhausted) idle(step);
    };
    if (now) {
      const first = reader.next(firstChars, performance.now() + firstBudgetMs);
      if (first !== null && passes(first)) return pass();
    }
    if (!reader.exhausted) idle(step);
  };

  readPage(true);
  if (!done) {
    watchDom(
      doc.documentElement,
      (change) => {
        if (done) return;
        if (change.huge) readPage(false);
        else if (change.addedText && quickGate(change.addedText)) pass();
      },
      { signal: watching.signal },
    );
  }
  return {
    stop: () => {
      done = true;
      watching.abort();
    },
  };
}
