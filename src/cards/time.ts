/**
 * Where a fact stands in time relative to the page that shows it: around the article's time,
 * after it (what followed), or before it (earlier history). Cards from around the article's
 * time come first, so a 2025 report on estimates does not open with a 2017 meeting. Pure.
 */
import type { Fact, FuzzyDate } from '@/src/facts/schema';

/** A fact's place in time relative to a page. */
export type TimeBand = 'around' | 'later' | 'earlier';

/** Display order of the bands. */
export const BAND_ORDER: Record<TimeBand, number> = { around: 0, later: 1, earlier: 2 };

/** Years before the page's date that still count as "around" its time. */
const AROUND_BEFORE = 2;
/** Years after the page's date that still count as "around" it (follow-ups of the story). */
const AROUND_AFTER = 1;

/** A partial ISO date as a fractional year, taken at the middle of its month or year. */
export function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined || Number.isNaN(m)) return year + 0.5;
  if (d === undefined || Number.isNaN(d)) return year + (m - 0.5) / 12;
  return year + (m - 1 + d / 31) / 12;
}

/** Spans by fact: ranking compares every fact's span many times per page, the dates never change. */
const spans = new WeakMap<Pick<Fact, 'dates'>, [number, number] | null>();

/**
 * The span of years a fact is about: from its first date to the latest of its dates (a fact on
 * plants seen from 2017 to 2024 belongs to 2024's pages too). Kept per fact object: a fact's
 * dates are never changed once it is loaded.
 */
export function factSpan(fact: Pick<Fact, 'dates'>): [number, number] | null {
  const known = spans.get(fact);
  if (known !== undefined) return known;
  const first: FuzzyDate | undefined = fact.dates[0];
  let span: [number, number] | null = null;
  if (first) {
    const start = yearOf(first.date);
    let end = start;
    for (const d of fact.dates) end = Math.max(end, yearOf(d.end?.date ?? d.date));
    span = [start, end];
  }
  spans.set(fact, span);
  return span;
}

/**
 * The band of a fact for a page dated `pageYear`. A standing fact (a rule in force, a profile)
 * is around any page from its start on; an undated fact is always around.
 */
export function timeBand(fact: Pick<Fact, 'dates' | 'standing'>, pageYear: number): TimeBand {
  const span = factSpan(fact);
  if (!span) return 'around';
  const [start, end] = span;
  if (start > pageYear + AROUND_AFTER) return 'later';
  if (fact.standing || end >= pageYear - AROUND_BEFORE) return 'around';
  return 'earlier';
}

/**
 * How far a fact lies from the page's date, in years (0 when the page's date is inside it). A
 * standing fact is as good as contemporary, with a small lead for the newer of two rules.
 */
export function timeDistance(fact: Pick<Fact, 'dates' | 'standing'>, pageYear: number): number {
  const span = factSpan(fact);
  if (!span) return 0;
  const [start, end] = span;
  if (pageYear < start) return start - pageYear;
  if (pageYear <= end) return 0;
  return fact.standing ? (pageYear - end) / 100 : pageYear - end;
}
