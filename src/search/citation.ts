/**
 * Plain-text citations of a fact's main source, for pasting into an article, a report or a
 * notebook: publication, title, date as precisely as the source gives it, URL, and the date
 * it was accessed. Dates are written as on the cards (`src/ui/format-date.ts`), never more
 * precisely than the source gives them.
 */
import type { Source } from '@/src/facts/schema';
import { formatDatePoint, formatFuzzyDate } from '@/src/ui/format-date';

/** A YYYY-MM-DD day in words, as the cards write dates. */
function dayText(isoDate: string): string {
  return formatDatePoint(isoDate, 'day');
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The citation of `source`. The access date is the one the fact base recorded when the source
 * was checked; without one it is `today`, the day the reader takes the citation.
 *
 * Example: `Daily NK. "Hundreds of North Korean workers …" 22 Mar 2017.
 * https://www.dailynk.com/… (accessed 20 Nov 2026).`
 */
export function formatCitation(source: Source, today: Date): string {
  const title = source.title.replace(/[.。]$/, '');
  const accessed = dayText(source.accessed ?? isoDay(today));
  // The date's label is a note for readers of a card, not part of a reference.
  const published = formatFuzzyDate({ ...source.date, label: undefined });
  return (
    `${source.publication}. "${title}." ${published}. ` + `${source.url} (accessed ${accessed}).`
  );
}
