/**
 * Message lookup for the extension's own pages (report form, journal, settings): their own
 * catalogs (`./messages/pages/`) and the core ones. Kept apart from `./translate.ts` so that
 * the overlay's and the popup's bundles, which never show these words, do not carry them.
 */
import type { Lang } from '../vocabulary';
import type { MessageKey } from './messages/en';
import { type PageMessageKey, pageCatalogs } from './messages/pages';
import { type MessageParams, render, translate } from './translate';

/** A key the extension pages may show: theirs or a core one. */
export type AnyMessageKey = MessageKey | PageMessageKey;

/** A message lookup bound to one language, for the extension pages. */
export type PageTranslate = (key: AnyMessageKey, params?: MessageParams) => string;

function isPageKey(key: AnyMessageKey): key is PageMessageKey {
  return key in pageCatalogs.en;
}

/** The message `key` in `lang`, placeholders filled (English when the catalog lacks it). */
export function pageTranslate(lang: Lang, key: AnyMessageKey, params?: MessageParams): string {
  if (!isPageKey(key)) return translate(lang, key, params);
  return render(lang, pageCatalogs[lang][key] ?? pageCatalogs.en[key], params);
}

/** A lookup bound to `lang`. */
export function pageTranslator(lang: Lang): PageTranslate {
  return (key, params) => pageTranslate(lang, key, params);
}
