/**
 * What leaves the browser, recorded by a proxy that all of the browser's traffic goes through
 * (see harness/egress-proxy.ts), while a user browses relevant and irrelevant pages, opens the
 * popup, reports a sighting from a card, exports the journal and finally shares the sighting:
 * nothing goes anywhere but the pages the user opened, and the share, once sent, to the endpoint
 * the user set (on another origin than the pages, `localhost` against the pages' `127.0.0.1`).
 *
 * Firefox's own services are turned off for this (harness/firefox.ts), so every request the
 * proxy records is a page's or the extension's. Chromium keeps calling a few Google services of
 * its own (sign-in, push check-in) whatever the flags; there Playwright's network events, which
 * cover every page, extension page and the extension's service worker, tell the extension's
 * requests from the browser's.
 */
import { expect, it } from 'vitest';
import type { Sighting } from '../../src/sightings/model';
import { describeEachBrowser, type PageHandle } from './harness';

const HOST = 'dprk-labor-lens';

type Evaluator = { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown> };

/** Waits until `text` shows inside `scope` of the page. */
async function until(page: Evaluator, text: string, scope = 'body', ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const has = await page
      .evaluate(
        ([t, sel]: [string, string]) =>
          document.querySelector(sel)?.textContent?.includes(t) ?? false,
        [text, scope],
      )
      .catch(() => false);
    if (has) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for "${text}"`);
}

/** Clicks the first button in `scope` whose text starts with `label` (an extension page). */
async function clickButton(page: Evaluator, label: string, scope = 'body'): Promise<void> {
  await page.evaluate(
    ([text, sel]: [string, string]) => {
      const root = document.querySelector(sel) ?? document.body;
      const button = [...root.querySelectorAll('button')].find((b) =>
        (b.textContent ?? '').trim().startsWith(text),
      );
      if (!button) throw new Error(`no button "${text}"`);
      button.click();
    },
    [label, scope],
  );
}

/** Sets form fields by id as a user would (input and change events). */
async function fill(page: Evaluator, values: Record<string, string>): Promise<void> {
  await page.evaluate((entries: Array<[string, string]>) => {
    for (const [id, value] of entries) {
      const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
      if (!el) throw new Error(`no #${id}`);
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    }
  }, Object.entries(values));
}

