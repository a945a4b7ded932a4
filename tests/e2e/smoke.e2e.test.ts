import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';

describeEachBrowser('smoke', (ctx) => {
  it('the background answers pagePing', async () => {
    expect(ctx.session.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[0-9a-z-]+$/);
    expect(await ctx.session.sendToBackground('pagePing')).toBe('pong');
  });

  it('the popup renders', async () => {
    const popup = await ctx.session.openExtensionPage('popup.html');
    await popup.waitFor('h1', { state: 'visible' });
    expect(await popup.text('h1')).toContain('DPRK Labor Lens');
  });
});
