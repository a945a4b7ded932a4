/**
 * Pages that work against the extension, or just make its life hard (tests/fixtures/pages/
 * hostile/): one that hides, restyles, moves and removes the host; one that floods the DOM with
 * mutations; one that breaks the built-ins of its own script world; one with a strict Content
 * Security Policy; frames of every kind; a rich-text editor; a framework owning the whole
 * document; look-alike `<dprk-labor-lens>` elements; synthetic clicks and keys at the overlay and
 * messages imitating the extension. Each time the page keeps working, and the page can neither
 * read the journal nor make the extension save, send or show anything it did not decide to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Sighting } from '../../src/sightings/model';
import { sampleSighting } from '../unit/store/sample';
import { type BrowserTestContext, describeEachBrowser, type PageHandle } from './harness';
import { repoRoot } from './harness/paths';

const HOST = 'dprk-labor-lens';
const TOGGLE = `${HOST} >>> .toggle`;

/** Polls `fn` in the page until `wanted` holds; returns the last value either way. */
async function poll<T>(
  page: PageHandle,
  fn: () => T,
  wanted: (value: Awaited<T>) => boolean,
  ms = 20_000,
): Promise<Awaited<T> | undefined> {
  const deadline = Date.now() + ms;
  let last: Awaited<T> | undefined;
  do {
    last = await page.evaluate(fn).catch(() => undefined);
    if (last !== undefined && wanted(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  } while (Date.now() < deadline);
  return last;
}

/** The extension's host as the page sees it: where it is, its attributes, whether it shows. */
function hostState() {
  const hosts = [...document.querySelectorAll('dprk-labor-lens')].filter(
    (h) => h.shadowRoot?.querySelector('.lens-root') && !h.id,
  );
  const host = hosts[0] as HTMLElement | undefined;
  const toggle = host?.shadowRoot?.querySelector('.toggle') as HTMLElement | null | undefined;
  const box = toggle?.getBoundingClientRect();
  const hit = box
    ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    : null;
  const style = host ? getComputedStyle(host) : null;
  return {
    hosts: hosts.length,
    onHtml: host?.parentNode === document.documentElement,
    attributes: host?.getAttributeNames() ?? [],
    open: host?.matches(':popover-open') ?? false,
    display: style?.display,
    opacity: style?.opacity,
    visibility: style?.visibility,
    panelBackground: (() => {
      const panel = host?.shadowRoot?.querySelector('.panel');
      return panel ? getComputedStyle(panel).backgroundColor : null;
    })(),
    toggleOnTop: hit === host,
  };
}

/** Clicks the viewport point at the centre of the first element `selector` finds in the host. */
async function clickInHost(page: PageHandle, selector: string): Promise<void> {
  const point = await page.evaluate((sel: string) => {
    for (const el of document.documentElement.children) {
      if (!el.localName.startsWith('dprk-labor-lens') || el.id) continue;
      const target = el.shadowRoot?.querySelector(sel);
      const box = target?.getBoundingClientRect();
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, selector);
  if (!point) throw new Error(`nothing matches ${selector} in the overlay`);
  const raw = page.raw as { mouse: { click(x: number, y: number): Promise<void> } };
  await raw.mouse.click(point.x, point.y);
}

/** Every tab's URL, from the driver (extension pages the background opened included). */
async function allTabUrls(page: PageHandle): Promise<string[]> {
  type Raw = { url(): string; evaluate(fn: () => string): Promise<string> };
  const raw = page.raw as {
    context?: () => { pages(): Raw[] };
    browser?: () => { pages(): Promise<Raw[]> };
  };
  const pages = raw.context ? raw.context().pages() : await (raw.browser?.().pages() ?? []);
  return Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => p.url())));
}

/** Frames of the page other than the top one: their URL and what the extension left there. */
async function framesState(page: PageHandle) {
  type Frame = { url(): string; evaluate<R>(fn: () => R): Promise<R>; parentFrame(): unknown };
  const raw = page.raw as { frames(): Frame[]; mainFrame(): Frame };
  const main = raw.mainFrame();
  const frames = raw.frames().filter((f) => f !== main);
  return Promise.all(
    frames.map(async (frame) => ({
      url: frame.url(),
      ...(await frame.evaluate(() => ({
        hosts: document.querySelectorAll('[popover], dprk-labor-lens').length,
        highlights: typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.size : 0,
        text: document.body?.textContent?.length ?? 0,
      }))),
    })),
  );
}

const pageVar = <T>(name: string) =>
  new Function(`return window[${JSON.stringify(name)}]`) as () => T;

async function open(ctx: BrowserTestContext, path: string): Promise<PageHandle> {
  const page = await ctx.session.newPage();
  await page.goto(ctx.server.url(`/fixtures/hostile/${path}`));
  return page;
}

describeEachBrowser(
  'hostile pages',
  (ctx) => {
    it('a page that hides, restyles, moves and removes the host: the overlay comes back as it was', async () => {
      const page = await open(ctx, 'restyle.html');
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      const attacks = await poll(page, pageVar<string[]>('__attacks'), (a) => a.length >= 40);
      expect(attacks).toHaveLength(40);
      const state = await poll(
        page,
        hostState,
        (s) => s.open && s.onHtml && s.attributes.length === 1,
      );
      expect(state).toMatchObject({
        hosts: 1,
        onHtml: true,
        attributes: ['popover'],
        open: true,
        display: 'block',
        opacity: '1',
        visibility: 'visible',
        toggleOnTop: true,
      });
      // Still the user's to use, in the extension's own colours.
      await page.click(TOGGLE);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
      expect((await page.evaluate(hostState)).panelBackground).not.toBe('rgb(255, 0, 0)');
      // The page kept working: its timer ticked, its button answers.
      const ticks = await page.evaluate(pageVar<number>('__ticks'));
      await page.click('#page-button');
      expect(await page.evaluate(pageVar<number>('__pageClicks'))).toBe(1);
      expect(await poll(page, pageVar<number>('__ticks'), (t) => t > ticks)).toBeGreaterThan(ticks);
      await page.screenshot(`${ctx.browser}/hostile-restyle.png`);
    });

    it('a page that floods the DOM with mutations finishes its work and gets the overlay', async () => {
      const page = await open(ctx, 'flood.html');
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      const done = await poll(page, pageVar<boolean>('__done'), (d) => d, 60_000);
      expect(done).toBe(true);
      expect(await page.evaluate(pageVar<number>('__mutations'))).toBeGreaterThan(100_000);
      await page.click('#page-button');
      expect(await page.evaluate(pageVar<number>('__pageClicks'))).toBe(1);
      const state = await poll(page, hostsAndHighlights, (s) => s.hosts === 1 && s.highlights > 0);
      expect(state).toEqual({ hosts: 1, highlights: 1 });
    });

    it('a page that breaks the built-ins of its own world: the extension works without them', async () => {
      const page = await open(ctx, 'builtins.html');
      // No evaluation in the page while its built-ins are broken (the drivers' own helpers there
      // need them too): the page marks <body> once it has put them back.
      await page.waitFor('body[data-builtins="restored"]', { timeout: 30_000 });
      expect(await page.evaluate(pageVar<boolean>('__hostWhileBroken'))).toBe(true);
      // Nothing of the extension ran into the page's traps.
      expect(await page.evaluate(pageVar<string>('__trapStacks'))).toBe('');
      expect(await page.evaluate(pageVar<number>('__trapped'))).toBe(0);
      await page.waitFor(TOGGLE);
      expect(await page.evaluate(() => CSS.highlights.has('dprk-labor-lens-term'))).toBe(true);
      // The highlight styles reached the document despite the page's broken arrays.
      const styled = await page.evaluate(() =>
        [...document.adoptedStyleSheets].some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('dprk-labor-lens-term')),
        ),
      );
      expect(styled).toBe(true);
      await page.click(TOGGLE);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
    });

    it('a page whose Content-Security-Policy allows nothing still gets the styled overlay, without violations', async () => {
      // The article without the fixture's own <style>, so every violation would be the extension's.
      const article = readFileSync(
        join(repoRoot, 'tests/fixtures/pages/hostile/frame-article.html'),
        'utf8',
      );
      const html = article.replace(/<style>[^<]*<\/style>/, '');
      ctx.server.route('GET', '/strict/locked.html', () => ({
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy':
            "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
        },
        body: html,
      }));
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url('/strict/locked.html'));
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      await page.click(TOGGLE);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
      const look = await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        const toggle = root?.querySelector('.toggle');
        return {
          radius: toggle ? getComputedStyle(toggle).borderRadius : '',
          highlight: CSS.highlights.has('dprk-labor-lens-term'),
        };
      });
      expect(look.radius).not.toBe('0px');
      expect(look.highlight).toBe(true);
      await page.evaluate(async () => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
      });
      await page.screenshot(`${ctx.browser}/hostile-strict-csp.png`);
    });

    it('frames: only the top document gets the overlay; frames of any origin are left alone', async () => {
      const page = await open(ctx, 'frames.html');
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await page.evaluate(hostsAndHighlights)).hosts).toBe(1);
      const frames = await framesState(page);
      expect(frames.length).toBeGreaterThanOrEqual(4);
      for (const frame of frames)
        expect(frame, frame.url).toMatchObject({ hosts: 0, highlights: 0 });
      expect(frames.some((f) => f.url.startsWith('http://localhost:'))).toBe(true);

      // A page whose only relevant text is in an embedded frame is not relevant itself.
      const embed = await open(ctx, 'frame-only.html');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await embed.evaluate(() => document.querySelectorAll('dprk-labor-lens').length)).toBe(
        0,
      );
      for (const frame of await framesState(embed))
        expect(frame).toMatchObject({ hosts: 0, highlights: 0 });

      // A frameset document: no body text of its own, nothing added, nothing in its frames.
      const frameset = await open(ctx, 'frameset.html');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(
        await frameset.evaluate(() => document.querySelectorAll('dprk-labor-lens').length),
      ).toBe(0);
      const inner = await framesState(frameset);
      expect(inner).toHaveLength(2);
      for (const frame of inner) expect(frame).toMatchObject({ hosts: 0, highlights: 0 });
    });

    it('a rich-text editor: typing keeps working, with a card open and while the page is rescanned', async () => {
      const page = await open(ctx, 'editor.html');
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      // The user opens a card from the panel's term list, then writes a comment that names
      // North Korean workers (so the extension rescans the page as it changes).
      await page.click(TOGGLE);
      await page.click(`${HOST} >>> details.term-list summary`);
      await page.click(`${HOST} >>> .terms button`);
      await page.waitFor(`${HOST} >>> .floating .card`, { state: 'visible' });
      await page.click('#last');
      await page.press('End');
      const typed = ' North Korean workers left Dandong for Russia on Friday, about two hundred.';
      const keyboard = (page.raw as { keyboard: { type(text: string): Promise<void> } }).keyboard;
      for (const chunk of typed.match(/.{1,6}/g) ?? []) {
        await keyboard.type(chunk);
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const after = await page.evaluate(() => ({
        // Editors keep typed spaces as no-break spaces where a plain one would collapse.
        last: document.getElementById('last')?.textContent?.replace(/\u00a0/g, ' '),
        focused: document.activeElement?.id,
        inputs: (window as unknown as { __inputs: number }).__inputs,
        bold: document.querySelector('#last b')?.textContent,
      }));
      expect(after).toEqual({
        last: `Draft ends here.${typed}`,
        focused: 'editor',
        inputs: typed.length,
        bold: 'Dandong',
      });
      // The editor's text is the user's, not the article: nothing in it is marked.
      const markedInEditor = await page.evaluate(() => {
        const highlight = CSS.highlights.get('dprk-labor-lens-term') as unknown as Iterable<Range>;
        const editor = document.getElementById('editor');
        return [...(highlight ?? [])].filter((r) => editor?.contains(r.startContainer)).length;
      });
      expect(markedInEditor).toBe(0);
      // Esc typed in the editor closes the card and leaves the focus where the user is.
      await page.press('Escape');
      await page.press('!');
      expect(await page.count(`${HOST} >>> .floating`)).toBe(0);
      expect(
        await page.evaluate(() =>
          document.getElementById('last')?.textContent?.replace(/\u00a0/g, ' '),
        ),
      ).toBe(`Draft ends here.${typed}!`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    });

    it('a framework that owns the whole document re-renders without errors and the overlay stays', async () => {
      const page = await open(ctx, 'rerender.html');
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      const renders = await poll(page, pageVar<number>('__renders'), (r) => r >= 40, 30_000);
      expect(renders).toBe(40);
      expect(await page.evaluate(pageVar<string[]>('__renderErrors'))).toEqual([]);
      // The framework removed the host again and again; it came back each time, once.
      expect(await page.evaluate(pageVar<number>('__hostsSeen'))).toBeGreaterThan(0);
      const state = await poll(
        page,
        hostsAndHighlights,
        (s) => s.hosts === 1 && s.highlights === 1,
      );
      expect(state).toEqual({ hosts: 1, highlights: 1 });
    });

    it('look-alike <dprk-labor-lens> elements of the page stay untouched and cannot pass for the overlay', async () => {
      const page = await open(ctx, 'lookalike.html');
      const planted = () => {
        const light = document.getElementById('planted-light');
        const shadow = document.getElementById('planted-shadow');
        return {
          light: light?.outerHTML,
          lightParent: light?.parentElement?.localName,
          shadow: shadow?.outerHTML,
          shadowParent: shadow?.parentElement?.id,
          shadowInner: shadow?.shadowRoot?.innerHTML,
        };
      };
      const before = await page.evaluate(planted);
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await page.evaluate(planted)).toEqual(before);
      expect((await page.evaluate(hostsAndHighlights)).hosts).toBe(1);
      // A real click on the imitation reaches only the page's own element.
      await page.click('#planted-shadow >>> .report');
      await page.click('#planted-shadow >>> .toggle');
      expect(await page.evaluate(pageVar<number>('__fakeClicks'))).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await allTabUrls(page)).filter((u) => u.includes('report.html'))).toEqual([]);
      expect(await page.evaluate(planted)).toEqual(before);

      // A page that registered the tag name itself: the overlay takes a name of its own.
      const defined = await open(ctx, 'lookalike-defined.html');
      const own = await poll(
        defined,
        () =>
          [...document.documentElement.children]
            .filter((el) => /^dprk-labor-lens-[0-9a-f]{8}$/.test(el.localName))
            .map((el) => el.shadowRoot?.querySelector('.toggle')?.textContent ?? ''),
        (hosts) => hosts.length === 1 && hosts[0] !== '',
        30_000,
      );
      expect(own).toHaveLength(1);
      expect(own?.[0]).toMatch(/context cards?$/);
      const pageLens = await defined.evaluate(() => {
        const el = document.getElementById('planted');
        return {
          text: el?.shadowRoot?.textContent,
          constructed: (window as unknown as { __constructed: number }).__constructed,
        };
      });
      expect(pageLens.text).toBe('The page’s own lens');
      await clickInHost(defined, '.toggle');
      const cards = await poll(
        defined,
        () =>
          [...document.documentElement.children]
            .filter((el) => el.localName.startsWith('dprk-labor-lens-'))
            .map((el) => el.shadowRoot?.querySelectorAll('.panel .card').length ?? 0)[0] ?? 0,
        (n) => n > 0,
      );
      expect(cards).toBeGreaterThan(0);
    });

    it('synthetic clicks, keys and messages imitating the extension make it do nothing', async () => {
      const kept: Sighting = sampleSighting(401);
      await ctx.session.sendToBackground('saveSighting', kept);
      const journal = await ctx.session.sendToBackground('listSightings');
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      const extensionId =
        ctx.browser === 'chromium'
          ? ctx.session.extensionOrigin.replace('chrome-extension://', '')
          : 'dprk-labor-lens@dprk-labor-lens.github.io';

      // Clicks and keys a page script makes at the control, and at a marked term in the article.
      await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        const toggle = root?.querySelector('.toggle') as HTMLElement;
        toggle.click();
        toggle.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        toggle.focus();
        toggle.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
        );
        toggle.dispatchEvent(
          new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }),
        );
        const highlight = CSS.highlights.get('dprk-labor-lens-term') as unknown as Iterable<Range>;
        for (const range of highlight ?? []) {
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          range.startContainer.parentElement?.dispatchEvent(
            new MouseEvent('click', {
              bubbles: true,
              clientX: rect.left + 2,
              clientY: rect.top + 2,
              button: 0,
            }),
          );
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(
        await page.evaluate(() =>
          document
            .querySelector('dprk-labor-lens')
            ?.shadowRoot?.querySelector('.toggle')
            ?.getAttribute('aria-expanded'),
        ),
      ).toBe('false');
      expect(await page.count(`${HOST} >>> .floating`)).toBe(0);

      // The user opens the panel; the page clicks every button in it.
      await page.click(TOGGLE);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
      await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        for (const button of root?.querySelectorAll('.panel button') ?? [])
          (button as HTMLElement).click();
        for (const summary of root?.querySelectorAll('summary') ?? [])
          (summary as HTMLElement).click();
      });

      // Messages and events imitating the extension and its framework.
      await page.evaluate((id: string) => {
        const started = `${id}:content:wxt:content-script-started`;
        for (const type of ['saveSighting', 'openReport', 'setSharingEndpoint', 'analyzePage'])
          window.postMessage(
            { id: 1, type, data: { note: 'from the page' }, timestamp: Date.now() },
            '*',
          );
        window.postMessage({ type: started, contentScriptName: 'content', messageId: 'page' }, '*');
        document.dispatchEvent(
          new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'page' } }),
        );
        for (let i = 0; i < 50; i++)
          window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      }, extensionId);
      await new Promise((resolve) => setTimeout(resolve, 1500));

      // Nothing happened: panel as the user left it, no card, no report window, journal as it
      // was, and the extension still on (not shut down, not turned off for the site).
      const panel = await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        return {
          open: root?.querySelector('.toggle')?.getAttribute('aria-expanded'),
          cards: root?.querySelectorAll('.panel .card').length ?? 0,
          detailsOpen: [...(root?.querySelectorAll('details') ?? [])].filter(
            (d) => (d as HTMLDetailsElement).open,
          ).length,
        };
      });
      expect(panel.open).toBe('true');
      expect(panel.cards).toBe(7);
      expect(panel.detailsOpen).toBe(0);
      expect(await page.count(`${HOST} >>> .floating`)).toBe(0);
      expect((await allTabUrls(page)).filter((u) => u.includes('report.html'))).toEqual([]);
      expect(await ctx.session.sendToBackground('listSightings')).toEqual(journal);
      expect(await page.evaluate(() => CSS.highlights.has('dprk-labor-lens-term'))).toBe(true);
      await page.click(`${HOST} >>> .panel header button[aria-label="Close panel"]`);
      await page.click(TOGGLE);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
      await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
      await page.waitFor(TOGGLE, { timeout: 30_000 });
    });

    it('the journal stays out of the page: a recorded sighting shows to the user, not to page scripts', async () => {
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      const exact = 'boarding trains for Russia';
      const text = await page.evaluate(() => document.body.textContent ?? '');
      const at = text.indexOf(exact);
      const recorded = {
        ...sampleSighting(402),
        page: {
          ...sampleSighting(402).page,
          url: await page.url(),
        },
        quote: {
          exact,
          prefix: text.slice(at - 32, at),
          suffix: text.slice(at + exact.length, at + exact.length + 32),
          start: at,
          end: at + exact.length,
        },
      };
      const saved = await ctx.session.sendToBackground<{ ok: boolean }>('saveSighting', recorded);
      expect(saved.ok).toBe(true);
      await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
      await page.waitFor(TOGGLE, { timeout: 30_000 });
      await page.click(TOGGLE);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
      // The page reads the whole overlay it can reach: no trace of the recorded sighting.
      const seenByPage = await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        const sealed = root?.querySelector('.sealed');
        return {
          text: root?.textContent ?? '',
          sealedRoot: sealed ? sealed.shadowRoot : 'no sealed element',
        };
      });
      expect(seenByPage.text).not.toContain('You recorded this');
      expect(seenByPage.sealedRoot).toBeNull();
      // The user sees it: the sealed element holds a rendered line (its box has a height), and
      // where the browser lets the extension's own world open a closed root (Chromium's
      // dom.openOrClosedShadowRoot) the line reads as recorded.
      const height = await page.evaluate(
        () =>
          document
            .querySelector('dprk-labor-lens')
            ?.shadowRoot?.querySelector('.sealed')
            ?.getBoundingClientRect().height ?? 0,
      );
      expect(height).toBeGreaterThan(10);
      const seenByExtension = await ctx.session.evaluateInContentScript(page, () => {
        type WithRoots = { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        const api = (globalThis as unknown as { chrome?: WithRoots }).chrome?.dom;
        const sealed = document
          .querySelector('dprk-labor-lens')
          ?.shadowRoot?.querySelector('.sealed');
        if (!api || !sealed) return null;
        return api.openOrClosedShadowRoot(sealed)?.textContent ?? '';
      });
      if (ctx.browser === 'chromium') {
        expect(seenByExtension).toContain('You recorded this on');
        expect(seenByExtension).toContain(exact);
      }
      await page.screenshot(`${ctx.browser}/hostile-recorded.png`);
    });

    it('logged no console errors', () => {
      // Firefox reports the strict page's CSP refusing the browser's own favicon request.
      const errors = ctx.session
        .consoleErrors()
        .filter((e) => !(e.url.includes('/strict/') && e.text.includes('/favicon.ico')));
      expect(errors).toEqual([]);
    });
  },
  { contentScriptAccess: true },
);

/** The extension's hosts (the page's own look-alikes carry ids) and highlights, in the page. */
function hostsAndHighlights() {
  return {
    hosts: [...document.querySelectorAll('dprk-labor-lens')].filter(
      (h) => !h.id && h.shadowRoot?.querySelector('.lens-root'),
    ).length,
    highlights: CSS.highlights.size,
  };
}
