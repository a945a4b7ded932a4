/**
 * Starts one of the extension's own pages (report form, journal, settings) in the interface
 * language: the language is resolved before the first render (settings, then the browser's
 * languages), set on `<html lang>` with a localized `document.title`, and followed when the
 * settings change, so the settings page's language select re-words every open page at once.
 */
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { currentUiLang, uiLangFor } from '@/src/i18n/current';
import { type AnyMessageKey, pageTranslate } from '@/src/i18n/page-translate';
import { watchSettings } from '@/src/settings/items';
import type { Lang } from '@/src/vocabulary';
import { I18nProvider } from './i18n';

/** Marks the document as written in `lang` and titles it. */
export function applyDocumentLang(lang: Lang, titleKey: AnyMessageKey): void {
  document.documentElement.lang = lang;
  document.title = pageTranslate(lang, titleKey);
}

/**
 * Renders `app()` into `root` inside an {@link I18nProvider}, re-rendering when the interface
 * language changes. Resolves once the first render is done.
 */
export async function mountPage(
  root: HTMLElement,
  titleKey: AnyMessageKey,
  app: () => ComponentChildren,
): Promise<void> {
  let shown: Lang | null = null;
  const show = (lang: Lang) => {
    if (lang === shown) return;
    shown = lang;
    applyDocumentLang(lang, titleKey);
    render(<I18nProvider lang={lang}>{app()}</I18nProvider>, root);
  };
  show(await currentUiLang());
  watchSettings((settings) => show(uiLangFor(settings.interfaceLanguage)));
}
