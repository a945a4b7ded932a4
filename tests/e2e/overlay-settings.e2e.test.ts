/**
 * Settings act live on open pages: "Off on this site" from the panel removes the overlay and
 * highlights at once; turning the site back on in the settings page brings them back without
 * a reload; "off everywhere" keeps new pages untouched.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';
import type { PageHandle } from './harness/page-handle';

const HOST = 'dprk-labor-lens';

async function overlayState(page: PageHandle) {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('dprk-labor-lens').length,
    highlights: CSS.highlights.size,
  }));
}

describeEachBrowser('overlay settings', (ctx) => {
  it('turns off on this site from the panel and back on from the settings page', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.click(`${HOST} >>> .toggle`);
    await page.click(`${HOST} >>> .panel header button`);
    await page.waitFor(HOST, { state: 'detached' });
    expect(await overlayState(page)).toEqual({ hosts: 0, highlights: 0 });

    const options = await ctx.session.openExtensionPage('options.html');
    await options.waitFor('li button', { state: 'visible' });
    expect(await options.text('li')).toContain('127.0.0.1');
    await options.click('li button');
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 15_000 });
    expect(await overlayState(page)).toEqual({ hosts: 1, highlights: 1 });

    await options.click('input[name="enabled"]');
    await page.waitFor(HOST, { state: 'detached' });
    const fresh = await ctx.session.newPage();
    await fresh.goto(ctx.server.url('/fixtures/ko-russia-workers.html'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlayState(fresh)).toEqual({ hosts: 0, highlights: 0 });
    await options.click('input[name="enabled"]');
    await fresh.waitFor(`${HOST} >>> .toggle`, { timeout: 15_000 });
  });

  it('logged no console errors', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
