/**
 * The in-page overlay on the news-like fixture pages, in both browsers: relevant pages get one
 * host, highlights and the expected cards; negative pages get nothing at all; the page's own
 * DOM is left exactly as it was.
 */

import { expect, it } from 'vitest';
import { pageExpectations } from '../shared/page-expectations';
import { describeEachBrowser } from './harness';

const expectations = pageExpectations();

/** Page-side: the document serialised without our host, and the highlighted texts. */
function pageState() {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const host of clone.querySelectorAll('dprk-labor-lens')) host.remove();
  const terms: string[] = [];
  for (const [, highlight] of CSS.highlights) {
    for (const range of highlight as unknown as Iterable<Range>) terms.push(range.toString());
  }
  return {
    html: clone.outerHTML,
    hosts: document.querySelectorAll('dprk-labor-lens').length,
    highlightNames: [...CSS.highlights.keys()],
    terms,
  };
}

describeEachBrowser('overlay on fixture pages', (ctx) => {
  for (const expected of expectations.filter((e) => e.relevant)) {
    it(`${expected.page}: one host, highlights, the expected cards, page DOM unchanged`, async () => {
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url(`/fixtures/${expected.page}`));
      // The page as its HTML parses without any extension: the reference for "unchanged".
      const before = await page.evaluate(async () => {
        const source = await (await fetch(location.href)).text();
        return new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
      });
      await page.waitFor('dprk-labor-lens >>> .toggle', { timeout: 30_000 });
      const state = await page.evaluate(pageState);
      expect(state.hosts).toBe(1);
      expect(state.html).toBe(before);
      expect(state.highlightNames).toContain('dprk-labor-lens-term');
      // A term is painted where it first appears, possibly inflected there (Уссурийске).
      for (const term of expected.mustHighlight)
        expect(
          state.terms.some((t) => t.startsWith(term)),
          term,
        ).toBe(true);
      await page.click('dprk-labor-lens >>> .toggle');
      await page.waitFor('dprk-labor-lens >>> .panel .card', { state: 'visible' });
      // Every card says why the page gets it; nothing is left loading.
      const panel = await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        return {
          cards: root?.querySelectorAll('.panel .card').length ?? 0,
          whys: [...(root?.querySelectorAll('.panel .card .why') ?? [])].map((w) => w.textContent),
          text: root?.querySelector('.panel')?.textContent ?? '',
        };
      });
      expect(panel.cards).toBeGreaterThanOrEqual(3);
      expect(panel.whys).toHaveLength(Math.min(panel.cards, 7));
      expect(panel.text).not.toMatch(/Loading/);
      // A real click: the overlay ignores clicks that page scripts make.
      await page.click('dprk-labor-lens >>> .more-cards');
      await page.waitFor('dprk-labor-lens >>> .panel li[data-topic]:nth-child(8)', {
        state: 'attached',
      });
      const topics = await page.evaluate(() =>
        [
          ...(document
            .querySelector('dprk-labor-lens')
            ?.shadowRoot?.querySelectorAll('.panel li[data-topic]') ?? []),
        ].map((s) => s.getAttribute('data-topic')),
      );
      for (const topic of expected.topics) expect(topics).toContain(topic);
    });
  }

  for (const expected of expectations.filter((e) => !e.relevant)) {
    it(`${expected.page}: no host, no highlights`, async () => {
      const page = await ctx.session.newPage();
      await page.goto(ctx.server.url(`/fixtures/${expected.page}`));
      // The script runs at document_idle; give it time to act if it were going to.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const state = await page.evaluate(pageState);
      expect(state.hosts).toBe(0);
      expect(state.highlightNames).toEqual([]);
    });
  }

  it('logged no console errors', () => {
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
