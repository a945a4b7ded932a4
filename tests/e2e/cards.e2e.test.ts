/**
 * A relevant page that names none of the fact base's triggers still gets cards: the key facts
 * of the subjects it discusses (here pay and conditions) and the background every relevant
 * page gets, each with its reason, none left loading; the badge says the same number.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser } from './harness';
import { badgeText, tabIds, until } from './popup-helpers';

const HOST = 'dprk-labor-lens';

describeEachBrowser(
  'cards without triggers',
  (ctx) => {
    it('a page on wages that names no trigger gets the pay facts and the background', async () => {
      const ext = await ctx.session.openExtensionPage('journal.html');
      const page = await ctx.session.newPage();
      const url = ctx.server.url('/cards/en-wages-no-trigger.html');
      await page.goto(url);
      await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
      await page.click(`${HOST} >>> .toggle`);
      await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
      const panel = await page.evaluate(() => {
        const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
        const items = [...(root?.querySelectorAll('.panel li[data-topic]') ?? [])];
        return {
          topics: items.map((li) => li.getAttribute('data-topic')),
          whys: items.map((li) => li.querySelector('.why')?.textContent ?? ''),
          text: root?.querySelector('.panel')?.textContent ?? '',
          toggle: root?.querySelector('.toggle')?.textContent ?? '',
        };
      });
      expect(panel.topics.length).toBeGreaterThanOrEqual(3);
      expect(panel.topics.slice(0, 3)).toContain('conditions-pay');
      expect(panel.topics).toContain('sanctions');
      expect(panel.whys.every((w) => w.length > 0)).toBe(true);
      // Nothing the page names: every reason is a subject's or the background's.
      expect(panel.whys.some((w) => w.startsWith('The page mentions'))).toBe(false);
      expect(panel.text).not.toMatch(/Loading/);
      const count = Number(panel.toggle.match(/\d+/)?.[0]);
      const tabId = await until('the page tab', async () => {
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
      expect(await badgeText(ext, tabId)).toBe(String(count));
    });
  },
  { server: { mounts: { '/cards/': 'tests/fixtures/cards' } } },
);
