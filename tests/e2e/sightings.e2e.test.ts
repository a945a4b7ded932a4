/**
 * Sightings in real Chromium and Firefox: select text on a fixture page, report it through the
 * report window, see it in the journal, export every format, import the JSON into a fresh
 * profile and get identical records; two windows saving at once; delete and undo.
 *
 * The context-menu click itself cannot be driven in headless browsers. The test runs the same
 * injected function ({@link capturePage}) in the page and sends the same `openReport`
 * request the menu handler builds, from the page's content-script world (the only context the
 * background takes it from), so everything after the click is the real code path.
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { capturedPageDate, capturePage } from '../../src/background/capture-selection';
import type { ReportRequest } from '../../src/messaging/protocol';
import { DATE_META_SELECTOR } from '../../src/page/date-hints';
import type { Sighting } from '../../src/sightings/model';
import {
  type BrowserTestContext,
  describeEachBrowser,
  launchExtension,
  type PageHandle,
} from './harness';
import { reportWindow } from './popup-helpers';

const FIXTURE = '/fixtures/sightings/en-station-report.html';
const QUOTE = 'about 200 North Korean workers boarded a train in Dandong';

/** Anything with `evaluate(fn, arg)`: a harness page, a Playwright or a Puppeteer page. */
interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown>;
}

/** Sets form inputs by id the way a user would (input and change events), in the page. */
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

/** Clicks the first button whose text starts with `label`. */
async function clickButton(page: Evaluator, label: string): Promise<void> {
  await page.evaluate((text: string) => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      (b.textContent ?? '').trim().startsWith(text),
    );
    if (!button) throw new Error(`no button "${text}"`);
    button.click();
  }, label);
}

