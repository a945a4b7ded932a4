/**
 * Using the overlay: the collapsed control, the panel with the page's ranked cards (the
 * meeting card flags its "Russia and China" correction, one click away), opening each marked
 * term's own card from the term list and by clicking it in the text, Esc returning focus,
 * keystrokes kept from the page.
 * Screenshots of the collapsed and open overlay are kept under test-results/<browser>/.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';
import type { PageHandle } from './harness/page-handle';

const HOST = 'dprk-labor-lens';

/** What is focused inside the overlay's shadow root, as text. */
function focusedInOverlay(): string | null {
  const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
  const active = root?.activeElement as HTMLElement | null | undefined;
  return active ? `${active.className}|${active.textContent ?? ''}` : null;
}

/** The viewport centre of the first highlighted range whose text is `term`. */
function pointOfTerm(term: string): { x: number; y: number } | null {
  const highlight = CSS.highlights.get('dprk-labor-lens-term') as unknown as Iterable<Range>;
  for (const range of highlight ?? []) {
    if (range.toString() !== term) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

async function clickAt(page: PageHandle, point: { x: number; y: number }): Promise<void> {
  const raw = page.raw as { mouse: { click(x: number, y: number): Promise<void> } };
  await raw.mouse.click(point.x, point.y);
}

describeEachBrowser('overlay interaction', (ctx) => {
  it('opens the panel, shows ranked cards with the meeting correction one click away; screenshots', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor(`${HOST} >>> .toggle`, { state: 'visible', timeout: 30_000 });
    expect(await page.text(`${HOST} >>> .toggle`)).toMatch(/^\d+ context cards?$/);
    await page.screenshot(`${ctx.browser}/overlay-collapsed.png`);
    await page.click(`${HOST} >>> .toggle`);
    const meeting = `${HOST} >>> .panel [data-fact="meeting-7th-jwg-2017"]`;
    await page.waitFor(`${meeting} .badge.fix`, { state: 'visible' });
    await page.click(`${meeting} details.more summary`);
    await page.waitFor(`${meeting} .correction`, { state: 'visible' });
    expect(await page.text(`${meeting} .correction`)).toContain('Russia and China');
    const topics = await page.evaluate(() => [
      ...new Set(
        [
          ...(document
            .querySelector('dprk-labor-lens')
            ?.shadowRoot?.querySelectorAll('.panel li[data-topic]') ?? []),
        ].map((li) => li.getAttribute('data-topic')),
      ),
    ]);
    expect(topics.length).toBeGreaterThan(1);
    const links = await page.evaluate(() =>
      [
        ...(document.querySelector('dprk-labor-lens')?.shadowRoot?.querySelectorAll('.sources a') ??
          []),
      ].map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toBe('_blank noopener noreferrer');
    await page.screenshot(`${ctx.browser}/overlay-open.png`);
    if (ctx.browser === 'chromium') {
      const raw = page.raw as { emulateMedia(o: { colorScheme: 'dark' }): Promise<void> };
      await raw.emulateMedia({ colorScheme: 'dark' });
      const background = await page.evaluate(() => {
        const panel = document
          .querySelector('dprk-labor-lens')
          ?.shadowRoot?.querySelector('.panel');
        return panel ? getComputedStyle(panel).backgroundColor : null;
      });
      expect(background).toBe('rgb(30, 33, 38)');
      await page.screenshot(`${ctx.browser}/overlay-open-dark.png`);
    }
  });

  it('opens a card from the term list; Esc closes it and returns focus to the term', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.click(`${HOST} >>> .toggle`);
    await page.click(`${HOST} >>> .term-list summary`);
    // An article-sized page has its terms coloured from the start: no note on that.
    expect(await page.count(`${HOST} >>> .terms-note`)).toBe(0);
    await page.click(`${HOST} >>> .terms button`);
    await page.waitFor(`${HOST} >>> .floating .card`, { state: 'visible' });
    expect(await page.evaluate(focusedInOverlay)).toMatch(/^floating\|/);
    // The card fades in; the screenshot shows it settled.
    await page.evaluate(() =>
      Promise.all(
        (document.querySelector('dprk-labor-lens')?.shadowRoot?.getAnimations() ?? []).map(
          (animation) => animation.finished,
        ),
      ).then(() => undefined),
    );
    await page.screenshot(`${ctx.browser}/overlay-card.png`);
    await page.press('Escape');
    await page.waitFor(`${HOST} >>> .floating`, { state: 'detached' });
    const termLabel = await page.text(`${HOST} >>> .terms button`);
    expect(await page.evaluate(focusedInOverlay)).toBe(`|${termLabel}`);
  });

  it("opens, for each highlight clicked in the article, that term's own card", async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    const terms = await page.evaluate(() => {
      const highlight = CSS.highlights.get('dprk-labor-lens-term') as unknown as Iterable<Range>;
      return [...new Set([...highlight].map((range) => range.toString()))];
    });
    expect(terms.length).toBeGreaterThan(2);
    const opened = new Map<string, string>();
    for (const term of terms) {
      const at = await page.evaluate(pointOfTerm, term);
      if (!at) continue;
      await clickAt(page, at);
      await page.waitFor(`${HOST} >>> .floating .card`, { state: 'visible' });
      const fact = await page.evaluate(
        () =>
          document
            .querySelector('dprk-labor-lens')
            ?.shadowRoot?.querySelector('.floating .card')
            ?.getAttribute('data-fact') ?? '',
      );
      opened.set(term, fact);
      await page.press('Escape');
      await page.waitFor(`${HOST} >>> .floating`, { state: 'detached' });
    }
    // Different terms open different cards: no term falls back to the page's first card, and
    // the term list opens the same card for the same term.
    expect(new Set(opened.values()).size).toBeGreaterThan(2);
    await page.click(`${HOST} >>> .toggle`);
    await page.click(`${HOST} >>> .term-list summary`);
    const listed = await page.text(`${HOST} >>> .terms button`);
    await page.click(`${HOST} >>> .terms button`);
    await page.waitFor(`${HOST} >>> .floating .card`, { state: 'visible' });
    const fromList = await page.evaluate(
      () =>
        document
          .querySelector('dprk-labor-lens')
          ?.shadowRoot?.querySelector('.floating .card')
          ?.getAttribute('data-fact') ?? '',
    );
    const sameTerm = [...opened].find(([t]) => listed?.startsWith(t));
    if (sameTerm) expect(fromList).toBe(sameTerm[1]);
  });

  it('opens the card of a highlighted term clicked in the article', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    const point = await page.evaluate(pointOfTerm, 'Harbin');
    expect(point).not.toBeNull();
    await clickAt(page, point as { x: number; y: number });
    await page.waitFor(`${HOST} >>> .floating .card`, { state: 'visible' });
    expect(await page.text(`${HOST} >>> .floating .meta`)).toContain('Harbin');
    expect(await page.evaluate(() => CSS.highlights.has('dprk-labor-lens-active'))).toBe(true);
  });

  it('keeps keystrokes typed in the overlay away from the page', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.evaluate(() => {
      const keys: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = keys;
      document.addEventListener('keydown', (e) => keys.push(e.key));
    });
    await page.click(`${HOST} >>> .toggle`);
    await page.press('j');
    await page.press('Escape');
    expect(
      await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys),
    ).toEqual([]);
  });

  it('stays on top of page elements with the highest z-index (top layer)', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor(`${HOST} >>> .toggle`, { state: 'visible', timeout: 30_000 });
    const onTop = await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText =
        'position:fixed;inset:auto 0 0 0;height:200px;z-index:2147483647;background:red';
      document.body.append(cover);
      const toggle = document
        .querySelector('dprk-labor-lens')
        ?.shadowRoot?.querySelector('.toggle') as HTMLElement;
      const box = toggle.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      cover.remove();
      return hit?.localName;
    });
    expect(onTop).toBe('dprk-labor-lens');
  });

  it('logged no console errors', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
