/**
 * `npm run bench:content -- --browser`: the content script in real Chromium with the built
 * extension (`LENS_OUT_DIR`, default `.output`). For each page: time from DOMContentLoaded to
 * the overlay host appearing (relevant pages), and the long tasks (≥ 50 ms) the page saw while
 * the content script ran (irrelevant pages should see none).
 */
import { launchExtension, startFixtureServer } from '../tests/e2e/harness';

interface Probe {
  overlayAfterLoadMs: number | null;
  longTasks: number[];
}

/** Installed before any page script: records long tasks and when the host appears. */
function installProbe(): void {
  const probe = { loadAt: 0, hostAt: 0, longTasks: [] as number[] };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    probe.loadAt = performance.now();
  });
  new MutationObserver(() => {
    if (!probe.hostAt && document.querySelector('dprk-labor-lens'))
      probe.hostAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** Loads each page `runs` times and prints the medians. */
export async function benchInBrowser(pages: string[], runs = 5): Promise<void> {
  const server = await startFixtureServer();
  const session = await launchExtension('chromium');
  try {
    for (const path of pages) {
      const results: Probe[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await session.newPage();
        const raw = page.raw as { addInitScript(fn: () => void): Promise<void> };
        await raw.addInitScript(installProbe);
        await page.goto(server.url(path));
        await new Promise((resolve) => setTimeout(resolve, 1500));
        results.push(
          await page.evaluate(() => {
            const p = (
              window as unknown as {
                __probe: { loadAt: number; hostAt: number; longTasks: number[] };
              }
            ).__probe;
            return {
              overlayAfterLoadMs: p.hostAt ? Math.round(p.hostAt - p.loadAt) : null,
              longTasks: p.longTasks,
            };
          }),
        );
        await page.close();
      }
      const shown = results
        .map((r) => r.overlayAfterLoadMs)
        .filter((v): v is number => v !== null)
        .sort((a, b) => a - b);
      const median = shown.length ? `${shown[shown.length >> 1]} ms` : 'no overlay';
      const longest = Math.max(0, ...results.flatMap((r) => r.longTasks));
      console.log(
        `  ${path.padEnd(44)} DOMContentLoaded → overlay (median of ${runs}): ${median.padEnd(10)} longest long task: ${longest ? `${longest} ms` : 'none'}`,
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
}
