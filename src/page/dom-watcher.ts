/**
 * Watches the page for content changes without working inside the MutationObserver callback
 * (uBlock #205): records are only queued there, and a burst of mutations is examined once it
 * has settled, when no new record came for `quietMs` (or `maxWaitMs` after its first record,
 * so a page that never stops changing is still looked at), in an idle callback. So an article
 * that a feed or a single-page app inserts in several steps is one change, not one per
 * mutation. Past `hugeBatch` records the batch is not diffed at all and the page is rescanned
 * as a whole (darkreader's isHugeMutation). Only `childList` and `characterData` are observed:
 * attribute changes cannot change the text, and observing every attribute forces layout work
 * on busy pages (Bitwarden's note).
 */
/** What changed since the last batch. */
export interface DomChange {
  /** Too many changes to diff: rescan everything. */
  huge: boolean;
  /** Text of added nodes and changed text nodes, capped at `maxText` characters. */
  addedText: string;
  /** Whether any node was removed or any text node changed. */
  removed: boolean;
  /** Whether {@link DomWatch.nudge} was called since the last batch (an in-app navigation). */
  nudged?: boolean;
}

/** A running watch. */
export interface DomWatch {
  stop(): void;
  /**
   * Counts as a change without a mutation (the address changed): the next batch says so, and
   * comes once the page has been quiet, together with the mutations of the same view.
   */
  nudge(): void;
}

/** Options of {@link watchDom}. */
export interface WatchOptions {
  /** Nodes under this element are ours and ignored (the overlay host). */
  ignore?: () => Node | null;
  hugeBatch?: number;
  maxText?: number;
  /** How long the page must stay unchanged before a burst is examined, in milliseconds. */
  quietMs?: number;
  /** Longest wait after a burst's first record, for a page that keeps changing. */
  maxWaitMs?: number;
  signal?: AbortSignal;
}

/** Longest wait for an idle period once a burst has settled, in milliseconds. */
const IDLE_TIMEOUT_MS = 200;

/** Starts watching `root`; `onChange` gets one batch at a time. Stops on `signal` abort. */
export function watchDom(
  root: Node,
  onChange: (change: DomChange) => void,
  options: WatchOptions = {},
): DomWatch {
  const { hugeBatch = 1000, maxText = 20_000, quietMs = 150, maxWaitMs = 1000 } = options;
  const win = (root.ownerDocument ?? (root as Document)).defaultView as Window & typeof globalThis;
  let queue: MutationRecord[] = [];
  /** Records past `hugeBatch` are counted, not kept. */
  let overflow = false;
  let timer: number | undefined;
  let firstAt = 0;
  let pending = false;
  let nudged = false;

  const flush = () => {
    pending = false;
    const records = queue;
    const huge = overflow || records.length > hugeBatch;
    const wasNudged = nudged;
    queue = [];
    overflow = false;
    nudged = false;
    if (options.signal?.aborted) return;
    if (huge) {
      onChange({ huge: true, addedText: '', removed: true, nudged: wasNudged });
      return;
    }
    const ignored = options.ignore?.() ?? null;
    const ours = (node: Node) => ignored !== null && (node === ignored || ignored.contains(node));
    let addedText = '';
    let removed = false;
    for (const record of records) {
      if (ours(record.target)) continue;
      if (record.type === 'characterData') {
        removed = true;
        if (addedText.length < maxText) addedText += ` ${record.target.textContent ?? ''}`;
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (addedText.length >= maxText || ours(node)) continue;
        addedText += ` ${node.textContent ?? ''}`;
      }
    }
    if (addedText.trim() || removed || wasNudged)
      onChange({ huge: false, addedText: addedText.slice(0, maxText), removed, nudged: wasNudged });
  };

  /** The burst has settled (or waited long enough): examine it when the page is idle. */
  const settled = () => {
    timer = undefined;
    if (options.signal?.aborted) return;
    pending = true;
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(flush, 0);
  };

  /** A change came: (re)arm the quiet timer, unless a settled burst already waits for idle. */
  const changed = () => {
    if (pending) return;
    const now = Date.now();
    if (timer === undefined) firstAt = now;
    else win.clearTimeout(timer);
    timer = win.setTimeout(settled, Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now)));
  };

  const observer = new win.MutationObserver((records) => {
    if (overflow || queue.length + records.length > hugeBatch) {
      overflow = true;
      queue = [];
    } else {
      for (const record of records) queue.push(record);
    }
    // Records that arrive while a settled burst waits for idle time join it.
    changed();
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    queue = [];
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return {
    stop,
    nudge() {
      if (options.signal?.aborted) return;
      nudged = true;
      changed();
    },
  };
}
