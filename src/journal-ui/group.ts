/**
 * The journal's timeline view: sightings grouped by the month they were seen, newest first,
 * so a list of fifty reads as a chronology. Sightings known only to the year form their own
 * group after that year's months.
 */

import { monthHeading } from '@/src/report-ui/labels';
import type { Sighting } from '@/src/sightings/model';
import type { Lang } from '@/src/vocabulary';

/** One heading and its sightings. */
export interface DateGroup {
  /** `YYYY-MM` or `YYYY`. */
  key: string;
  sightings: Sighting[];
}

/** Groups by observed month (or year), newest first; within a group, newest date first. */
export function groupByObservedMonth(sightings: Sighting[]): DateGroup[] {
  const groups = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const key = s.observed.date.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareKeys(b, a))
    .map(([key, list]) => ({
      key,
      sightings: [...list].sort(
        (a, b) =>
          b.observed.date.localeCompare(a.observed.date) || b.createdAt.localeCompare(a.createdAt),
      ),
    }));
}

/** `2026-03` after `2026` (a year-only group sorts below the year's months). */
function compareKeys(a: string, b: string): number {
  const year = a.slice(0, 4).localeCompare(b.slice(0, 4));
  if (year !== 0) return year;
  return a.length - b.length || a.localeCompare(b);
}

/** "March 2026" or "2026 (month unknown)", in the interface language. */
export function groupLabel(key: string, lang: Lang = 'en'): string {
  return monthHeading(key, lang);
}
