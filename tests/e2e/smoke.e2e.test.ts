/**
 * Smoke tests in both browsers: the built extension loads, its background answers, its content
 * script acts on a relevant fixture page, and the popup renders. Feature behaviour is tested in
 * the feature's own browser tests; these only prove the wiring.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';

describeEachBrowser('smoke', (ctx) => {
  it('loads the extension and its background answers pagePing', async () => {
    expect(ctx.session.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[0-9a-z-]+$/);
    expect(await ctx.session.sendToBackground('pagePing')).toBe('pong');
  });

  it('runs the content script on a relevant fixture page: one overlay host appears', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor('dprk-labor-lens', { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelectorAll('dprk-labor-lens').length)).toBe(1);
  });

  it('renders the popup', async () => {
    const popup = await ctx.session.openExtensionPage('popup.html');
    await popup.waitFor('h1', { state: 'visible' });
    expect(await popup.evaluate(() => document.body.textContent)).toContain('DPRK Labor Lens');
  });

  it('logged no console errors in pages or the background', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
