/**
 * The content script as pages meet it, in both browsers: the manifest injects only the gate; a
 * page that names North Korea nowhere loads no other extension script and sends no message; a
 * relevant story after the first megabyte of a 5 MB page is still found; and a feed or
 * single-page app that adds or swaps stories in several steps is analysed once per story.
 * Messages are counted by a listener in an extension page, which hears every runtime message a
 * content script sends, as the background does.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { GATE_SCRIPT_PATH, LENS_MODULE_PATH, UI_MODULE_PATH } from '../../src/content/paths';
import { hugePage, RELEVANT_STORY, unrelatedPage } from '../shared/generated-pages';
import { describeEachBrowser, type ExtensionSession, extensionDir } from './harness';
import type { FixtureServer } from './harness/fixture-server';
import type { PageHandle } from './harness/page-handle';
import { outputDir } from './harness/paths';

const HOST = 'dprk-labor-lens';
const LOADED = 'data-test-lens-module-loaded';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A copy of the build whose lens and card UI modules only mark the page when they are loaded,
 * so a test can see whether the gate imported anything. The gate itself is the built one.
 */
function markedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lens-marked-'));
  cpSync(outputDir(), dir, { recursive: true });
  const marker = `export function startLens() { document.documentElement.setAttribute('${LOADED}', 'yes'); }\nexport const css = '';\n`;
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    for (const path of [LENS_MODULE_PATH, UI_MODULE_PATH]) {
      writeFileSync(join(dir, target, path), marker);
    }
  }
  return dir;
}

function routePage(server: FixtureServer, path: string, html: string): string {
  server.route('GET', path, () => ({
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  }));
  return server.url(path);
}

/** The analyzePage requests content scripts send from now on, heard in an extension page. */
async function listenForAnalyses(session: ExtensionSession) {
  const listener = await session.openExtensionPage('options.html');
  await listener.evaluate(() => {
    type Runtime = { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    const api = scope.browser ?? scope.chrome;
    const seen: string[] = [];
    (window as unknown as { __analyses: string[] }).__analyses = seen;
    // Returns nothing, so the background's own listener answers.
    api?.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; data?: { text?: string } };
      if (m?.type === 'analyzePage') seen.push(m.data?.text ?? '');
    });
  });
  return {
    texts: () =>
      listener.evaluate(() => (window as unknown as { __analyses: string[] }).__analyses),
    count: async () =>
      (await listener.evaluate(() => (window as unknown as { __analyses: string[] }).__analyses))
        .length,
  };
}

/** Waits until `count()` reaches `wanted`, then a while longer, and returns the final count. */
async function settledCount(count: () => Promise<number>, wanted: number): Promise<number> {
  const deadline = Date.now() + 30_000;
  while ((await count()) < wanted && Date.now() < deadline) await sleep(200);
  // Long enough for a second, unwanted request to arrive: the DOM watcher waits for quiet,
  // and the address is compared once a second.
  await sleep(2500);
  return count();
}

/**
 * Whether the marked build's lens module marked the page, on `<html>`, which not every
 * driver's selector engine matches, so it is read in the page.
 */
const lensLoaded = (page: PageHandle) =>
  page.evaluate((name) => document.documentElement.hasAttribute(name), LOADED);

const overlay = (page: PageHandle) =>
  page.evaluate(() => ({
    hosts: document.querySelectorAll('dprk-labor-lens').length,
    highlights: CSS.highlights.size,
  }));

