/**
 * The overlay and the popup in each of the five interface languages, light and dark: the
 * control and panel speak the language, cards are written in it and switch to another on
 * request, the popup page prerendered in it is the one that opens, and axe-core finds no
 * violation of any impact, inside the overlay's shadow root too. Screenshots of a card and the
 * popup in each language land in `test-results/<browser>/i18n-*.png`.
 */
import { expect, it } from 'vitest';
import { translate } from '../../src/i18n/translate';
import { LANGS, type Lang } from '../../src/vocabulary';
import { axeViolations } from './axe';
import { describeEachBrowser, type PageHandle } from './harness';
import { openPopup, until } from './popup-helpers';

const ARTICLE = '/fixtures/en-dandong-route.html';
const HOST = 'dprk-labor-lens';

/** Stores the settings' interface language from an extension page. */
async function useLanguage(page: PageHandle, lang: Lang): Promise<void> {
  await page.evaluate(async (l: string) => {
    type Area = {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    const scope = globalThis as unknown as {
      browser?: { storage: { local: Area } };
      chrome?: { storage: { local: Area } };
    };
    const local = (scope.browser ?? scope.chrome)?.storage.local as Area;
    const { settings } = await local.get('settings');
    await local.set({
      settings: { ...((settings as object | undefined) ?? {}), interfaceLanguage: l },
    });
  }, lang);
}

/** The overlay's texts and languages, read in the page. */
function overlayState() {
  const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
  const card = root?.querySelector('.panel article.card');
  return {
    toggle: root?.querySelector('.toggle')?.textContent ?? '',
    panelLang: root?.querySelector('.panel')?.getAttribute('lang'),
    cardLang: card?.getAttribute('lang'),
    cardId: card?.getAttribute('data-fact'),
    title: card?.querySelector('.card-title')?.textContent ?? '',
    announced: root?.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '',
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
  };
}

for (const scheme of ['light', 'dark'] as const)
  describeEachBrowser(
    `interface languages, ${scheme}`,
    (ctx) => {
      it('overlay: each language in the control, panel, cards and announcement; no axe violations', async () => {
        const settingsPage = await ctx.session.openExtensionPage('journal.html');
        const page = await ctx.session.newPage();
        await page.resize(1280, 900);
        for (const lang of LANGS) {
          await useLanguage(settingsPage, lang);
          await page.goto(ctx.server.url(ARTICLE));
          await page.waitFor(`${HOST} >>> .toggle`, { timeout: 30_000 });
          const before = await page.evaluate(overlayState);
          const count = Number(before.toggle.match(/\d+/)?.[0]);
          expect(before.toggle, lang).toBe(translate(lang, 'panel.cards', { count }));
          await until(`${lang} announcement`, async () =>
            (await page.evaluate(overlayState)).announced ===
            translate(lang, 'panel.announce', { count })
              ? true
              : undefined,
          );
          await page.click(`${HOST} >>> .toggle`);
          await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible' });
          const open = await page.evaluate(overlayState);
          expect(open.panelLang, lang).toBe(lang);
          expect(open.cardLang, lang).toBe(lang);
          expect(open.dark, `${lang} ${scheme}`).toBe(scheme === 'dark');
          // The panel's slide-in has finished before colours are judged.
          await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
          expect(
            await axeViolations(page, { shadow: [HOST, '#lens-panel'] }),
            `${lang} ${scheme}`,
          ).toEqual([]);
          await page.screenshot(`${ctx.browser}/i18n-overlay-${lang}-${scheme}.png`);
          // The first card in another language, then back.
          const other: Lang = lang === 'en' ? 'ko' : 'en';
          await page.click(`${HOST} >>> .panel article.card .read-in button[lang="${other}"]`);
          await until(`${lang} card read in ${other}`, async () => {
            const state = await page.evaluate(overlayState);
            return state.cardLang === other && state.title !== open.title ? state : undefined;
          });
          await page.click(`${HOST} >>> .panel article.card .read-in button[lang="${lang}"]`);
          await until(`${lang} card back`, async () =>
            (await page.evaluate(overlayState)).title === open.title ? true : undefined,
          );
        }
      });

      it('popup: the page prerendered in each language, list and detail, no axe violations', async () => {
        const settingsPage = await ctx.session.openExtensionPage('journal.html');
        for (const lang of LANGS) {
          await useLanguage(settingsPage, lang);
          const file = lang === 'en' ? 'popup.html' : `popup-${lang}.html`;
          const popup = await openPopup(ctx.session, file);
          await popup.resize(380, 560);
          await popup.waitFor('[role="option"]');
          const shell = await popup.evaluate(() => ({
            lang: document.documentElement.lang,
            label: document.querySelector('input.search')?.getAttribute('aria-label'),
          }));
          expect(shell).toEqual({ lang, label: translate(lang, 'popup.searchLabel') });
          expect(await axeViolations(popup), `${lang} ${scheme} list`).toEqual([]);
          await popup.screenshot(`${ctx.browser}/i18n-popup-${lang}-${scheme}.png`);
          await popup.press('ArrowDown');
          await popup.press('Enter');
          await popup.waitFor('.detail .card-title', { state: 'visible' });
          expect(
            await popup.evaluate(() =>
              document.querySelector('.detail .card')?.getAttribute('lang'),
            ),
          ).toBe(lang);
          expect(await axeViolations(popup), `${lang} ${scheme} detail`).toEqual([]);
          await popup.screenshot(`${ctx.browser}/i18n-popup-detail-${lang}-${scheme}.png`);
          await popup.close();
        }
      });
    },
    { colorScheme: scheme },
  );
