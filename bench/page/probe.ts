/**
 * The page-side probe of `npm run bench:page`, installed before any page script in both
 * browsers: when `load` fired, when the extension's overlay host (or the mark.js baseline's
 * first `<mark>`) appeared, the long tasks the page saw (Chromium), and the longest gap
 * between two ticks of a 10 ms timer (a long-task stand-in for Firefox, which has no long task
 * API). The overlay watch starts at DOMContentLoaded, after parsing, so that it costs a 5 MB
 * page nothing while it is parsed; content scripts run after that.
 */

/** What the probe saw, as read back after a load. */
export interface ProbeResult {
  /** `load` → overlay host (or first mark), in ms; null when none appeared. */
  overlayMs: number | null;
  longTasks: number[];
  /** Longest gap between two ticks of the 10 ms timer after `load`, in ms (0 when not run). */
  longestGapMs: number;
}

/**
 * Installs the probe; `gaps` also starts the timer (Firefox). Runs in the page, serialised:
 * no named inner functions, which the TypeScript loader would wrap in a helper the page lacks.
 */
export function installProbe(gaps: boolean): void {
  const probe = { load: 0, overlay: 0, longTasks: [] as number[], longestGap: 0 };
  (window as unknown as { __benchProbe: typeof probe }).__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API (Firefox).
  }
  addEventListener('load', () => {
    probe.load = performance.now();
    if (!gaps) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      probe.longestGap = Math.max(probe.longestGap, now - last);
      last = now;
    }, 10);
    setTimeout(() => clearInterval(timer), 10_000);
  });
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records, observer) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const name = node.nodeName;
          if (!probe.overlay && (name === 'DPRK-LABOR-LENS' || name === 'MARK')) {
            probe.overlay = performance.now();
            observer.disconnect();
            return;
          }
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** Reads the probe back. Runs in the page. */
export function readProbe(): ProbeResult {
  const p = (
    window as unknown as {
      __benchProbe: { load: number; overlay: number; longTasks: number[]; longestGap: number };
    }
  ).__benchProbe;
  return {
    overlayMs: p.overlay ? Math.round((p.overlay - p.load) * 10) / 10 : null,
    longTasks: p.longTasks,
    longestGapMs: Math.round(p.longestGap),
  };
}
