/**
 * Popup entry: renders the app over the first screen prerendered into `popup.html` (see
 * `src/popup/shell.tsx`), asks the background for the active tab's report, and builds the
 * search index right after the first frame, off the path to it.
 * `?tab=<id>` names the tab explicitly (the browser tests open the popup as a page).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type FactBase, factBase, withFactTexts } from '@/src/facts';
import { currentUiLang } from '@/src/i18n/current';
import { loadFactTexts } from '@/src/i18n/fact-texts';
import { translator } from '@/src/i18n/translate';
import { langOfTag } from '@/src/i18n/ui-lang';
import type { PageReport } from '@/src/messaging/protocol';
import { pageToBackground } from '@/src/messaging/protocol';
import { App } from '@/src/popup/App';
import { replayEarlyInput } from '@/src/popup/early-input';
import { popupLinks } from '@/src/popup/links';
import type { TabContext } from '@/src/popup/sections';
import type { FactSearch } from '@/src/search/search';
import { loadSettings } from '@/src/settings/items';
import { toCardView } from '@/src/ui/card-view';
import type { ReadCardIn } from '@/src/ui/FactCard';
import { I18nProvider } from '@/src/ui/i18n';
import { withTimeout } from '@/src/util/timeout';
import type { Lang } from '@/src/vocabulary';

// The script has loaded and its imports (fact base validation included) have run; the
// benchmark reads this mark and the ones below.
performance.mark('popup-script-ready');

let search: FactSearch | undefined;
let report: PageReport | null | undefined;
let tab: TabContext | undefined;
let searchFailed = false;
/** The interface language; the page was prerendered in its `<html lang>`. */
let lang: Lang = langOfTag(document.documentElement.lang) ?? 'en';
/** The fact base with its texts in the interface language. */
let base: FactBase = factBase;
/** The language of `base`'s texts: English when the interface language's failed to load. */
let factLang: Lang = 'en';

/** The interface language and its card texts (the settings may name another than the page's). */
async function prepareLanguage(): Promise<void> {
  lang = await currentUiLang();
  const texts = await loadFactTexts(lang).catch((error: unknown) => {
    console.error(`DPRK Labor Lens: facts stay in English, the ${lang} texts failed`, error);
    return undefined;
  });
  base = withFactTexts(factBase, texts);
  factLang = texts ? lang : 'en';
}

/** A fact's card in another language, for the detail's language switch. */
const readIn =
  (factId: string): ReadCardIn =>
  async (to) => {
    const fact = factBase.factById(factId);
    if (!fact) throw new Error(`No fact ${factId}`);
    const texts = await loadFactTexts(to);
    return toCardView(fact, factBase, to, {
      lang: to,
      text: texts?.facts[factId],
      sources: texts?.sources,
    });
  };

/** Loads fuse.js and builds the index after the first frame: the list needs neither. */
async function prepareSearch(): Promise<void> {
  try {
    const { buildSearchIndex, createFactSearch } = await import('@/src/search/search');
    search = createFactSearch(buildSearchIndex(base));
    performance.mark('popup-search-ready');
  } catch (error) {
    console.error('DPRK Labor Lens: the search could not be prepared', error);
    searchFailed = true;
  }
  draw();
}

/** Longest wait for the background's state of the tab. */
const TAB_STATE_TIMEOUT_MS = 5000;

/** The active tab (or the one `?tab=` names), with its address when the browser gives it. */
async function activeTab(): Promise<{ id?: number; url?: string }> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named) {
    const id = Number(named);
    return Number.isInteger(id) ? await browser.tabs.get(id).catch(() => ({ id })) : {};
  }
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0] ?? {};
}

/** The tab's report and what tells why a page has none (its address, the settings). */
async function activeTabReport(): Promise<PageReport | null> {
  const found = await activeTab();
  const settings = await loadSettings().catch(() => undefined);
  tab = { url: found.url, settings };
  if (found.id === undefined) return null;
  return withTimeout(
    pageToBackground.sendMessage('getTabState', found.id),
    TAB_STATE_TIMEOUT_MS,
    "The extension's background",
  );
}

let initialQuery = '';

/**
 * "Report a sighting": the background reads the active tab (address, title, page date, any
 * selected text) and opens the form filled from it; the popup then closes. Opened as a page
 * (`?tab=`, the browser tests) it stays open. If the background cannot, the plain form opens.
 */
async function reportFromTab(): Promise<void> {
  const found = await activeTab().catch(() => ({}) as { id?: number });
  const named = new URLSearchParams(location.search).has('tab');
  try {
    if (found.id === undefined) throw new Error('no active tab');
    await pageToBackground.sendMessage('reportFromTab', found.id);
  } catch (error) {
    console.warn('DPRK Labor Lens: opening the plain report form', error);
    await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  }
  if (!named) window.close();
}

const draw = () =>
  render(
    <I18nProvider lang={lang}>
      <App
        base={base}
        factLang={factLang}
        search={search}
        searchFailed={searchFailed}
        report={report}
        tab={tab}
        links={popupLinks(report, translator(lang))}
        onLinkAction={() => void reportFromTab()}
        initialQuery={initialQuery}
        readIn={readIn}
      />
    </I18nProvider>,
    document.getElementById('app') as HTMLElement,
  );

/** Renders the popup, then loads its tab state and search. */
export function startPopup(): void {
  void prepareLanguage().finally(() => {
    // Whatever was typed into the prerendered search box before the script ran is kept.
    initialQuery = document.querySelector<HTMLInputElement>('#app input.search')?.value ?? '';
    document.documentElement.lang = lang;
    draw();
    // Arrows, Enter and row clicks from before this script ran: the app answers them now.
    void replayEarlyInput(window, () => document.querySelector<HTMLElement>('#app input.search'));
    requestAnimationFrame(() => {
      performance.mark('popup-first-render');
      setTimeout(() => void prepareSearch(), 0);
    });
  });
  activeTabReport().then(
    (found) => {
      report = found;
      draw();
    },
    (error: unknown) => {
      console.error('DPRK Labor Lens: could not read the tab state', error);
      report = null;
      tab = { ...tab, unreachable: true };
      draw();
    },
  );
}
