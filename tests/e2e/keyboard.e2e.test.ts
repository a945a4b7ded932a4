/**
 * The overlay by keyboard alone: the extension's command (its message, as the background sends
 * it when Alt+Shift+L is pressed) opens the page's panel with focus inside, arrows move through
 * the cards and through the marked terms, Enter on a term opens its card beside it, Esc closes
 * that card and then the panel, and focus returns to where it was on the page. From a term's
 * card, Tab and Enter on "Report a sighting" open the report form (which
 * `pages-keyboard.e2e.test.ts` then completes by keyboard, on to the journal).
 */
import { expect, it } from 'vitest';
import { describeEachBrowser, type PageHandle } from './harness';
import { reportWindow, tabIds, until } from './popup-helpers';

const ARTICLE = '/fixtures/en-dandong-route.html';
const HOST = 'dprk-labor-lens';

/** Sends the command's message to `tabId` from an extension page, as the background does. */
function sendOpenPanel(ext: PageHandle, tabId: number): Promise<unknown> {
  return ext.evaluate(async (id: number) => {
    type Tabs = { sendMessage(tabId: number, message: unknown): Promise<unknown> };
    const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
    const tabs = (scope.browser ?? scope.chrome)?.tabs as Tabs;
    const reply = (await tabs.sendMessage(id, {
      id: 1,
      type: 'openPanel',
      data: undefined,
      timestamp: Date.now(),
    })) as { res?: unknown } | undefined;
    return reply?.res;
  }, tabId);
}

/** What has focus: inside the overlay's shadow root, or on the page. */
function focusState() {
  const host = document.querySelector('dprk-labor-lens');
  const inner = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
  const page = document.activeElement as HTMLElement | null;
  return {
    inOverlay: page === host && inner != null,
    tag: (inner ?? page)?.tagName.toLowerCase(),
    id: (inner ?? page)?.id ?? '',
    fact: inner?.closest('article')?.getAttribute('data-fact') ?? null,
    text: (inner ?? page)?.textContent?.trim().slice(0, 60) ?? '',
    panelOpen: host?.shadowRoot?.querySelector('.panel') != null,
    floating: host?.shadowRoot?.querySelector('.floating') != null,
    inFloating: inner?.closest('.floating') != null,
  };
}

describeEachBrowser('overlay by keyboard', (ctx) => {
  it('command opens the panel, arrows walk cards and terms, Esc returns focus to the page', async () => {
    const ext = await ctx.session.openExtensionPage('journal.html');
    const page = await ctx.session.newPage();
    const url = ctx.server.url(ARTICLE);
    await page.goto(url);
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    // Focus somewhere in the article, as a reader tabbing through it would have.
    await page.evaluate(() => {
      const link = document.querySelector('a[href]') as HTMLElement;
      link.id ||= 'reader-was-here';
      link.focus();
    });
    const tabId = await until('the article tab', async () => {
      for (const id of await tabIds(ext)) {
        const state = await ctx.session.sendToBackground<{ url: string } | null>(
          'getTabState',
          id,
          ext,
        );
        if (state?.url === url) return id;
      }
      return undefined;
    });
    await page.bringToFront();
    expect(await sendOpenPanel(ext, tabId)).toBe(true);
    await until('focus in the panel', async () => {
      const f = await page.evaluate(focusState);
      return f.inOverlay && f.tag === 'h2' ? f : undefined;
    });

    // Tab reaches the panel's controls; arrows then move card by card.
    await page.press('Tab');
    expect((await page.evaluate(focusState)).tag).toBe('button');
    await page.evaluate(() => {
      const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
      root?.querySelector<HTMLElement>('.panel article.card')?.focus();
    });
    const first = (await page.evaluate(focusState)).fact;
    await page.press('ArrowDown');
    const second = (await page.evaluate(focusState)).fact;
    expect(second).not.toBe(first);
    await page.press('ArrowUp');
    expect((await page.evaluate(focusState)).fact).toBe(first);
    await page.press('End');
    expect((await page.evaluate(focusState)).fact).not.toBe(first);

    // The term list: open it, arrows between terms, Enter opens the term's card beside it.
    await page.evaluate(() => {
      const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
      root?.querySelector<HTMLElement>('.term-list summary')?.focus();
    });
    await page.press('Enter');
    await page.press('Tab');
    const term1 = (await page.evaluate(focusState)).text;
    await page.press('ArrowDown');
    const term2 = (await page.evaluate(focusState)).text;
    expect(term2).not.toBe(term1);
    await page.press('Enter');
    await until('the term card', async () =>
      (await page.evaluate(focusState)).floating ? true : undefined,
    );
    await page.press('Escape');
    await until('focus back on the term', async () => {
      const f = await page.evaluate(focusState);
      return !f.floating && f.text === term2 ? true : undefined;
    });

    // Esc closes the panel, and focus goes back to the article where the reader was.
    await page.press('Escape');
    const after = await until('focus back on the page', async () => {
      const f = await page.evaluate(focusState);
      return !f.panelOpen ? f : undefined;
    });
    expect(after.inOverlay).toBe(false);
    expect(after.id).toBe('reader-was-here');
  });

  it('answers false on a page without a panel', async () => {
    const ext = await ctx.session.openExtensionPage('journal.html');
    const page = await ctx.session.newPage();
    const url = ctx.server.url('/fixtures/en-missile-test.html');
    await page.goto(url);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    const ids = await tabIds(ext);
    const answers = await Promise.all(
      ids.map((id) => sendOpenPanel(ext, id).catch(() => 'no content script')),
    );
    expect(answers).not.toContain(true);
  });
  it('reports a sighting from a term card with Tab and Enter alone', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url(ARTICLE));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    await page.bringToFront();
    // The page's own control, pressed with Enter, opens the panel.
    await page.evaluate(() => {
      const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
      root?.querySelector<HTMLElement>('.toggle')?.focus();
    });
    await page.press('Enter');
    await until('the panel', async () =>
      (await page.evaluate(focusState)).panelOpen ? true : undefined,
    );
    await page.evaluate(() => {
      const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
      root?.querySelector<HTMLElement>('.term-list summary')?.focus();
    });
    await page.press('Enter');
    await page.press('Tab');
    await page.press('Enter');
    // The card beside the term takes focus once it is placed.
    await until('focus in the term card', async () =>
      (await page.evaluate(focusState)).inFloating ? true : undefined,
    );
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.press('Tab');
      const f = await page.evaluate(focusState);
      reached = f.inFloating && f.tag === 'button' && f.text === 'Report a sighting';
    }
    expect(reached).toBe(true);
    await page.press('Enter');
    const form = await reportWindow(ctx.session);
    // The form, filled with the sentence around the term.
    await until('the quote in the form', async () => {
      // The window may still be loading: no body yet, or a navigation under way.
      const text = String(
        await form.evaluate(() => document.body?.textContent ?? '', undefined).catch(() => ''),
      );
      return text.includes('Report a sighting') && text.includes('Pyongyang') ? true : undefined;
    });
    await form.close();
  });
});
