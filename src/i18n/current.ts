/**
 * The interface language where the extension runs (background, popup, extension pages): the
 * settings' choice, else the reader's preferred languages (`navigator.languages`, what a
 * reader sets for web content), else the browser's own interface language, else English.
 */
import { browser } from 'wxt/browser';
import { loadSettings } from '@/src/settings/items';
import type { Lang } from '@/src/vocabulary';
import { resolveUiLang, type UiLangChoice } from './ui-lang';

/** The browser's language tags, most preferred first. */
export function browserLanguageTags(): string[] {
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  const ui = browser.i18n?.getUILanguage?.();
  return ui ? [...preferred, ui] : preferred;
}

/** The interface language for a settings choice. */
export function uiLangFor(choice: UiLangChoice | undefined): Lang {
  return resolveUiLang(choice, browserLanguageTags());
}

/** The interface language now (settings that cannot be read count as "auto"). */
export async function currentUiLang(): Promise<Lang> {
  const settings = await loadSettings().catch(() => undefined);
  return uiLangFor(settings?.interfaceLanguage);
}
