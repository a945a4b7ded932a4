/**
 * `npm run bench:content -- --browser`: the content script in real Chromium with the built
 * extension (`LENS_OUT_DIR`, default `.output`). For each page: time from the page's `load`
 * event (the content script runs at document_idle, which is no earlier than DOMContentLoaded and
 * usually right after load) to the overlay host appearing, which includes the detection round
 * trip to the background and loading the card UI module; and the long tasks (≥ 50 ms) the page
 * saw. Then the main thread's CPU time in scripts (Chromium's `ScriptDuration` metric, in
 * thread time) on a 100 KB irrelevant page that has no scripts of its own, so all of it is the
 * content script's: there the content script's whole work (the WXT wrapper and the browser
 * API wrapper starting, the gate, the DOM watcher) runs at injection or in DOM callbacks, which
 * the metric counts. It does not count script run from extension API callbacks, so it would
 * miss most of a relevant page's work and is not printed for one. Then the long tasks of a
 * 5 MB page with and without the extension (`./content-big-page.ts`). Last, the round trip alone,
 * timed in a page's content-script world, with the background warm and right after Chromium stopped the
 * service worker (asleep).
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  type ExtensionSession,
  launchExtension,
  type PageHandle,
  startFixtureServer,
} from '../tests/e2e/harness';
import { benchBigPage } from './content-big-page';
import { newsPage } from './content-page';

interface Probe {
  fromLoad: number | null;
  fromDomContentLoaded: number | null;
  longTasks: number[];
}

/** Installed before any page script: records long tasks and when the host appears. */
function installProbe(): void {
  const probe = { dcl: 0, load: 0, host: 0, longTasks: [] as number[] };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
  });
  addEventListener('load', () => {
    probe.load = performance.now();
  });
  new MutationObserver(() => {
    if (!probe.host && document.querySelector('dprk-labor-lens')) probe.host = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

function readProbe(): Probe {
  const p = (
    window as unknown as {
      __probe: { dcl: number; load: number; host: number; longTasks: number[] };
    }
  ).__probe;
  return {
    fromLoad: p.host ? Math.round(p.host - p.load) : null,
    fromDomContentLoaded: p.host ? Math.round(p.host - p.dcl) : null,
    longTasks: p.longTasks,
  };
}

/** One load of `url` in a new tab, probed from before any page script. */
async function probeLoad(session: ExtensionSession, url: string): Promise<Probe> {
  const page = await session.newPage();
  await (page.raw as Page).addInitScript(installProbe);
  await page.goto(url);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const probe = await page.evaluate(readProbe);
  await page.close();
  return probe;
}

const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Median round trip of `analyzePage` for `text`, timed in the content-script world of `page`
 * (the only context the background takes the message from).
 */
async function roundTrip(session: ExtensionSession, page: PageHandle, text: string, runs: number) {
  return session.evaluateInContentScript(
    page,
    async ({ text, runs }) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const api = (globalThis as unknown as { chrome: Runtime }).chrome;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await api.runtime.sendMessage({
          id: i,
          type: 'analyzePage',
          data: { text, zones: [], sensitivity: 'normal', dateHints: {} },
          timestamp: Date.now(),
        });
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[times.length >> 1] as number;
    },
    { text, runs },
  );
}

/** Script CPU time on the page's main thread (all worlds) for one load of `url`, in ms. */
async function scriptTime(session: ExtensionSession, url: string): Promise<number> {
  const page = await session.newPage();
  const raw = page.raw as Page;
  const cdp = await raw.context().newCDPSession(raw);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Loads each page `runs` times and prints the medians; then times the round trip alone. */
export async function benchInBrowser(pages: string[], text: string, runs = 5): Promise<void> {
  const server = await startFixtureServer();
  const session = await launchExtension('chromium');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council news</title></head><body>${newsPage(100_000, false)}</body></html>`;
  server.route('GET', '/bench/false.html', () => ({
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  }));
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(await scriptTime(session, server.url('/bench/false.html')));
    }
    console.log(
      `  100 KB irrelevant page without scripts of its own: main-thread script CPU time ${medianOf(times)?.toFixed(2)} ms (median of ${runs})   budget ≤ 1 ms`,
    );
    for (const path of pages) {
      const results: Probe[] = [];
      for (let i = 0; i < runs; i++) results.push(await probeLoad(session, server.url(path)));
      const shown = (pick: (p: Probe) => number | null) => {
        const xs = results.map(pick).filter((v): v is number => v !== null);
        return xs.length ? `${medianOf(xs)} ms` : 'no overlay';
      };
      const longest = Math.max(0, ...results.flatMap((r) => r.longTasks));
      console.log(
        `  ${path.padEnd(36)} load → overlay ${shown((p) => p.fromLoad).padEnd(10)} DOMContentLoaded → overlay ${shown((p) => p.fromDomContentLoaded).padEnd(10)} longest long task ${longest ? `${longest} ms` : 'none'}  (median of ${runs})`,
      );
    }
    await benchBigPage(server);
    const tab = await session.newPage();
    await tab.goto(server.url('/bench/false.html'));
    const raw = tab.raw as Page;
    const warm = await roundTrip(session, tab, text, 11);
    console.log(
      `  analyzePage round trip, ${(text.length / 1000).toFixed(0)} KB of text, warm background (median of 11): ${warm.toFixed(1)} ms`,
    );
    const context: BrowserContext = raw.context();
    const cdp = await context.newCDPSession(raw);
    const asleep: number[] = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 300));
      asleep.push(await roundTrip(session, tab, text, 1));
    }
    console.log(
      `  analyzePage round trip right after the service worker was stopped (start-up + lexicon compile; median of 3): ${medianOf(asleep)?.toFixed(1)} ms`,
    );
    // The usual case in Chrome: the worker slept between two pages; the tab's navigation wakes
    // it (tabs.onUpdated) and the lexicon compiles while the page loads.
    const [firstPage] = pages;
    const cold: Probe[] = [];
    for (let i = 0; firstPage && i < 3; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 300));
      cold.push(await probeLoad(session, server.url(firstPage)));
    }
    const coldShown = cold.map((p) => p.fromLoad).filter((v): v is number => v !== null);
    console.log(
      `  ${firstPage} after the service worker was stopped: load → overlay ${coldShown.length ? `${medianOf(coldShown)} ms` : 'no overlay'} (median of 3)`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}
