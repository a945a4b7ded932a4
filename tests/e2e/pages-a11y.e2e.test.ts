/**
 * The extension's own pages — the journal (empty and with sightings), the report form (empty
 * and pre-filled) and the settings page — in each of the five interface languages, in light
 * and in dark: axe-core finds no violation of any impact, the page speaks the language (its
 * `lang`, its title, no English words of the interface left), nothing is clipped in a window
 * 640 px wide (the stand-in for 200% zoom), and a screenshot of each is written to
 * `test-results/<browser>/pages-<page>-<lang>-<scheme>.png`. One browser launch per scheme;
 * the languages are switched through the stored settings, as the settings page stores them.
 */
import { expect, it } from 'vitest';
import { describeEachBrowser, type ExtensionSession, type PageHandle } from './harness';
import {
  clippedAt640,
  englishLeft,
  openAllDetails,
  openIn,
  sampleSighting,
  setInterfaceLanguage,
  UI_LANGS,
  type UiLang,
} from './pages-helpers';
import { allAxeViolations, until } from './popup-helpers';

/** Interface words of the three pages that must not be left in English in another language. */
const ENGLISH_WORDS = [
  'Sightings journal',
  'Export JSON',
  'Search',
  'Direction',
  'How sure',
  'Delete',
  'Edit',
  'Route legs',
  'Your sightings',
  'Save',
  'Cancel',
  'Page date',
  'Interface language',
  'Sensitivity',
  'Everywhere',
  'Turn off on a site',
  'Report a sighting',
  'Which page',
  'Page address',
  'Continue',
  'Mark on map',
  'Town or station',
  'Border crossing',
  'Loading',
  'Proof of what',
];

const PREFILLED =
  'report.html?url=https%3A%2F%2Fexample.org%2F2026%2F03%2F12%2Fdandong&title=Workers%20at%20Dandong' +
  '&quote=about%20200%20North%20Korean%20workers%20boarded%20a%20train%20in%20Dandong%20on%20March%209&lang=en';

interface Check {
  name: string;
  url: string;
  ready: string;
  title: RegExp;
}

const CHECKS: Check[] = [
  { name: 'settings', url: 'options.html', ready: '#interface-language', title: /DPRK Labor Lens/ },
  { name: 'report-empty', url: 'report.html', ready: '#manual-url', title: /DPRK Labor Lens/ },
  { name: 'report-prefilled', url: PREFILLED, ready: '#observed-date', title: /DPRK Labor Lens/ },
];

/** Everything one page must pass in one language and scheme; returns what failed, in words. */
async function checkPage(
  page: PageHandle,
  ctx: { browser: string; session: ExtensionSession },
  check: Check,
  lang: UiLang,
  scheme: string,
): Promise<string[]> {
  await page.resize(1280, 900);
  await openIn(page, ctx.session.extensionUrl(check.url), lang, check.ready);
  if (check.name.startsWith('journal-full')) {
    await page.waitFor('figure.lens-map[data-geometry="loaded"]', { timeout: 20_000 });
  }
  await openAllDetails(page);
  const problems: string[] = [];
  const title = await page.evaluate(() => document.title);
  if (!check.title.test(title)) problems.push(`title "${title}"`);
  for (const v of await allAxeViolations(page))
    problems.push(`axe ${v.id} (${v.impact}, ${v.nodes}): ${v.where.join(' / ')}`);
  if (lang !== 'en') {
    for (const word of await englishLeft(page, ENGLISH_WORDS)) problems.push(`English "${word}"`);
  }
  await page.resize(640, 900);
  for (const clip of await clippedAt640(page)) problems.push(`clipped at 640px: ${clip}`);
  await fullScreenshot(page, `${ctx.browser}/pages-${check.name}-${lang}-${scheme}.png`);
  return problems.map((p) => `${check.name} ${lang} ${scheme}: ${p}`);
}

/** A screenshot of the whole page (both drivers take `fullPage`). */
async function fullScreenshot(page: PageHandle, path: string): Promise<void> {
  const raw = page.raw as { screenshot(options: object): Promise<unknown> };
  const { artifactPath } = await import('./harness');
  await raw.screenshot({ path: artifactPath(path), fullPage: true });
}

async function runAll(
  ctx: { browser: string; session: ExtensionSession },
  checks: Check[],
  scheme: string,
): Promise<string[]> {
  const page = await ctx.session.newPage();
  const problems: string[] = [];
  for (const lang of UI_LANGS) {
    await setInterfaceLanguage(ctx.session, lang);
    for (const check of checks) problems.push(...(await checkPage(page, ctx, check, lang, scheme)));
  }
  await setInterfaceLanguage(ctx.session, 'auto');
  return problems;
}

for (const scheme of ['light', 'dark'] as const) {
  describeEachBrowser(
    `extension pages, ${scheme}`,
    (ctx) => {
      it('the settings page and the report form pass in every language', async () => {
        expect(await runAll(ctx, CHECKS, scheme)).toEqual([]);
      }, 240_000);

      it('the journal passes empty and with sightings in every language', async () => {
        const journal = (name: string, ready: string): Check => ({
          name,
          url: 'journal.html',
          ready,
          title: /DPRK Labor Lens/,
        });
        const empty = await runAll(ctx, [journal('journal-empty', '.empty')], scheme);
        for (const [n, overrides] of [
          [1, {}],
          [2, { direction: 'unknown', count: { kind: 'range', min: 30, max: 40 } }],
          [3, { observed: { date: '2026-03', precision: 'month' }, confidence: 'unverified' }],
        ] as const) {
          const saved = await ctx.session.sendToBackground<{ ok: boolean }>(
            'saveSighting',
            sampleSighting(n, overrides as never),
          );
          expect(saved.ok).toBe(true);
        }
        await until('three sightings', async () =>
          (await ctx.session.sendToBackground<unknown[]>('listSightings')).length === 3
            ? true
            : undefined,
        );
        const full = await runAll(ctx, [journal('journal-full', 'article.sighting')], scheme);
        expect([...empty, ...full]).toEqual([]);
      }, 240_000);
    },
    { colorScheme: scheme },
  );
}
