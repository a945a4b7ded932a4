/**
 * Page loads in real Firefox for `npm run bench:page`, over WebDriver BiDi (puppeteer-core).
 * BiDi has no performance counters and no tracing, and Firefox has no long task API, so what
 * can be measured from outside is the page probe (`./probe.ts`): load → overlay, and the
 * longest gap between two ticks of a 10 ms timer in the page after `load`, which a long task of
 * the extension's would stretch.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowserExecutable } from '../../tests/e2e/harness/paths';
import { installProbe, type ProbeResult, readProbe } from './probe';

/** A Firefox with one variant installed. */
export interface FirefoxRun {
  load(url: string, settleMs: number): Promise<ProbeResult>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Firefox with the unpacked extension in `extensionDir` as a temporary add-on, or none. */
export async function launchFirefoxRun(extensionDir: string | null): Promise<FirefoxRun> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findBrowserExecutable('firefox'),
    headless: true,
    timeout: 60_000,
    protocolTimeout: 120_000,
    defaultViewport: { width: 1280, height: 900 },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return {
    async load(url, settleMs) {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(installProbe, true);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await sleep(settleMs);
      const probe = await page.evaluate(readProbe);
      await page.close();
      return probe;
    },
    async close() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    },
  };
}
