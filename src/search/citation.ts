/**
 * Plain-text citations of a fact's main source, for pasting into an article, a report or a
 * notebook: publication, title, date as precisely as the source gives it, URL, and the date
 * the source was checked. Dates are written as on the cards (`src/ui/format-date.ts`), never
 * more precisely than the source gives them.
 */
import type { Source } from '@/src/facts/schema';
import { compactDate, formatDatePoint } from '@/src/ui/format-date';

/** A YYYY-MM-DD day in words, as the cards write dates. */
function dayText(isoDate: string): string {
  return formatDatePoint(isoDate, 'day');
}

/**
 * The citation of `source`. The access date is the day the fact base recorded the source as
 * checked; a source never checked gets none (the day a reader copies the citation is not the
 * day anyone read the source). A copy on another site is named as such.
 *
 * Example: `Daily NK. "Hundreds of North Korean workers …" c. 21–23 Mar 2017.
 * https://www.dailynk.com/… (accessed 3 Dec 2026).`
 */
export function formatCitation(source: Source): string {
  const title = source.title.replace(/[.。]$/, '');
  const published = compactDate(source.date);
  const copy = source.via ? ` Copy at ${source.via}:` : '';
  const accessed = source.accessed ? ` (accessed ${dayText(source.accessed)})` : '';
  return `${source.publication}. "${title}." ${published}.${copy} ${source.url}${accessed}.`;
}
