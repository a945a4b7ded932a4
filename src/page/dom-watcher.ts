/**
 * Watches the page for content changes without working inside the MutationObserver callback
 * (uBlock #205): records are only queued there; the batch is examined when the browser is idle
 * (or after `maxWaitMs`). Past `hugeBatch` records the batch is not diffed at all and the page
 * is rescanned as a whole (darkreader's isHugeMutation). Only `childList` and `characterData`
 * are observed: attribute changes cannot change the text, and observing every attribute forces
 * layout work on busy pages (Bitwarden's note).
 */

/** What changed since the last batch. */
export interface DomChange {
  /** Too many changes to diff: rescan everything. */
  huge: boolean;
  /** Text of added nodes and changed text nodes, capped at `maxText` characters. */
  addedText: string;
  /** Whether any node was removed or any text node changed. */
  removed: boolean;
}

/** Options of {@link watchDom}. */
export interface WatchOptions {
  /** Nodes under this element are ours and ignored (the overlay host). */
  ignore?: () => Node | null;
  hugeBatch?: number;
  maxText?: number;
  maxWaitMs?: number;
  /** Minimum time between two batches, so a page re-rendering every frame costs little. */
  minIntervalMs?: number;
  signal?: AbortSignal;
}

/** Starts watching `root`; `onChange` gets one batch at a time. Stops on `signal` abort. */
export function watchDom(
  root: Node,
  onChange: (change: DomChange) => void,
  options: WatchOptions = {},
): { stop(): void } {
  const { hugeBatch = 1000, maxText = 20_000, maxWaitMs = 500, minIntervalMs = 250 } = options;
  const win = (root.ownerDocument ?? (root as Document)).defaultView as Window & typeof globalThis;
  let queue: MutationRecord[] = [];
  let scheduled = false;
  let lastRun = 0;

  const flush = () => {
    scheduled = false;
    const records = queue;
    queue = [];
    lastRun = Date.now();
    const ignored = options.ignore?.() ?? null;
    const ours = (node: Node) => ignored !== null && (node === ignored || ignored.contains(node));
    if (records.length > hugeBatch) {
      onChange({ huge: true, addedText: '', removed: true });
      return;
    }
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
    if (addedText.trim() || removed)
      onChange({ huge: false, addedText: addedText.slice(0, maxText), removed });
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, minIntervalMs - (Date.now() - lastRun));
    win.setTimeout(() => {
      if (options.signal?.aborted) return;
      if (typeof win.requestIdleCallback === 'function')
        win.requestIdleCallback(flush, { timeout: maxWaitMs });
      else win.setTimeout(flush, 0);
    }, wait);
  };

  const observer = new win.MutationObserver((records) => {
    for (const record of records) queue.push(record);
    schedule();
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    queue = [];
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return { stop };
}