/** The report window the background opened, found through the driver. */
async function reportWindow(page: PageHandle): Promise<Evaluator & { close(): Promise<void> }> {
  const raw = page.raw as {
    context?: () => { pages(): Evaluator[] };
    browser?: () => { pages(): Promise<Evaluator[]> };
  };
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const pages = raw.context ? raw.context().pages() : await (raw.browser?.().pages() ?? []);
    for (const candidate of pages as Array<Evaluator & { close(): Promise<void> }>) {
      const url = await candidate.evaluate(() => location.href, undefined).catch(() => '');
      if (String(url).includes('report.html?request=')) return candidate;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the report window did not open');
}

/** A request as `method URL`. */
const line = (method: string, url: string) => `${method} ${url}`;

describeEachBrowser(
  'privacy: what leaves the browser',
  (ctx) => {
    it('browsing, the popup, reporting and exporting send nothing; a share goes only to the endpoint the user set, after Send', async () => {
      const endpoint = ctx.server.url('/share').replace('127.0.0.1', 'localhost');
      ctx.server.route('POST', '/share', () => ({ status: 201, body: { stored: true } }));
      const first = await ctx.session.newPage();
      // Chromium: every request of the pages, extension pages and service worker, as Playwright
      // reports them (it also sees the extension's own files, which never leave the browser).
      const attributed: string[] = [];
      const context = (
        first.raw as {
          context?: () => {
            on(e: 'request', f: (r: { method(): string; url(): string }) => void): void;
          };
        }
      ).context?.();
      context?.on('request', (r) => attributed.push(line(r.method(), r.url())));

      const visited = [
        '/fixtures/en-dandong-route.html',
        '/fixtures/ko-russia-workers.html',
        '/fixtures/en-missile-test.html',
        '/fixtures/ja-haken-law.html',
        '/demo/index.html',
      ];
      for (const path of visited) {
        await first.goto(ctx.server.url(path));
        await new Promise((resolve) => setTimeout(resolve, 800));
      }
      const popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitFor('[role="option"]');

      // Report a sighting from a card of a relevant page, through the real report window.
      const article = await ctx.session.newPage();
      await article.goto(ctx.server.url(visited[0] as string));
      await article.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
      await article.click(`${HOST} >>> .toggle`);
      await article.click(`${HOST} >>> .panel .card .actions button`);
      const form = await reportWindow(article);
      await until(form, 'Fingerprint of the page text');
      await clickButton(form, 'Fill in every first suggestion');
      await fill(form, { 'observed-date': '2017-03-09', confidence: 'single-source' });
      await clickButton(form, 'Save sighting');
      await until(form, 'Saved to the journal');
      await form.close();
      const [saved] = await ctx.session.sendToBackground<Sighting[]>('listSightings');
      expect(saved?.page.url).toBe(ctx.server.url(visited[0] as string));

      // Export every format (downloads made in the page, from blobs).
      const journal = await ctx.session.openExtensionPage('journal.html');
      await journal.waitFor('article.sighting', { state: 'visible' });
      for (const label of ['Export JSON', 'Export CSV', 'Export GeoJSON', 'Export Web Annotation'])
        await clickButton(journal, label);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const beforeShare = ctx.egress.requests.length;
      expect(ctx.egress.requests.filter((r) => r.url.startsWith(endpoint))).toEqual([]);

      // The user sets the endpoint and presses Send.
      await journal.click('details.sharing summary');
      await journal.fill('#endpoint', endpoint);
      await journal.click('details.sharing .row button');
      await until(journal, 'Sightings you send go to');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(ctx.egress.requests.filter((r) => r.url.startsWith(endpoint))).toEqual([]);
      await clickButton(journal, 'Send', `article[data-id="${saved?.id}"]`);
      await until(journal, 'Sent ', `article[data-id="${saved?.id}"]`);

      const pageOrigin = ctx.server.origin;
      const allowed = (url: string) => url.startsWith(`${pageOrigin}/`) || url === endpoint;
      const ownOfBrowser =
        ctx.browser === 'chromium'
          ? (method: string, url: string) =>
              !attributed.some(
                (a) =>
                  a === line(method, url) ||
                  (method === 'CONNECT' && a.includes(url.replace(/:443$/, ''))),
              )
          : () => false;
      const left = ctx.egress.requests.filter((r) => !ownOfBrowser(r.method, r.url));
      expect(left.filter((r) => !allowed(r.url)).map((r) => line(r.method, r.url))).toEqual([]);
      // Every request of a page, extension page or background in Chromium stayed in the browser or went to an allowed address.
      const web = attributed.filter((a) => /^\S+ https?:/.test(a));
      expect(web.filter((a) => !allowed(a.slice(a.indexOf(' ') + 1)))).toEqual([]);
      // The pages' server got only the pages the user opened: the extension sent it nothing.
      const toPages = left.filter((r) => r.url.startsWith(`${pageOrigin}/`));
      for (const r of toPages) {
        expect(r.method).toBe('GET');
        expect([...visited, '/favicon.ico']).toContain(new URL(r.url).pathname);
      }
      // The share went out after Send only, to the endpoint, with the sighting.
      const shares = ctx.egress.requests.filter((r) => r.url === endpoint);
      expect(shares.map((r) => r.method)).toContain('POST');
      expect(
        ctx.egress.requests.indexOf(shares[0] as (typeof shares)[number]),
      ).toBeGreaterThanOrEqual(beforeShare);
      const posted = ctx.server.requestsTo('/share').filter((r) => r.method === 'POST');
      expect(posted).toHaveLength(1);
      expect(JSON.parse(String(posted[0]?.body)).sighting).toEqual(saved);
      if (ctx.browser === 'chromium') {
        const own = [
          ...new Set(
            ctx.egress.requests
              .filter((r) => ownOfBrowser(r.method, r.url))
              .map((r) => new URL(r.url).host),
          ),
        ];
        console.log(
          `Chromium's own requests (no page, extension page or worker made them): ${own.join(', ') || 'none'}`,
        );
      }
    }, 120_000);

    it('logged no console errors', () => {
      expect(ctx.session.consoleErrors()).toEqual([]);
    });
  },
  { egress: true },
);
