/**
 * Helpers of the extension-page tests (report form, journal, settings): the interface language
 * set in storage as the settings page stores it, sample sightings, waiting for a page to speak
 * a language, keyboard walking with a visible-focus check, and layout checks for a narrow
 * window (the stand-in for 200% zoom). Both drivers; relative imports only.
 */
import { createSighting } from '../../src/sightings/create';
import type { Sighting, SightingDraft } from '../../src/sightings/model';
import type { ExtensionSession, PageHandle } from './harness';
import { until } from './popup-helpers';

/** The five interface languages. */
export const UI_LANGS = ['en', 'ko', 'ru', 'zh', 'ja'] as const;
/** One of {@link UI_LANGS}. */
export type UiLang = (typeof UI_LANGS)[number];

/** Stores the settings with `interfaceLanguage` set, from an extension page. */
export async function setInterfaceLanguage(session: ExtensionSession, lang: UiLang | 'auto') {
  const page = await session.openExtensionPage('options.html');
  await page.evaluate(async (interfaceLanguage: string) => {
    type Api = { storage: { local: { set(items: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    await api.storage.local.set({
      settings: { enabled: true, disabledSites: [], sensitivity: 'normal', interfaceLanguage },
      settings$: { v: 1 },
    });
  }, lang);
  await page.close();
}

let loads = 0;

/**
 * Loads `url` in `page` and waits until its app speaks `lang` and shows `ready`. Each load
 * gets its own query, so a document still open from the last load (which follows the settings
 * into the new language too) is never taken for the new one.
 */
export async function openIn(page: PageHandle, url: string, lang: UiLang, ready: string) {
  loads += 1;
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}load=${loads}`);
  await until(`${url} in ${lang}`, async () =>
    (await page.evaluate(
      (arg: { lang: string; ready: string }) =>
        document.documentElement.lang === arg.lang && document.querySelector(arg.ready) !== null,
      { lang, ready },
    ))
      ? true
      : undefined,
  );
}

/** Opens every `<details>`, so checks and screenshots see what it holds. */
export function openAllDetails(page: PageHandle): Promise<void> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/**
 * What a window 640 px wide clips: the page scrolling sideways, or a button, label or legend
 * whose text does not fit its box. Empty when nothing is cut.
 */
export function clippedAt640(page: PageHandle): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      out.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, label, legend, summary, h1, h2, h3',
    )) {
      if (el.closest('svg') || el.offsetParent === null) continue;
      // An inline box has no client width of its own; only its edge can run off the window.
      const inline = getComputedStyle(el).display === 'inline';
      if (!inline && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      const box = el.getBoundingClientRect();
      if (box.right > root.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" runs off`,
        );
    }
    return out;
  });
}

/** Text the page shows that is still the English of another language's run (a few known words). */
export function englishLeft(page: PageHandle, words: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (list: string[]) => {
      const text = document.body.innerText;
      return list.filter((w) => text.includes(w));
    },
    [...words],
  );
}

/** Where focus is now: a short description, and whether it is visibly marked. */
export interface FocusState {
  tag: string;
  id: string;
  text: string;
  classes: string;
  visible: boolean;
  inSvg: boolean;
}

/** The focused element, described, with its outline checked (at least 2 px, not `none`). */
export function focused(page: PageHandle): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', id: '', text: '', classes: '', visible: false, inSvg: false };
    const style = getComputedStyle(el);
    const inSvg = el.closest('svg') !== null;
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    // In the map and timeline a focused mark shows its ring, a focused route thickens its line.
    const mark = (): boolean => {
      const ring = el.querySelector('.focus-ring');
      if (ring) return getComputedStyle(ring).visibility === 'visible';
      const line = el.querySelector('path');
      return line !== null && Number.parseFloat(getComputedStyle(line).strokeWidth) >= 4;
    };
    const ring = inSvg && mark();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 60),
      classes: typeof el.className === 'string' ? el.className : '',
      visible: outline || ring,
      inSvg,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until focus is on an element `is` accepts, checking on the way
 * that each stop is visibly focused. Throws after `limit` presses, naming the stops seen.
 */
export async function tabTo(
  page: PageHandle,
  is: (state: FocusState) => boolean,
  options: { back?: boolean; limit?: number; unmarked?: FocusState[] } = {},
): Promise<FocusState> {
  const seen: string[] = [];
  for (let i = 0; i < (options.limit ?? 250); i++) {
    await page.press(options.back ? 'Shift+Tab' : 'Tab');
    const state = await focused(page);
    seen.push(`${state.tag}#${state.id}.${state.classes} "${state.text.slice(0, 20)}"`);
    if (!state.visible && state.tag !== 'body') options.unmarked?.push(state);
    if (is(state)) return state;
  }
  throw new Error(`Tab never reached the control; stops: ${seen.slice(-30).join(' | ')}`);
}

/** A stored sighting for the journal tests (the unit tests' sample, numbered `n`). */
export function sampleSighting(n: number, overrides: Partial<SightingDraft> = {}): Sighting {
  const draft: SightingDraft = {
    page: {
      url: `https://www.dailynk.com/english/hundreds-of-north-korean-workers-${n}/`,
      title: 'Hundreds of North Korean workers dispatched to Russia via China',
      site: 'dailynk.com',
      lang: 'en',
      capturedAt: '2026-11-28T02:00:00.000Z',
      textCaptured: true,
      textSha256: 'a'.repeat(64),
      pageDate: '2017-03-22',
      pageDateFrom: 'meta',
    },
    quote: {
      exact: 'another 200 workers arrived on March 16',
      prefix: 'stayed for about a week. Then ',
      suffix: ', the source said.',
      start: 120,
      end: 159,
    },
    observed: {
      date: '2017-03-16',
      precision: 'day',
      inferredYear: true,
      yearFrom: { source: 'page-date', date: '2017-03-22' },
    },
    place: { placeId: 'dandong', name: 'Dandong' },
    count: { kind: 'approximate', value: 200, text: 'another 200' },
    direction: 'to-russia',
    origin: { placeId: 'south-pyongan', name: 'South Pyongan Province' },
    relatedFacts: ['dandong-inns'],
    confidence: 'single-source',
    notes: 'Second group at the inns.',
    ...overrides,
  };
  const id = `3f0c9a52-6a0e-4d8b-9a43-2a8f3c1d9e${String(10 + n).padStart(2, '0')}`;
  return createSighting(draft, new Date(`2026-11-${10 + n}T02:10:00.000Z`), id);
}
