/**
 * The popup's first screen as static markup, rendered at build time into `popup.html` (English)
 * and `popup-<lang>.html` (the other interface languages, the background picks the page): the
 * search box, the summary line and every fact by topic, exactly as the app renders them before
 * the tab state and the search arrive. The browser paints it as soon as the page is parsed;
 * the script then renders the same tree over it (Preact reuses the nodes) and takes over.
 * Runs in Node with happy-dom standing in for the page.
 */

import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { render } from 'preact';
import { type FactBase, factBase, withFactTexts } from '@/src/facts';
import { bundledFactTexts } from '@/src/facts/translations';
import { translator } from '@/src/i18n/translate';
import { I18nProvider } from '@/src/ui/i18n';
import { LANGS, type Lang } from '@/src/vocabulary';
import { App } from './App';
import { popupLinks } from './links';

/** The app's markup in `lang` before the tab state and the search are known. */
export function popupShellMarkup(base: FactBase = factBase, lang: Lang = 'en'): string {
  const window = new Window();
  const scope = globalThis as { document?: unknown };
  const previous = scope.document;
  // Preact creates nodes through the global document.
  scope.document = window.document;
  try {
    const root = window.document.createElement('div');
    const texts = lang === 'en' ? undefined : bundledFactTexts(lang);
    render(
      <I18nProvider lang={lang}>
        <App
          base={withFactTexts(base, texts)}
          factLang={lang}
          search={undefined}
          report={undefined}
          links={popupLinks(undefined, translator(lang))}
        />
      </I18nProvider>,
      root as unknown as HTMLElement,
    );
    const markup = root.innerHTML;
    // Unmount before effects run: they would focus and listen on a page that is not there.
    render(null, root as unknown as HTMLElement);
    return markup;
  } finally {
    scope.document = previous;
    void window.happyDOM.close();
  }
}

/** The markup in every interface language, by language. */
export function popupShellMarkups(base: FactBase = factBase): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, popupShellMarkup(base, lang)])) as Record<
    Lang,
    string
  >;
}

// `tsx src/popup/shell.tsx` prints the markups as JSON (the build's popup-shell plugin runs it).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(popupShellMarkups()));
}
