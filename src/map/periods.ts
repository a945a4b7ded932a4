/**
 * A route's periods of use as plain text for the leg list: "from Aug 1959 (bridge opened)",
 * "2008 – Feb 2020 (twice a month)", "until 2007 (closed about 2007)".
 */
import type { Precision } from '@/src/facts/schema';
import { translate } from '@/src/i18n/translate';
import { formatDatePoint } from '@/src/ui/format-date';
import type { Lang } from '@/src/vocabulary';
import { periodNote } from './route-words';
import type { RoutePeriod } from './routes';

function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** One period as text, in `lang` (dates through `Intl`, words from the catalogs). */
export function formatPeriod(p: RoutePeriod, lang: Lang = 'en'): string {
  const point = (date: string) => formatDatePoint(date, precisionOf(date), lang);
  const span =
    p.from && p.to
      ? p.from === p.to
        ? point(p.from)
        : translate(lang, 'journalMap.period.span', { from: point(p.from), to: point(p.to) })
      : p.from
        ? translate(lang, 'journalMap.period.from', { date: point(p.from) })
        : p.to
          ? translate(lang, 'journalMap.period.until', { date: point(p.to) })
          : '';
  const note = periodNote(p.note, lang);
  return span ? translate(lang, 'journalMap.period.withNote', { span, note }) : note;
}
