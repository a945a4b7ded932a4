/**
 * The budget "no long task ≥ 50 ms caused by the extension on a 5 MB / 200k-node page": loads
 * such a page (irrelevant, and relevant near the top) with the built extension, and with a copy
 * of it whose content script does nothing, and prints the long tasks each saw. Parsing and
 * laying out a page this size makes long tasks of the browser's own, in both; the extension's
 * are the ones only the first has.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionDir, type FixtureServer, launchExtension } from '../tests/e2e/harness';
import { bigNewsPage } from './content-page';

/** Installed before any page script: records every long task's duration. */
function recordLongTasks(): void {
  const tasks: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks of `runs` loads of `url` with the extension in `outDir`, after one warm-up. */
async function longTasks(outDir: string | undefined, url: string, runs: number): Promise<string[]> {
  const session = await launchExtension('chromium', { outDir });
  const loads: string[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const page = (await session.newPage()).raw as Page;
      await page.addInitScript(recordLongTasks);
      await page.goto(`${url}?run=${i}`);
      // Long enough for the content script, the detection round trip and the card UI.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      const tasks = await page.evaluate(
        () => (window as unknown as { __longTasks: number[] }).__longTasks,
      );
      await page.close();
      if (i > 0) loads.push(tasks.length ? tasks.join(', ') : 'none');
    }
  } finally {
    await session.close();
  }
  return loads;
}

/** A copy of the Chromium build whose content script is empty: the browser's own long tasks. */
function floorBuild(outDir: string | undefined): string {
  const floor = '.output-bench-floor';
  rmSync(floor, { recursive: true, force: true });
  cpSync(extensionDir('chromium', outDir), join(floor, 'chrome-mv3'), { recursive: true });
  writeFileSync(join(floor, 'chrome-mv3', 'content-scripts', 'content.js'), 'void 0;\n');
  return floor;
}

/** Prints the long tasks of `runs` loads of each big page, with and without the content script. */
export async function benchBigPage(server: FixtureServer, runs = 3): Promise<void> {
  for (const relevant of [false, true]) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum</title></head><body>${bigNewsPage(5_000_000, relevant)}</body></html>`;
    server.route('GET', `/big/${relevant}.html`, () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: html,
    }));
  }
  const outDir = process.env.LENS_OUT_DIR;
  const floor = floorBuild(outDir);
  try {
    for (const relevant of [false, true]) {
      const url = server.url(`/big/${relevant}.html`);
      const ours = await longTasks(outDir, url, runs);
      const without = await longTasks(floor, url, runs);
      console.log(`  5 MB page, ${relevant ? 'relevant' : 'irrelevant'}, long tasks in ms:`);
      ours.forEach((tasks, i) => {
        console.log(
          `    with the content script: ${tasks.padEnd(24)} with an empty one: ${without[i]}`,
        );
      });
    }
  } finally {
    rmSync(floor, { recursive: true, force: true });
  }
}