/** Resolves once `predicate` holds in the page (polling; both drivers). */
async function until(page: Evaluator, predicate: (arg: string) => boolean, arg = '', ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await page.evaluate(predicate, arg).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${predicate.toString().slice(0, 120)}`);
}

const bodyHas = (text: string) => document.body.textContent?.includes(text) ?? false;

/** Selects the quote on the fixture page and builds the request as the menu handler does. */
async function selectAndCapture(
  ctx: BrowserTestContext,
): Promise<{ request: ReportRequest; page: PageHandle }> {
  const page = await ctx.session.newPage();
  await page.goto(ctx.server.url(FIXTURE));
  await page.evaluate((quote: string) => {
    const node = document.getElementById('lead')?.firstChild as Text;
    const start = node.data.indexOf(quote);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + quote.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, QUOTE);
  const captured = await page.evaluate(capturePage, DATE_META_SELECTOR);
  if (!captured.quote) throw new Error('nothing captured');
  const request: ReportRequest = {
    url: captured.url,
    title: captured.title,
    lang: captured.lang,
    quote: captured.quote,
    textSha256: createHash('sha256').update(captured.text).digest('hex'),
    factIds: [],
    ...capturedPageDate(captured),
  };
  return { request, page };
}

describeEachBrowser(
  'sightings',
  (ctx) => {
    let recorded: Sighting[] = [];

    it('captures a selection as quote, context, offsets and page date', async () => {
      const { request } = await selectAndCapture(ctx);
      expect(request.quote.exact).toBe(QUOTE);
      expect(request.quote.prefix.endsWith('on March 9 ')).toBe(true);
      expect(request.quote.suffix.startsWith('\n        bound for Russia')).toBe(true);
      expect((request.quote.end ?? 0) - (request.quote.start ?? 0)).toBe(QUOTE.length);
      expect(request).toMatchObject({ pageDate: '2026-03-12', pageDateFrom: 'meta' });
      expect(request.title).toBe('Workers seen boarding at Dandong station');
    });

    it('reports the selection in the report window and lists it in the journal', async () => {
      const { request, page } = await selectAndCapture(ctx);
      // From the page's content-script world, where the background accepts this request.
      await ctx.session.sendFromContentScript(page, 'openReport', request);
      const form = await reportWindow(ctx.session);
      await until(form, () => document.getElementById('observed-date') !== null);
      await until(form, bodyHas, 'Fingerprint of the page text');
      await until(form, bodyHas, request.textSha256);
      await until(form, bodyHas, 'of the page’s text');
      expect(await form.evaluate(() => document.querySelector('h1')?.textContent, undefined)).toBe(
        'Report a sighting',
      );
      // Extracted values are offered, not filled: the user presses them.
      await until(form, bodyHas, 'Use 9 March 2026 (year from the page’s date)');
      expect(
        await form.evaluate(
          () => (document.getElementById('observed-date') as HTMLInputElement).value,
          undefined,
        ),
      ).toBe('');
      await clickButton(form, 'Fill in every first suggestion');
      await until(
        form,
        bodyHas,
        'it was taken from the page’s date (its published time, 12 March 2026)',
      );
      await fill(form, { 'route-leg': 'Dandong → Vladivostok', confidence: 'single-source' });
      await until(form, bodyHas, 'Known place: Dandong (city)');
      await (form as unknown as { screenshot(o: object): Promise<unknown> })
        .screenshot({
          path: `test-results/${ctx.browser}/sightings-report-form.png`,
          fullPage: true,
        })
        .catch(() => undefined);
      await clickButton(form, 'Save sighting');
      await until(form, bodyHas, 'Saved to the journal');
      await form.close();

      recorded = await ctx.session.sendToBackground<Sighting[]>('listSightings');
      expect(recorded).toHaveLength(1);
      const [saved] = recorded;
      expect(saved?.quote).toEqual(request.quote);
      expect(saved?.page).toMatchObject({
        url: request.url,
        lang: 'en',
        pageDate: '2026-03-12',
        pageDateFrom: 'meta',
        textCaptured: true,
        textSha256: request.textSha256,
      });
      expect(saved?.place).toEqual({ name: 'Dandong', placeId: 'dandong' });
      expect(saved?.count).toMatchObject({ kind: 'approximate', value: 200 });
      expect(saved?.observed).toEqual({
        date: '2026-03-09',
        precision: 'day',
        inferredYear: true,
        yearFrom: { source: 'page-date', date: '2026-03-12' },
      });
      expect(saved?.direction).toBe('to-russia');
      expect(saved?.routeLeg).toBe('Dandong → Vladivostok');

      const journal = await ctx.session.openExtensionPage('journal.html');
      await journal.waitFor('article.sighting', { state: 'visible' });
      expect(await journal.text('article.sighting h3')).toContain('Dandong');
      await journal.screenshot(`${ctx.browser}/sightings-journal.png`);
    });

    it('exports all four formats as downloads and imports the JSON into a fresh profile', async () => {
      const journal = await ctx.session.openExtensionPage('journal.html');
      await journal.waitFor('article.sighting', { state: 'visible' });
      // Keep each Blob the page offers as a download, to read it back.
      await journal.evaluate(() => {
        const keep = URL.createObjectURL.bind(URL);
        const blobs: Blob[] = [];
        (window as unknown as { blobs: Blob[] }).blobs = blobs;
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          blobs.push(blob as Blob);
          return keep(blob);
        };
      });
      for (const label of [
        'Export JSON',
        'Export CSV',
        'Export GeoJSON',
        'Export Web Annotation',
      ]) {
        await clickButton(journal, label);
      }
      const [json, csv, geojson, annotations] = (await journal.evaluate(() =>
        Promise.all((window as unknown as { blobs: Blob[] }).blobs.map((b) => b.text())),
      )) as string[];
      const doc = JSON.parse(json ?? '');
      expect(doc).toMatchObject({ format: 'dprk-labor-lens/sightings', version: 2 });
      expect(doc.sightings).toEqual(recorded);
      expect(csv?.split('\r\n')[1]).toContain(QUOTE);
      expect(JSON.parse(geojson ?? '').features[0].geometry.type).toBe('Point');
      expect(JSON.stringify(JSON.parse(annotations ?? ''))).toContain('TextQuoteSelector');

      const fresh = await launchExtension(ctx.browser, {});
      try {
        const empty = await fresh.openExtensionPage('journal.html');
        await empty.waitFor('#import-file', { state: 'attached' });
        await chooseFile(empty, 'sightings.json', json ?? '');
        await until(empty, bodyHas, 'Imported sightings.json: 1 added');
        expect(await fresh.sendToBackground('listSightings')).toEqual(recorded);
      } finally {
        await fresh.close();
      }
    }, 150_000); // launches a second browser

    it('refuses a file with a bad record, names it and imports nothing', async () => {
      const journal = await ctx.session.openExtensionPage('journal.html');
      await journal.waitFor('#import-file', { state: 'attached' });
      const good = { ...recorded[0], id: '11111111-1111-4111-8111-111111111111' };
      const bad = {
        ...recorded[0],
        id: '22222222-2222-4222-8222-222222222222',
        count: { kind: 'exact' },
      };
      const file = JSON.stringify({
        format: 'dprk-labor-lens/sightings',
        version: 2,
        sightings: [good, bad],
      });
      await chooseFile(journal, 'broken.json', file);
      await until(journal, bodyHas, 'Nothing was imported from broken.json');
      expect(await journal.text('.import-errors li')).toContain(
        'Record 2 (id 22222222-2222-4222-8222-222222222222), field "count"',
      );
      expect(await ctx.session.sendToBackground('listSightings')).toEqual(recorded);
    });

    it('keeps both records when two report windows save at the same moment', async () => {
      const link = (n: number) =>
        `report.html?url=${encodeURIComponent(`https://news.example/${n}`)}&title=Story&quote=${encodeURIComponent(`Quote number ${n}`)}`;
      const [a, b] = await Promise.all([1, 2].map((n) => ctx.session.openExtensionPage(link(n))));
      for (const form of [a, b]) {
        if (!form) throw new Error('no form');
        await form.waitFor('#observed-date', { state: 'visible' });
        await until(form, bodyHas, 'Fingerprint of the quote');
        await fill(form, {
          'observed-date': '2026-03',
          'observed-precision': 'month',
          place: 'Vladivostok',
        });
      }
      await Promise.all([a, b].map((form) => form && clickButton(form, 'Save sighting')));
      for (const form of [a, b]) if (form) await until(form, bodyHas, 'Saved to the journal');
      // And a burst of saves from two pages, each read-modify-write racing the others.
      const pages = [a, b];
      await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          ctx.session.sendToBackground(
            'saveSighting',
            {
              ...recorded[0],
              id: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
            },
            pages[n % 2],
          ),
        ),
      );
      const all = await ctx.session.sendToBackground<Sighting[]>('listSightings');
      expect(all.filter((s) => s.page.url.startsWith('https://news.example/'))).toHaveLength(2);
      expect(all.filter((s) => s.id.startsWith('33333333'))).toHaveLength(20);
      expect(all).toHaveLength(23);
    });

    it('deletes with undo, warns about duplicates and searches', async () => {
      const journal = await ctx.session.openExtensionPage('journal.html');
      await journal.waitFor('article.sighting', { state: 'visible' });
      await until(journal, bodyHas, 'Same page and quote as');
      await fill(journal, { 'journal-search': 'Quote number 2' });
      await until(
        journal,
        () =>
          document.querySelector('article.sighting blockquote')?.textContent === 'Quote number 2',
      );
      await clickButton(journal, 'Delete');
      await until(journal, bodyHas, 'Deleted the sighting');
      expect(await ctx.session.sendToBackground<Sighting[]>('listSightings')).toHaveLength(22);
      await clickButton(journal, 'Undo');
      await until(journal, bodyHas, 'Restored.');
      expect(await ctx.session.sendToBackground<Sighting[]>('listSightings')).toHaveLength(23);
    });

    it('edits a sighting in the same form, keeping its evidence and moving updatedAt', async () => {
      const [original] = recorded;
      if (!original) throw new Error('no recorded sighting');
      const journal = await ctx.session.openExtensionPage('journal.html');
      await journal.waitFor(`article[data-id="${original.id}"]`, { state: 'visible' });
      await journal.evaluate((id: string) => {
        const edit = document.querySelector(`article[data-id="${id}"] button`) as HTMLButtonElement;
        edit.click();
      }, original.id);
      await journal.waitFor('.editing #notes', { state: 'visible' });
      await fill(journal, {
        notes: 'Confirmed by a second outlet',
        confidence: 'confirmed',
        'route-leg': '',
      });
      await clickButton(journal, 'Save changes');
      await until(journal, bodyHas, 'Changes saved.');
      const list = await ctx.session.sendToBackground<Sighting[]>('listSightings');
      const edited = list.find((s) => s.id === original.id);
      expect(edited).toMatchObject({
        notes: 'Confirmed by a second outlet',
        confidence: 'confirmed',
      });
      expect(edited?.routeLeg).toBeUndefined();
      expect(edited?.quote).toEqual(original.quote);
      expect(edited?.page).toEqual(original.page);
      expect(edited?.createdAt).toBe(original.createdAt);
      expect(Date.parse(edited?.updatedAt ?? '')).toBeGreaterThan(Date.parse(original.updatedAt));
    });

    it('logged no console errors in pages or the background', () => {
      expect(ctx.session.consoleErrors()).toEqual([]);
    });
  },
  { contentScriptAccess: true },
);

/** Puts a file into `#import-file` and fires `change`, as choosing it in the dialog does. */
async function chooseFile(page: Evaluator, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, contents]: [string, string]) => {
      const input = document.getElementById('import-file') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, text],
  );
}
