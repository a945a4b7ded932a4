/**
 * Timeline layout as numbers: a long axis broken where decades pass without events (1959 sits
 * alone; 2005–2026 is busy), a detail strip for the densest month (March 2017's five dates would
 * otherwise fall on one pixel), and lanes so marks and their labels do not overlap. Pure; the
 * component only draws what this returns.
 */

import { MONTH_ABBREVIATIONS } from '../dates/calendar';
import { dayNumber } from './dates';
import { textWidth } from './labels';
import type { TimelineEvent } from './timeline-events';

/** A piece of the axis: days `from`..`to` drawn at x `x0`..`x1`. */
export interface AxisSegment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** A tick on an axis; `row` 1 lifts a label that would touch its left neighbour's. */
export interface Tick {
  x: number;
  text: string;
  row?: 0 | 1;
}

/** Lifts every tick label that would sit within `gap` pixels of the previous one on row 0. */
export function staggerTicks(ticks: Tick[], gap = 16): Tick[] {
  let last = -Infinity;
  return ticks.map((t) => {
    if (t.x - last >= gap) {
      last = t.x;
      return { ...t, row: 0 };
    }
    return { ...t, row: 1 };
  });
}

/** One event placed on a strip. */
export interface Mark {
  event: TimelineEvent;
  x0: number;
  x1: number;
  /** Pixel span of the stated (non-fuzzy) part. */
  core: [number, number];
  lane: number;
  showLabel: boolean;
  /** The text drawn: the event's short text, shortened when the strip is too narrow for it. */
  label: string;
  /** The label sits left of the mark (it would run past the right edge otherwise). */
  labelLeft: boolean;
  /** Drawn again, readable, in the detail strip: here it is only a faint tick. */
  inDetail: boolean;
}

/** Font size of timeline labels, in layout pixels. */
export const TIMELINE_FONT = 10;

/** A drawn axis with its marks. */
export interface Strip {
  segments: AxisSegment[];
  ticks: Tick[];
  marks: Mark[];
  lanes: number;
}

export interface TimelineLayout {
  width: number;
  overview: Strip;
  /** The densest month drawn day by day, when it holds several events. */
  detail: (Strip & { month: string; from: number; to: number }) | null;
}

const YEAR = 365.25;
const GAP_BREAK = 15 * YEAR;
const SEGMENT_GAP = 14;
const MIN_SEGMENT = 44;
const MONTHS = MONTH_ABBREVIATIONS;

const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** Axis segments covering every event, with a break wherever events leave a 15-year gap. */
export function axisSegments(events: readonly TimelineEvent[], x0: number, x1: number) {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const spans: [number, number][] = [];
  for (const e of sorted) {
    const last = spans[spans.length - 1];
    if (last && e.start - last[1] < GAP_BREAK) last[1] = Math.max(last[1], e.end);
    else spans.push([e.start, e.end]);
  }
  const years = spans.map(([a, b]): [number, number] => [
    dayNumber(yearOf(a) - 1),
    dayNumber(yearOf(b) + 1),
  ]);
  const usable = x1 - x0 - SEGMENT_GAP * (years.length - 1);
  const total = years.reduce((s, [a, b]) => s + (b - a), 0);
  const widths = years.map(([a, b]) => Math.max(MIN_SEGMENT, (usable * (b - a)) / total));
  const stretch = usable / widths.reduce((s, w) => s + w, 0);
  let x = x0;
  return years.map(([from = 0, to = 0], i) => {
    const w = (widths[i] ?? 0) * stretch;
    const seg = { from, to, x0: x, x1: x + w };
    x += w + SEGMENT_GAP;
    return seg;
  });
}

