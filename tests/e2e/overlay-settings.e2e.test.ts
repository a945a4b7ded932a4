/**
 * Settings act live on open pages: "Off on this site" from the panel shows Undo where it was
 * for a few seconds, then removes the overlay and highlights; turning the site back on in the
 * settings page brings them back without a reload; a site turned off and "off everywhere" keep
 * new pages untouched.
 * The settings page refuses a site that is not a host, saying why.
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
    await page.click(`${HOST} >>> .panel header button.site-off`);
    // Undo, right where the button was: the site stays on.
    await page.waitFor(`${HOST} >>> .panel header .site-off button`, { state: 'visible' });
    expect(await page.text(`${HOST} >>> .panel header .site-off`)).toContain('Undo');
    await page.screenshot(`${ctx.browser}/overlay-site-off-undo.png`);
    await page.click(`${HOST} >>> .panel header .site-off button`);
    await page.waitFor(`${HOST} >>> .panel header button.site-off`, { state: 'visible' });
    await new Promise((resolve) => setTimeout(resolve, 6000));
    expect(await overlayState(page)).toEqual({ hosts: 1, highlights: 1 });
    // Left alone, it turns the site off.
    await page.click(`${HOST} >>> .panel header button.site-off`);
    await page.waitFor(HOST, { state: 'detached', timeout: 20_000 });
    expect(await overlayState(page)).toEqual({ hosts: 0, highlights: 0 });
    // A page of that site opened now reads the stored setting before it shows anything.
    const sameSite = await ctx.session.newPage();
    await sameSite.goto(ctx.server.url('/fixtures/ru-kndr-workers.html'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlayState(sameSite)).toEqual({ hosts: 0, highlights: 0 });

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

  it('refuses a site that is not a host, with the reason beside the input', async () => {
    const options = await ctx.session.openExtensionPage('options.html');
    await options.waitFor('#new-site', { state: 'visible' });
    await options.type('#new-site', 'not a site!!');
    await options.click('form button[type="submit"]');
    await options.waitFor('#new-site-error', { state: 'visible' });
    expect(await options.text('#new-site-error')).toContain('is not a site');
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBeTruthy();
    expect(await options.count('fieldset li')).toBe(0);
  });

  it('logged no console errors', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
