/**
 * Files the build writes from the catalogs and the fact translations: `_locales/<locale>/
 * messages.json` (the extension's name, description, toolbar title and command as the browser
 * and the stores show them) and `i18n/facts-<lang>.json` (one language's card texts and source
 * perspectives, loaded when a reader uses it). Generated, so the catalogs stay the one place these words live.
 */

import { factTextsFile, type TranslatedLang } from '../facts/fact-text';
import { bundledFactTexts, bundledTranslations } from '../facts/translations';
import { LANGS } from '../vocabulary';
import type { MessageKey } from './messages/en';
import { translate } from './translate';
import { LOCALE_FOLDERS } from './ui-lang';

/** The `__MSG_…__` names the manifest uses, and the catalog keys they come from. */
export const MANIFEST_MESSAGES: Record<string, MessageKey> = {
  extName: 'ext.name',
  extDescription: 'ext.description',
  actionTitle: 'ext.actionTitle',
  commandOpenPanel: 'ext.commandOpenPanel',
};

/** A file of the built extension: where it goes and what it holds. */
export interface BuiltFile {
  relativeDest: string;
  contents: string;
}

/** Every `_locales/<locale>/messages.json`. */
export function localeFiles(): BuiltFile[] {
  return LANGS.map((lang) => {
    const messages = Object.fromEntries(
      Object.entries(MANIFEST_MESSAGES).map(([name, key]) => [
        name,
        { message: translate(lang, key) },
      ]),
    );
    return {
      relativeDest: `_locales/${LOCALE_FOLDERS[lang]}/messages.json`,
      contents: `${JSON.stringify(messages, null, 2)}\n`,
    };
  });
}

/**
 * Every `i18n/facts-<lang>.json`, checked (a damaged translation fails the build): the card
 * texts by fact id and the sources' perspectives by source id, `{ facts, sources }`.
 */
export function factTextFiles(): BuiltFile[] {
  return (Object.keys(bundledTranslations) as TranslatedLang[]).map((lang) => ({
    relativeDest: factTextsFile(lang),
    contents: JSON.stringify(bundledFactTexts(lang)),
  }));
}
