/**
 * The interface language as the background applies it: the popup page prerendered in that
 * language, the context menu's wording, and the language of the cards and why lines it sends.
 * Follows the settings while the background runs.
 */
import { browser } from 'wxt/browser';
import { uiLangFor } from '@/src/i18n/current';
import { translate } from '@/src/i18n/translate';
import { popupPageFile } from '@/src/popup/pages';
import { loadSettings, watchSettings } from '@/src/settings/items';
import type { Lang } from '@/src/vocabulary';
import { REPORT_MENU_ID } from './context-menu';

/** The background's view of the interface language. */
export interface InterfaceLanguage {
  /** The language now (read from the settings on first use). */
  current(): Promise<Lang>;
}

type ActionApi = { setPopup(details: { popup: string }): Promise<void> | void };

const logFailure = (what: string) => (error: unknown) =>
  console.error(`DPRK Labor Lens: ${what} failed`, error);

/** Applies `lang` to the toolbar popup and the context menu. */
async function apply(lang: Lang, menuInstalled: boolean): Promise<void> {
  const scope = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  const action = scope.action ?? scope.browserAction;
  await action?.setPopup({ popup: popupPageFile(lang) });
  if (menuInstalled)
    await browser.contextMenus.update(REPORT_MENU_ID, { title: translate(lang, 'ext.menuReport') });
}

/** Starts following the settings' language; call once when the background starts. */
export function startInterfaceLanguage(): InterfaceLanguage {
  let lang = loadSettings().then(
    (settings) => uiLangFor(settings.interfaceLanguage),
    () => uiLangFor('auto'),
  );
  void lang.then((l) => apply(l, false)).catch(logFailure('setting the popup language'));
  watchSettings((settings) => {
    const next = uiLangFor(settings.interfaceLanguage);
    lang = Promise.resolve(next);
    apply(next, true).catch(logFailure('changing the interface language'));
  });
  return { current: () => lang };
}
