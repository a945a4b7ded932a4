/**
 * The panel's line on the date its cards were ranked by, saying where the date came from, so a
 * reader can tell a published date from a guess: "Article dated 12 Aug 2025", "Ranked for 2024,
 * the newest year in the text", "No article date found: ranked for today". Pure.
 */
import type { PageDate } from '@/src/dates/page-date';
import { translate } from '@/src/i18n/translate';
import { formatDatePoint } from '@/src/ui/format-date';
import type { Lang } from '@/src/vocabulary';

/** The line for `date` (null: the page gave none) in `lang`. */
export function pageDateLine(date: PageDate | null, lang: Lang = 'en'): string {
  if (!date) return translate(lang, 'pageDate.none');
  const shown = formatDatePoint(date.date, date.precision, lang);
  switch (date.source) {
    case 'meta':
    case 'json-ld':
    case 'time':
      return translate(lang, 'pageDate.dated', { date: shown });
    case 'url':
      return translate(lang, 'pageDate.url', { date: shown });
    case 'dateline':
      return translate(lang, 'pageDate.dateline', { date: shown });
    case 'text-year':
      return translate(lang, 'pageDate.textYear', { date: shown });
  }
}
