/**
 * Which language the interface speaks. It follows the browser's languages, first one the
 * extension has, with English as the fallback; the settings can name one instead. Pure: the
 * callers pass the browser's languages (`navigator.languages`, `i18n.getUILanguage()`).
 */
import { LANGS, type Lang } from '../vocabulary';

/** The settings' choice: a language, or "auto" (the browser's). */
export type UiLangChoice = 'auto' | Lang;

/** Every value the settings' language choice may take. */
export const UI_LANG_CHOICES: readonly UiLangChoice[] = ['auto', ...LANGS];

/** Each language named in itself, for the language menus ("한국어", not "Korean"). */
export const LANG_SELF_NAMES: Record<Lang, string> = {
  en: 'English',
  ko: '한국어',
  ru: 'Русский',
  zh: '中文（简体）',
  ja: '日本語',
};

/** The short code a card's language switch shows for each language. */
export const LANG_BUTTON_LABELS: Record<Lang, string> = {
  en: 'EN',
  ko: '한',
  ru: 'РУ',
  zh: '中',
  ja: '日',
};

/** The `_locales` folder of each language (Chrome names simplified Chinese `zh_CN`). */
export const LOCALE_FOLDERS: Record<Lang, string> = {
  en: 'en',
  ko: 'ko',
  ru: 'ru',
  zh: 'zh_CN',
  ja: 'ja',
};

/** The extension's language for a BCP 47 tag ("ko-KR" → ko, "zh-Hant-TW" → zh), or null. */
export function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

/**
 * The interface language: the settings' choice when it names one, else the first of the
 * browser's languages the extension has, else English.
 */
export function resolveUiLang(
  choice: UiLangChoice | undefined,
  browserTags: readonly string[],
): Lang {
  if (choice && choice !== 'auto') return choice;
  for (const tag of browserTags) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}
