/**
 * The content script's link to the extension's files, in both browsers: the card UI module, the
 * one file pages may load from the extension (the page analysis it asks the background for is
 * tested in messaging.e2e.test.ts). Chromium serves it only under a per-session URL, so a page
 * cannot probe the extension's fixed URL to learn that it is installed; Firefox's extension
 * origin is random per installation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';
import { repoRoot } from './harness/paths';

describeEachBrowser('content script links to the extension', (ctx) => {
  it('pages cannot fetch the content script, nor the UI module at a fixed URL in Chromium', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-missile-test.html'));
    const reachable = await page.evaluate(async (origin: string) => {
      const probe = (path: string) =>
        fetch(`${origin}${path}`).then(
          (response) => response.ok,
          () => false,
        );
      return {
        content: await probe('/content-scripts/content.js'),
        ui: await probe('/content-scripts/ui.js'),
      };
    }, ctx.session.extensionOrigin);
    expect(reachable.content).toBe(false);
    // Firefox has no per-session URLs; its extension origin is random per installation.
    expect(reachable.ui).toBe(ctx.browser === 'firefox');
  });

  it('loads the card UI on a relevant page whose Content-Security-Policy allows no scripts', async () => {
    const html = readFileSync(join(repoRoot, 'tests/fixtures/pages/en-dandong-route.html'), 'utf8');
    ctx.server.route('GET', '/strict/en-dandong-route.html', () => ({
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self'",
      },
      body: html,
    }));
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/strict/en-dandong-route.html'));
    await page.waitFor('dprk-labor-lens >>> .toggle', { timeout: 30_000 });
    await page.click('dprk-labor-lens >>> .toggle');
    await page.waitFor('dprk-labor-lens >>> .panel .card', { state: 'visible' });
    // The overlay's styles must apply too (constructed sheet or a <style> in the shadow root).
    const toggle = await page.evaluate(() => {
      const button = document
        .querySelector('dprk-labor-lens')
        ?.shadowRoot?.querySelector('.toggle');
      return button ? getComputedStyle(button).borderRadius : '';
    });
    expect(toggle).not.toBe('0px');
    await page.screenshot(`${ctx.browser}/overlay-strict-csp.png`);
  });
});
