/**
 * The interface language as a Preact context, so every component words itself in the reader's
 * language without passing it down by hand. Without a provider, components speak English (the
 * unit tests and the prerendered English popup rely on that).
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translate, translator } from '@/src/i18n/translate';
import type { Lang } from '@/src/vocabulary';

/** What a component needs to speak the interface language. */
export interface I18n {
  lang: Lang;
  t: Translate;
}

const english: I18n = { lang: 'en', t: translator('en') };
const I18nContext = createContext<I18n>(english);
const cache = new Map<Lang, I18n>([['en', english]]);

/** The context value for `lang` (one object per language, so consumers re-render only on change). */
export function i18nFor(lang: Lang): I18n {
  let value = cache.get(lang);
  if (!value) {
    value = { lang, t: translator(lang) };
    cache.set(lang, value);
  }
  return value;
}

/** Makes `lang` the interface language of everything inside. */
export function I18nProvider(props: { lang: Lang; children: ComponentChildren }) {
  return <I18nContext.Provider value={i18nFor(props.lang)}>{props.children}</I18nContext.Provider>;
}

/** The interface language and its message lookup. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