describeEachBrowser(
  'the gate alone on pages that do not name North Korea',
  (ctx) => {
    it('is the only script the manifest injects, small, with the lens and card UI web-accessible', () => {
      const dir = extensionDir(ctx.browser);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts: { js: string[] }[];
        web_accessible_resources: (string | { resources: string[] })[];
      };
      expect(manifest.content_scripts.map((c) => c.js)).toEqual([[GATE_SCRIPT_PATH]]);
      const exposed = manifest.web_accessible_resources.flatMap((r) =>
        typeof r === 'string' ? [r] : r.resources,
      );
      expect(exposed.sort()).toEqual([LENS_MODULE_PATH, UI_MODULE_PATH]);
      const gzipped = gzipSync(readFileSync(join(dir, GATE_SCRIPT_PATH)), { level: 9 }).length;
      expect(gzipped).toBeLessThanOrEqual(20 * 1024);
    });

    it('imports the lens module on a page that names North Korea', async () => {
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
      const deadline = Date.now() + 30_000;
      while (!(await lensLoaded(page)) && Date.now() < deadline) await sleep(100);
      expect(await lensLoaded(page)).toBe(true);
    });

    it('loads nothing else on a page that names it nowhere, however long it waits', async () => {
      const page = await ctx.session.newPage();
      await page.goto(routePage(ctx.server, '/gate/unrelated.html', unrelatedPage()));
      await sleep(3000);
      expect(await lensLoaded(page)).toBe(false);
      expect(await page.count(HOST)).toBe(0);
    });
  },
  { outDir: markedBuild() },
);

describeEachBrowser('page analysis requests', (ctx) => {
  it('a page that names North Korea nowhere sends no message', async () => {
    const analyses = await listenForAnalyses(ctx.session);
    const page = await ctx.session.newPage();
    await page.goto(routePage(ctx.server, '/requests/unrelated.html', unrelatedPage()));
    await sleep(3000);
    expect(await analyses.count()).toBe(0);
    expect(await overlay(page)).toEqual({ hosts: 0, highlights: 0 });
  });

  it('finds a relevant story after the first megabyte of a 5 MB page, in one request', async () => {
    const analyses = await listenForAnalyses(ctx.session);
    const page = await ctx.session.newPage();
    await page.goto(routePage(ctx.server, '/requests/huge.html', hugePage(5_000_000, 1_000_000)));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 50_000 });
    expect(await settledCount(analyses.count, 1)).toBe(1);
    const [text] = await analyses.texts();
    expect(text).toContain(RELEVANT_STORY[0]);
    // Only the part around the story was sent, not the page's megabytes.
    expect(text?.length).toBeLessThan(300_000);
    expect((await overlay(page)).highlights).toBe(1);
    // Colouring the terms restyles every element of the page (about half a second here), so
    // on a page this size that waits until the user opens a term from the panel.
    const adoptedSheets = () => page.evaluate(() => document.adoptedStyleSheets.length);
    expect(await adoptedSheets()).toBe(0);
    await page.click(`${HOST} >>> .toggle`);
    await page.click(`${HOST} >>> .term-list summary`);
    // The term list says why the terms are not coloured yet, and stops saying it once they are.
    await page.waitFor(`${HOST} >>> .terms-note`, { state: 'visible' });
    await page.click(`${HOST} >>> .terms button`);
    await page.waitFor(`${HOST} >>> .floating .card`, { state: 'visible' });
    expect(await adoptedSheets()).toBe(1);
    expect(await page.count(`${HOST} >>> .terms-note`)).toBe(0);
    await page.screenshot(`${ctx.browser}/huge-page-overlay.png`);
  });

  it('analyses a feed once per story it appends in several steps, and an app view once per navigation', async () => {
    const analyses = await listenForAnalyses(ctx.session);
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/dynamic/feed.html'));
    await sleep(1500);
    expect(await analyses.count()).toBe(0);
    const rendered = (n: number) =>
      page.evaluate(
        (wanted) => (window as unknown as { renderedStories: number }).renderedStories >= wanted,
        n,
      );
    const append = async (id: string, stories: number) => {
      await page.evaluate((story) => {
        (window as unknown as { appendStory(id: string): void }).appendStory(story);
      }, id);
      while (!(await rendered(stories))) await sleep(50);
    };
    await append('route', 2);
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    expect(await settledCount(analyses.count, 1)).toBe(1);
    await append('rason', 3);
    expect(await settledCount(analyses.count, 2)).toBe(2);
    // A story that names North Korea nowhere adds nothing to analyse.
    await append('marathon', 4);
    expect(await settledCount(analyses.count, 2)).toBe(2);
    await page.evaluate(() => {
      (window as unknown as { openStory(id: string): void }).openStory('rason');
    });
    while (!(await rendered(5))) await sleep(50);
    expect(await settledCount(analyses.count, 3)).toBe(3);
    expect(await overlay(page)).toEqual({ hosts: 1, highlights: 1 });
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
