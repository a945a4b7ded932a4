/**
 * The route map and timeline in both browsers: in the popup's detail of a route fact and in the
 * journal with sightings on both. Screenshots land in `test-results/<browser>/map-*.png`.
 */
import { expect, it } from 'vitest';
import type { Sighting } from '../../src/sightings/model';
import { sampleSighting } from '../unit/store/sample';
import { describeEachBrowser, type PageHandle } from './harness';
import { popupViewport, seriousAxeViolations, setViewport, until } from './popup-helpers';

async function viewport(page: PageHandle, width: number, height: number): Promise<void> {
  await setViewport(page, { width, height });
}

const geometryLoaded = (page: PageHandle) =>
  until('the map geometry', async () =>
    (await page.count('.lens-map[data-geometry="loaded"] path')) > 10 ? true : undefined,
  );

const SIGHTINGS: Sighting[] = [
  sampleSighting(201, {
    observed: { date: '2024-12', precision: 'month' },
    place: { placeId: 'khasan', name: 'Khasan' },
  }),
  sampleSighting(202, {
    observed: { date: '2017-03-16', precision: 'day' },
    place: { placeId: 'dandong', name: 'Dandong' },
  }),
  sampleSighting(203, {
    observed: { date: '2025', precision: 'approximate' },
    place: { name: 'Tyumen station', lat: 57.15, lon: 65.53 },
  }),
];

describeEachBrowser('route map and timeline', (ctx) => {
  const shot = (name: string) => `${ctx.browser}/map-${name}.png`;

  it('shows the map, legs and timeline in the popup detail of a route fact', async () => {
    const popup = await ctx.session.openExtensionPage('popup.html');
    await popupViewport(popup);
    await popup.waitFor('[role="option"]');
    await popup.type('input[role="combobox"]', 'Friendship Bridge');
    await until('the bridge fact first', async () => {
      const first = await popup.evaluate(() => document.querySelector('[role="option"]')?.id);
      return first === 'hit-route-friendship-bridge-1959' ? true : undefined;
    });
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await popup.waitFor('.detail .lens-map svg', { state: 'visible' });
    await geometryLoaded(popup);
    expect(await popup.count('.lens-map [data-route="direct"][aria-label]')).toBeGreaterThan(0);
    expect(await popup.count('.lens-map [data-place="khasan"][tabindex="0"]')).toBe(1);
    expect(await popup.text('.lens-legs')).toContain('Rason → Tumangang');
    expect(await popup.count('.lens-timeline [data-event][aria-label*="Aug 1959"]')).toBe(1);
    await popup.evaluate(() => document.querySelector('.lens-map')?.scrollIntoView());
    await popup.screenshot(shot('popup-map'));
    await popup.evaluate(() => document.querySelector('.lens-timeline')?.scrollIntoView());
    await popup.screenshot(shot('popup-timeline'));
    await popup.click('.lens-legs [data-route="china"] button');
    await popup.waitFor('.lens-map .route.selected[data-route="china"]');
    expect(await seriousAxeViolations(popup)).toEqual([]);
  });

  it('puts sightings on the journal map and timeline', async () => {
    for (const s of SIGHTINGS) await ctx.session.sendToBackground('saveSighting', s);
    const journal = await ctx.session.openExtensionPage('journal.html');
    await viewport(journal, 1000, 1100);
    await journal.waitFor('.lens-story .lens-map svg', { state: 'visible' });
    await geometryLoaded(journal);
    await until('three sighting marks', async () =>
      (await journal.count('.lens-timeline [data-event^="sighting#"][tabindex="0"]')) === 3
        ? true
        : undefined,
    );
    // Khasan and the typed Tyumen position are on the map (Dandong too): three points.
    expect(await journal.count('.lens-map [data-sighting]')).toBe(3);
    expect(await journal.count('.lens-map [data-place="moscow"]')).toBe(1);
    await journal.evaluate(() => document.querySelector('.lens-story')?.scrollIntoView());
    await journal.screenshot(shot('journal'));
    await journal.press('Tab');
    expect(await seriousAxeViolations(journal)).toEqual([]);
  });

  it('shows a compact timeline in the overlay route card and the map on request', async () => {
    const page = await ctx.session.newPage();
    await viewport(page, 1100, 900);
    await page.goto(ctx.server.url('/fixtures/en-dandong-route.html'));
    await page.waitFor('dprk-labor-lens >>> .toggle', { timeout: 30_000 });
    await page.click('dprk-labor-lens >>> .toggle');
    await page.waitFor('dprk-labor-lens >>> .lens-compact-route .lens-timeline svg', {
      state: 'visible',
    });
    expect(await page.count('dprk-labor-lens >>> .lens-timeline [data-event]')).toBeGreaterThan(0);
    await page.click('dprk-labor-lens >>> .lens-compact-route button');
    await page.waitFor('dprk-labor-lens >>> .lens-map[data-geometry="loaded"]', {
      state: 'visible',
    });
    expect(await page.count('dprk-labor-lens >>> .lens-map [data-place="khasan"]')).toBe(1);
    await page.evaluate(() => {
      const host = document.querySelector('dprk-labor-lens');
      host?.shadowRoot?.querySelector('.lens-compact-route')?.scrollIntoView();
    });
    await page.screenshot(shot('overlay'));
    expect(ctx.session.consoleErrors()).toEqual([]);
  });
});