/** Maps a day to x on a broken axis; days in a break go to the break's middle. */
export function scaleDay(segments: readonly AxisSegment[], day: number): number {
  for (const [i, s] of segments.entries()) {
    if (day <= s.to) {
      if (day >= s.from) return s.x0 + ((day - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
      const prev = segments[i - 1];
      return prev ? (prev.x1 + s.x0) / 2 : s.x0;
    }
  }
  return segments[segments.length - 1]?.x1 ?? 0;
}

function yearTicks(segments: readonly AxisSegment[]): Tick[] {
  return segments.flatMap((s) => {
    const pxPerYear = ((s.x1 - s.x0) / (s.to - s.from)) * YEAR;
    const step = [1, 2, 5, 10, 20].find((n) => n * pxPerYear >= 30) ?? 50;
    const ticks: Tick[] = [];
    for (let y = yearOf(s.from) + 1; y < yearOf(s.to) + 1; y++) {
      const x = scaleDay([s], dayNumber(y));
      if (y % step === 0 && x <= s.x1 - 8) ticks.push({ x, text: String(y) });
    }
    // A short segment (the lone 1959) still names its year.
    const middle = yearOf((s.from + s.to) / 2);
    if (ticks.length === 0)
      ticks.push({ x: scaleDay([s], dayNumber(middle)), text: String(middle) });
    return ticks;
  });
}

/**
 * The longest form of `text` that fits in `room` pixels: the whole text, the part before its
 * colon ("Dandong groups" for "Dandong groups: first group arrives"), or that part cut with an
 * ellipsis; the full text stays in the mark's title and accessible name.
 */
export function fitLabel(text: string, room: number): string | null {
  const fits = (t: string) => textWidth(t, TIMELINE_FONT) + 5 <= room;
  if (fits(text)) return text;
  const head = text.split(':')[0]?.trim() ?? text;
  if (fits(head)) return head;
  for (let n = head.length - 1; n >= 3; n--) {
    const cut = `${head.slice(0, n).trimEnd()}…`;
    if (fits(cut)) return cut;
  }
  return null;
}

/**
 * Assigns lanes left to right; a label that finds no free lane is hidden. A label that would
 * pass `maxX` goes left of its mark; one that fits neither side is shortened to fit the wider
 * side (see {@link fitLabel}), and only a mark with no room for three letters has none.
 */
export function assignLanes(
  marks: Mark[],
  maxLanes: number,
  labels: boolean,
  maxX = Infinity,
): number {
  const ends: number[] = [];
  for (const m of [...marks].sort(
    (a, b) => a.x0 - b.x0 || a.event.key.localeCompare(b.event.key),
  )) {
    const room = Math.max(maxX - m.x1, m.x0);
    const text = labels ? fitLabel(m.event.short, room) : null;
    m.label = text ?? '';
    const full = text === null ? 0 : textWidth(text, TIMELINE_FONT) + 5;
    const fits = text !== null && (m.x1 + full <= maxX || m.x0 - full >= 0);
    const w = fits ? full : 0;
    const labelLeft = fits && m.x1 + w > maxX;
    const left = labelLeft ? m.x0 - w : m.x0;
    const right = (labelLeft ? m.x1 : m.x1 + w) + 4;
    m.labelLeft = labelLeft;
    const lane = ends.findIndex((end) => end <= left - 3);
    if (lane >= 0 || ends.length < maxLanes) {
      const i = lane >= 0 ? lane : ends.length;
      ends[i] = right;
      Object.assign(m, { lane: i, showLabel: fits });
    } else {
      const i = ends.indexOf(Math.min(...ends));
      ends[i] = Math.max(ends[i] ?? 0, m.x1 + 4);
      Object.assign(m, { lane: i, showLabel: false });
    }
  }
  return Math.max(1, ends.length);
}

function place(e: TimelineEvent, segments: readonly AxisSegment[]): Mark {
  const at = (d: number) => scaleDay(segments, d);
  // A day is drawn at its middle, so it sits on its tick in the detail strip.
  const mid = at((e.core[0] + e.core[1]) / 2);
  return {
    event: e,
    x0: e.shape === 'point' ? mid : at(e.start),
    x1: e.shape === 'point' ? mid : at(e.end),
    core: [at(e.core[0]), at(e.core[1])],
    lane: 0,
    showLabel: false,
    label: e.short,
    labelLeft: false,
    inDetail: false,
  };
}

/** The month (YYYY-MM) holding the most short events, if it holds at least `min`. */
export function densestMonth(events: readonly TimelineEvent[], min = 3): string | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.end - e.start > 31) continue;
    const d = new Date(e.start * 86_400_000).toISOString().slice(0, 7);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best && best[1] >= min ? best[0] : null;
}

/** Lays out `events` (facts and sightings) for a timeline `width` pixels wide. */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  options: { width: number; compact?: boolean },
): TimelineLayout {
  const { width } = options;
  const labels = !options.compact;
  const segments = axisSegments(events, 8, width - 8);
  const month = options.compact ? null : densestMonth(events);
  const [my = 0, mm = 1] = (month ?? '').split('-').map(Number);
  const from = dayNumber(my, mm);
  const to = dayNumber(my, mm + 1);
  const inMonth = (e: TimelineEvent) => month !== null && e.start >= from && e.end <= to;
  const overviewMarks = events.map((e) => place(e, segments));
  // With labels, lanes are added until every mark's label has room: no mark goes unnamed.
  const lanes = assignLanes(
    overviewMarks.filter((m) => !inMonth(m.event)),
    labels ? Number.POSITIVE_INFINITY : 3,
    labels,
    width - 4,
  );
  for (const m of overviewMarks.filter((m) => inMonth(m.event)))
    Object.assign(m, { lane: 0, showLabel: false, inDetail: true });
  const overview = { segments, ticks: yearTicks(segments), marks: overviewMarks, lanes };
  if (!month) return { width, overview, detail: null };
  const daySeg = [{ from, to, x0: 8, x1: width - 8 }];
  const detailMarks = events.filter(inMonth).map((e) => place(e, daySeg));
  const days = [
    ...new Set([1, ...detailMarks.map((m) => new Date(m.event.start * 86_400_000).getUTCDate())]),
  ];
  const ticks = staggerTicks(
    days
      .sort((a, b) => a - b)
      .map((d) => ({ x: scaleDay(daySeg, from + d - 1 + 0.5), text: String(d) })),
  );
  const detailLanes = assignLanes(
    detailMarks,
    labels ? Number.POSITIVE_INFINITY : 6,
    labels,
    width - 4,
  );
  return {
    width,
    overview,
    detail: {
      segments: daySeg,
      ticks,
      marks: detailMarks,
      lanes: detailLanes,
      month: `${MONTHS[mm - 1]} ${my}`,
      from,
      to,
    },
  };
}
