/**
 * The interface language for the extension's own pages (report form, journal, settings): the
 * language of the surrounding {@link I18nProvider}, with a lookup that also knows the pages'
 * own words (`src/i18n/page-translate.ts`), which the overlay's and the popup's bundles leave out.
 */
import { type PageTranslate, pageTranslator } from '@/src/i18n/page-translate';
import type { Lang } from '@/src/vocabulary';
import { useI18n } from './i18n';

/** What a component of an extension page needs to speak the interface language. */
export interface PageI18n {
  lang: Lang;
  t: PageTranslate;
}

const cache = new Map<Lang, PageI18n>();

/** The interface language and a lookup of the pages' and the core messages. */
export function usePageI18n(): PageI18n {
  const { lang } = useI18n();
  let value = cache.get(lang);
  if (!value) {
    value = { lang, t: pageTranslator(lang) };
    cache.set(lang, value);
  }
  return value;
}
