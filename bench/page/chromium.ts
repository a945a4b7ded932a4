/**
 * Page loads in real Chromium for `npm run bench:page`: one browser per variant (no extension,
 * or one unpacked extension), each load in a fresh tab. A metrics load reads the renderer's
 * counters over the whole load (`Performance.getMetrics`: `TaskDuration` is the main thread's
 * task time, `JSHeapUsedSize` the heap after a forced garbage collection) and the page probe;
 * a traced load records a trace and attributes its events to the extension (`./trace.ts`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumFlags } from '../../tests/e2e/harness/chromium';
import { findBrowserExecutable } from '../../tests/e2e/harness/paths';
import { installProbe, type ProbeResult, readProbe } from './probe';
import { extensionCost, type TraceCost, type TraceEvent } from './trace';

/** One metrics load. */
export interface ChromiumLoad extends ProbeResult {
  taskMs: number;
  heapMb: number;
}

/** A Chromium with one variant loaded. */
export interface ChromiumRun {
  load(url: string, settleMs: number): Promise<ChromiumLoad>;
  trace(url: string, settleMs: number): Promise<TraceCost>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'v8', 'v8.execute'];

/** Starts Chromium with the unpacked extension in `extensionDir`, or none. */
export async function launchChromiumRun(extensionDir: string | null): Promise<ChromiumRun> {
  const profile = await mkdtemp(join(tmpdir(), 'lens-bench-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowserExecutable('chromium'),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...chromiumFlags,
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
    ],
    viewport: { width: 1280, height: 900 },
  });
  if (extensionDir && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 30_000 });
  }
  const open = async (): Promise<{ page: Page; cdp: CDPSession }> => {
    const page = await context.newPage();
    await page.addInitScript(installProbe, false);
    return { page, cdp: await context.newCDPSession(page) };
  };
  return {
    async load(url, settleMs) {
      const { page, cdp } = await open();
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await sleep(settleMs);
      const probe = await page.evaluate(readProbe);
      const task = (await cdp.send('Performance.getMetrics')).metrics;
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Performance.getMetrics')).metrics;
      await page.close();
      const metric = (list: typeof task, name: string) =>
        list.find((m) => m.name === name)?.value ?? 0;
      return {
        ...probe,
        taskMs: metric(task, 'TaskDuration') * 1000,
        heapMb: metric(heap, 'JSHeapUsedSize') / 1e6,
      };
    },
    async trace(url, settleMs) {
      const { page, cdp } = await open();
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (chunk) => {
        events.push(...(chunk.value as unknown as TraceEvent[]));
      });
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: TRACE_CATEGORIES },
        transferMode: 'ReportEvents',
      });
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await sleep(settleMs);
      await cdp.send('Tracing.end');
      await complete;
      await page.close();
      return extensionCost(events, 'chrome-extension://');
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
