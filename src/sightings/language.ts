/**
 * The language a sighting stores: the quote's own, read from its script by the detector
 * (Hangul → Korean, Cyrillic → Russian, kana → Japanese, Han → Chinese, Latin → English), so a
 * Korean quote from a deep link or a typed quote is stored as Korean, not "unknown". When the
 * quote's script does not tell (digits, a few letters), the page's language as the sender judged
 * it is kept. Pure.
 */
import { detectLanguage } from '../detect';
import type { PageLang } from './model';
import { toPageLang } from './page-lang';

/** Language of `quote`, else `pageLang` (any BCP 47 tag or detector code), else `und`. */
export function quoteLanguage(quote: string, pageLang = 'und'): PageLang {
  const own = detectLanguage(quote);
  return own === 'und' ? toPageLang(pageLang) : own;
}
