/**
 * The panel's line on the date its cards were ranked by, saying where the date came from, so a
 * reader can tell a published date from a guess: "Article dated 12 Aug 2025", "Ranked for 2024,
 * the newest year in the text", "No article date found: ranked for today". Pure.
 */
import type { PageDate } from '@/src/dates/page-date';
import { formatDatePoint } from '@/src/ui/format-date';

/** The line for `date` (null: the page gave none). */
export function pageDateLine(date: PageDate | null): string {
  if (!date) return 'No article date found: ranked for today';
  const shown = formatDatePoint(date.date, date.precision);
  switch (date.source) {
    case 'meta':
    case 'json-ld':
    case 'time':
      return `Article dated ${shown}`;
    case 'url':
      return `Article dated ${shown} (from its address)`;
    case 'dateline':
      return `Article dated ${shown} (from its dateline)`;
    case 'text-year':
      return `Ranked for ${shown}, the newest year in the text`;
  }
}
