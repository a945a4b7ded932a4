/**
 * The popup in both browsers: search in several scripts, keyboard use, a fact's detail,
 * "Copy citation", accessibility (axe-core), and the toolbar badge on a relevant and an
 * irrelevant page. Screenshots land in `test-results/<browser>/popup-*.png`.
 */
import { expect, it } from 'vitest';
import type { PageReport } from '@/src/messaging/protocol';
import { describeEachBrowser } from './harness';
import {
  badgeText,
  openPopup,
  popupViewport,
  seriousAxeViolations,
  tabIds,
  until,
} from './popup-helpers';

const resultIds = (popup: { evaluate<T>(fn: () => T): Promise<T> }) =>
  popup.evaluate(() => [...document.querySelectorAll('[role="option"]')].map((o) => o.id));

describeEachBrowser('popup', (ctx) => {
  const shot = (name: string) => `${ctx.browser}/popup-${name}.png`;

  it('starts in the search box and finds facts in every script and despite typos', async () => {
    const popup = await openPopup(ctx.session);
    await popupViewport(popup);
    await popup.waitFor('[role="option"]');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    await popup.screenshot(shot('all-facts'));

    for (const [query, expected] of [
      ['丹东', 'hit-inns-two-inns'],
      ['Хасан', 'hit-route-direct-rason-khasan'],
      ['2397', 'hit-sanctions-2397-para8'],
      ['vladivostock', 'hit-route-direct-rason-khasan'],
    ] as const) {
      await popup.fill('input[role="combobox"]', query);
      await until(`results for ${query}`, async () =>
        (await resultIds(popup)).includes(expected) ? true : undefined,
      );
    }
    await popup.fill('input[role="combobox"]', '');
    await popup.type('input[role="combobox"]', '하산');
    await until('results for 하산', async () => {
      const ids = await resultIds(popup);
      return ids.length > 0 && ids.every((id) => id.startsWith('hit-')) ? true : undefined;
    });
    await popup.screenshot(shot('search'));
    if (ctx.browser === 'chromium') {
      const raw = popup.raw as { emulateMedia(o: { colorScheme: 'dark' }): Promise<void> };
      await raw.emulateMedia({ colorScheme: 'dark' });
      await popup.press('ArrowDown');
      await popup.screenshot(shot('search-dark'));
    }
  });

  it('moves with the arrows, opens with Enter, copies the citation, goes back with Esc', async () => {
    const popup = await openPopup(ctx.session);
    await popupViewport(popup);
    if (ctx.browser === 'chromium') {
      // Playwright refuses an extension origin here ("opaque"), so grant for every origin.
      const raw = popup.raw as { context(): { grantPermissions(p: string[]): Promise<void> } };
      await raw.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    }
    await popup.waitFor('[role="option"]');
    await popup.type('input[role="combobox"]', 'Kim Dong Nam');
    await until('the person first', async () =>
      (await resultIds(popup))[0] === 'hit-actor-infnk-kim-dong-nam' ? true : undefined,
    );
    await popup.press('ArrowDown');
    await popup.press('ArrowDown');
    await popup.press('ArrowUp');
    // Preact renders a key's state change on its next tick: wait for it, not just after the key.
    await until('the first row to be active', async () =>
      (await popup.evaluate(() =>
        document.activeElement?.getAttribute('aria-activedescendant'),
      )) === 'hit-actor-infnk-kim-dong-nam'
        ? true
        : undefined,
    );
    await popup.screenshot(shot('keyboard'));
    await popup.press('Enter');
    await popup.waitFor('.detail h4', { state: 'visible' });
    expect(await popup.text('.detail h4')).toContain('Kim Dong Nam');
    expect(await popup.count('.detail .sources a')).toBeGreaterThan(0);

    await popup.click('.citation button');
    await popup.waitFor('.copy-status:not(:empty)');
    expect(await popup.text('.copy-status')).toBe('Citation copied to the clipboard.');
    await popup.screenshot(shot('detail'));
    if (ctx.browser === 'chromium') {
      const pasted = await popup.evaluate(() => navigator.clipboard.readText());
      expect(pasted).toMatch(
        /^Daily NK Japan\. ".+" .+\. https:\/\/dailynk\.jp\/\S+ \(accessed .+\)\.$/,
      );
    }

    await popup.press('Escape');
    await popup.waitFor('.detail', { state: 'detached' });
    // Focus returns to the search box on the next frame, and Esc's clearing renders on the
    // next tick: wait for each rather than read right after the key.
    const focusedValue = () =>
      popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    await until('the search box focused with the query', async () =>
      (await focusedValue()) === 'Kim Dong Nam' ? true : undefined,
    );
    await popup.press('Escape');
    await until('the search box cleared', async () =>
      (await focusedValue()) === '' ? true : undefined,
    );
  });

  it('answers the keys pressed while its script is still loading', async () => {
    // The list is on screen before the script that answers keys has run; press at once.
    const popup = await ctx.session.openExtensionPage('popup.html');
    const tookOver = () =>
      popup.evaluate(() => performance.getEntriesByName('popup-first-render').length > 0);
    const secondTitle = await popup.evaluate(
      () => document.querySelectorAll('[role="option"] .row-title')[1]?.textContent,
    );
    const earlyPress = !(await tookOver());
    await popup.press('ArrowDown');
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await popup.waitFor('.detail h4', { state: 'visible' });
    expect(await popup.text('.detail h4')).toBe(secondTitle);
    await popup.press('Escape');
    await popup.type('input[role="combobox"]', '2397');
    await popup.press('Enter');
    await until('the first hit opened', async () =>
      (await popup.count('.detail h4')) > 0 ? true : undefined,
    );
    expect(await popup.text('.detail h4')).toContain('2397');
    // Which path the keys took depends on timing; both must give the same result.
    console.info(`${ctx.browser}: keys pressed before the script took over: ${earlyPress}`);
  });

  it('has no serious accessibility violations in the list, results and detail', async () => {
    const popup = await openPopup(ctx.session);
    await popup.waitFor('[role="option"]');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.type('input[role="combobox"]', 'dandong');
    await popup.press('ArrowDown');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.press('Enter');
    await popup.waitFor('.detail h4', { state: 'visible' });
    expect(await seriousAxeViolations(popup)).toEqual([]);
  });

  it("badges a relevant tab with its card count, lists the page's cards in the panel's order, and clears on an irrelevant page", async () => {
    const ext = await ctx.session.openExtensionPage('popup.html');
    const article = await ctx.session.newPage();
    const relevantUrl = ctx.server.url('/fixtures/en-dandong-route.html');
    await article.goto(relevantUrl);
    const [tabId, report] = await until('a report for the relevant page', async () => {
      for (const id of await tabIds(ext)) {
        const state = await ctx.session.sendToBackground<PageReport | null>('getTabState', id, ext);
        if (state?.url === relevantUrl) return [id, state] as const;
      }
      return undefined;
    });
    expect(report.relevant).toBe(true);
    expect(report.cards.length).toBeGreaterThanOrEqual(3);
    // Badge, the page's own control and the popup say the same number.
    expect(await badgeText(ext, tabId)).toBe(String(report.cards.length));
    await article.waitFor('dprk-labor-lens >>> .toggle', { timeout: 30_000 });
    expect(await article.text('dprk-labor-lens >>> .toggle')).toBe(
      `${report.cards.length} context cards`,
    );

    const popup = await openPopup(ctx.session, `popup.html?tab=${tabId}`);
    await popupViewport(popup);
    await popup.waitFor('#page-label');
    const pageRows = await popup.evaluate(() =>
      [...document.querySelectorAll('[role="option"][id^="page-"]')].map((o) => o.id.slice(5)),
    );
    expect(pageRows).toEqual(report.cards.map((c) => c.fact));
    expect(await popup.text('.summary')).toBe(
      `${report.cards.length} context cards for this page.`,
    );
    expect(await popup.text('[role="option"][id^="page-"] .row-why')).toBe(report.cards[0]?.why);
    await popup.screenshot(shot('this-page'));

    await article.goto(ctx.server.url('/fixtures/en-missile-test.html'));
    await until('the badge to clear', async () =>
      (await badgeText(ext, tabId)) === '' ? true : undefined,
    );
    const after = await ctx.session.sendToBackground<PageReport | null>('getTabState', tabId, ext);
    expect(after === null || after.relevant === false).toBe(true);
    const again = await openPopup(ctx.session, `popup.html?tab=${tabId}`);
    await again.waitFor('.summary');
    await until('the empty state', async () => {
      const text = (await again.text('.summary')) ?? '';
      return text.includes('not about North Korean workers abroad') ? text : undefined;
    });
    expect(await again.count('#page-label')).toBe(0);
  });

  it('logged no console errors', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
