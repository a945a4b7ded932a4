/**
 * The overlay on pages that change after load: a framework page that re-renders every 50 ms,
 * a single-page app navigating with pushState, an infinite-scroll feed, and the back/forward
 * cache. Pages are in tests/fixtures/pages/dynamic/.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';
import type { PageHandle } from './harness/page-handle';

const HOST = 'dprk-labor-lens';

function overlayState() {
  return {
    hosts: document.querySelectorAll('dprk-labor-lens').length,
    highlights: CSS.highlights.size,
  };
}

/** Polls `fn` in the page until `wanted`; evaluation errors during a navigation are retried. */
async function waitUntil<T>(page: PageHandle, fn: () => T, wanted: (v: Awaited<T>) => boolean) {
  const deadline = Date.now() + 20_000;
  let last: Awaited<T> | undefined;
  do {
    last = await page.evaluate(fn).catch(() => undefined);
    if (last !== undefined && wanted(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  } while (Date.now() < deadline);
  return last;
}

describeEachBrowser('overlay on dynamic pages', (ctx) => {
  it('a framework page keeps re-rendering without errors while the overlay is shown', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/dynamic/framework.html'));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    const start = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await page.evaluate(() => ({
      renders: (window as unknown as { __renders: number }).__renders,
      errors: (window as unknown as { __renderErrors: string[] }).__renderErrors,
    }));
    expect(after.errors).toEqual([]);
    expect(after.renders - start).toBeGreaterThan(20);
    expect(await page.evaluate(overlayState)).toEqual({ hosts: 1, highlights: 1 });
  });

  it('SPA: pushState to an unrelated story removes the overlay, and back brings it again', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/dynamic/spa.html?story=route'));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    await page.click('a[data-story="marathon"]');
    const gone = await waitUntil(page, overlayState, (s) => s.hosts === 0);
    expect(gone).toEqual({ hosts: 0, highlights: 0 });
    await page.evaluate(() => history.back());
    const back = await waitUntil(page, overlayState, (s) => s.hosts === 1);
    expect(back).toEqual({ hosts: 1, highlights: 1 });
  });

  it('infinite scroll: a relevant story appended later gets the overlay then', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/dynamic/infinite.html'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.evaluate(overlayState)).toEqual({ hosts: 0, highlights: 0 });
    await page.evaluate(() => (window as unknown as { loadMore(): boolean }).loadMore());
    const later = await waitUntil(page, overlayState, (s) => s.hosts === 1);
    expect(later).toEqual({ hosts: 1, highlights: 1 });
  });

  it('back/forward navigation leaves exactly one host', async () => {
    const page = await ctx.session.newPage();
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
    await page.goto(ctx.server.url('/fixtures/en-missile-test.html'));
    await page.evaluate(() => history.back());
    const state = await waitUntil(
      page,
      () => ({
        hosts: document.querySelectorAll('dprk-labor-lens').length,
        highlights: CSS.highlights.size,
        dandong: document.URL.includes('dandong'),
      }),
      (s) => s.dandong && s.hosts > 0,
    );
    expect(state).toEqual({ hosts: 1, highlights: 1, dandong: true });
  });

  it('logged no console errors', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
