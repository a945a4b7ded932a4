import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import { dateInterval, dayNumber } from '@/src/map/dates';
import { textWidth } from '@/src/map/labels';
import { layoutTimeline, scaleDay, TIMELINE_FONT } from '@/src/map/timeline';
import { dateShort, factEvents, sightingEvents, TIMELINE_FACTS } from '@/src/map/timeline-events';

const events = factEvents((id) => factBase.factById(id));

describe('date intervals', () => {
  it('draw a day as a point, a month and a year as bands, "about" as a wider fuzzy span', () => {
    expect(dateInterval({ date: '2017-03-17', precision: 'day' })).toMatchObject({
      shape: 'point',
      start: dayNumber(2017, 3, 17),
      end: dayNumber(2017, 3, 17),
    });
    expect(dateInterval({ date: '2017-03', precision: 'month' })).toMatchObject({
      shape: 'band',
      start: dayNumber(2017, 3, 1),
      end: dayNumber(2017, 4, 1),
    });
    expect(dateInterval({ date: '1959', precision: 'year' })).toMatchObject({
      shape: 'band',
      start: dayNumber(1959),
      end: dayNumber(1960),
    });
    const about = dateInterval({ date: '2007', precision: 'approximate' });
    expect(about.shape).toBe('fuzzy');
    expect(about.core).toEqual([dayNumber(2007), dayNumber(2008)]);
    expect(about.start).toBeLessThan(about.core[0]);
    expect(about.end).toBeGreaterThan(about.core[1]);
  });

  it('spans a range to the end of its last unit', () => {
    const r = dateInterval({
      date: '2017-03-01',
      precision: 'day',
      end: { date: '2017-06-22', precision: 'day' },
    });
    expect(r).toMatchObject({
      shape: 'band',
      start: dayNumber(2017, 3, 1),
      end: dayNumber(2017, 6, 23),
    });
  });
});

describe('timeline events', () => {
  it('hold every listed fact date, in date order, with full text labels', () => {
    const expected = TIMELINE_FACTS.reduce(
      (n, t) => n + (factBase.factById(t.id)?.dates.length ?? 0),
      0,
    );
    expect(events).toHaveLength(expected);
    for (let i = 1; i < events.length; i++) {
      expect((events[i]?.start ?? 0) >= (events[i - 1]?.start ?? 0)).toBe(true);
    }
    const text = events.map((e) => e.text).join('\n');
    for (const needle of [
      'Aug 1959',
      'c. 2007',
      '9 Mar 2017',
      '16 Mar 2017',
      '17 Mar 2017',
      '20 Mar 2017',
      '21 Mar 2017',
      '5 Aug 2017',
      '11 Sep 2017',
      '22 Dec 2019',
      'Aug 2023',
      '12 Mar 2026',
    ]) {
      expect(text).toContain(needle);
    }
  });
});

describe('timeline layout', () => {
  const layout = layoutTimeline(events, { width: 460 });

  it('breaks the axis between 1959 and the 2000s', () => {
    const segs = layout.overview.segments;
    expect(segs).toHaveLength(2);
    expect(segs[0]?.to).toBeLessThan(dayNumber(1990));
    expect(segs[1]?.from).toBeGreaterThan(dayNumber(2000));
    expect((segs[1]?.x0 ?? 0) - (segs[0]?.x1 ?? 0)).toBeGreaterThan(8);
    expect(layout.overview.ticks.map((t) => t.text)).toContain('1959');
  });

  it('keeps marks in date order and widths true to precision', () => {
    const xs = layout.overview.marks.map((m) => m.x0);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const seg = layout.overview.segments[1];
    if (!seg) throw new Error('no segment');
    const pxPerDay = (seg.x1 - seg.x0) / (seg.to - seg.from);
    for (const m of layout.overview.marks) {
      const e = m.event;
      if (e.start < seg.from) continue;
      if (e.shape === 'point') expect(m.x1 - m.x0).toBe(0);
      else expect(m.x1 - m.x0).toBeCloseTo((e.end - e.start) * pxPerDay, 6);
      if (e.shape === 'fuzzy') expect(m.x1 - m.x0).toBeGreaterThan(m.core[1] - m.core[0]);
    }
  });

  it('opens March 2017 day by day, with ticks on 9, 16, 17, 20 and 21', () => {
    expect(layout.detail?.month).toBe('Mar 2017');
    expect(layout.detail?.ticks.map((t) => t.text)).toEqual(['1', '9', '16', '17', '20', '21']);
    const ref = new Set(layout.detail?.marks.map((m) => m.event.ref));
    expect(ref).toEqual(
      new Set(['inns-march-groups', 'meeting-7th-jwg-2017', 'meeting-embassy-statement']),
    );
  });

  it('keeps labelled marks and their labels apart within a lane, inside the width', () => {
    for (const strip of [layout.overview, layout.detail]) {
      const shown = (strip?.marks ?? []).filter((m) => m.showLabel);
      const extent = (m: (typeof shown)[number]) => {
        const w = textWidth(m.event.short, TIMELINE_FONT) + 5;
        return m.labelLeft ? [m.x0 - w, m.x1] : [m.x0, m.x1 + w];
      };
      for (const m of shown) {
        const [l = 0, r = 0] = extent(m);
        expect(l, m.event.key).toBeGreaterThanOrEqual(0);
        expect(r, m.event.key).toBeLessThanOrEqual(layout.width);
      }
      for (let lane = 0; lane < (strip?.lanes ?? 0); lane++) {
        const row = shown.filter((m) => m.lane === lane).map(extent);
        row.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
        for (let i = 1; i < row.length; i++) {
          expect(row[i]?.[0] ?? 0).toBeGreaterThan(row[i - 1]?.[1] ?? 0);
        }
      }
    }
  });

  it('puts sightings on the same axis', () => {
    const s = sightingEvents([
      { id: 'x', observed: { date: '2024-12', precision: 'month' }, place: 'Khasan' },
    ]);
    const l = layoutTimeline([...events, ...s], { width: 460, compact: true });
    const mark = l.overview.marks.find((m) => m.event.kind === 'sighting');
    expect(mark?.x0).toBeCloseTo(scaleDay(l.overview.segments, dayNumber(2024, 12)), 6);
    expect(l.detail).toBeNull();
    expect(s[0]?.text).toBe('Your sighting, Dec 2024, Khasan');
  });
});

describe('detail ticks', () => {
  it('lift a day label that would touch its neighbour', async () => {
    const { staggerTicks } = await import('@/src/map/timeline');
    const rows = staggerTicks([
      { x: 10, text: '1' },
      { x: 100, text: '16' },
      { x: 110, text: '17' },
      { x: 150, text: '20' },
      { x: 160, text: '21' },
    ]).map((t) => t.row);
    expect(rows).toEqual([0, 0, 1, 0, 1]);
  });
});

describe('timeline labels', () => {
  it('names every mark and lets no two labels of a lane touch', () => {
    const all = [
      ...events,
      ...sightingEvents([
        { id: 'a', observed: { date: '2017-03-16', precision: 'day' }, place: 'Dandong' },
        { id: 'b', observed: { date: '2017-03-18', precision: 'day' }, place: 'Dandong station' },
        { id: 'c', observed: { date: '2024-12', precision: 'month' }, place: 'Khasan' },
        { id: 'd', observed: { date: '2025', precision: 'approximate' }, place: 'Tyumen' },
      ]),
    ];
    for (const width of [300, 460, 900]) {
      const l = layoutTimeline(all, { width });
      const strips = [l.overview, ...(l.detail ? [l.detail] : [])];
      for (const strip of strips) {
        const shown = strip.marks.filter((m) => !m.inDetail);
        expect(
          shown.every((m) => m.showLabel),
          `width ${width}`,
        ).toBe(true);
        const spans = shown.map((m) => {
          const w = textWidth(m.label, TIMELINE_FONT) + 5;
          return {
            lane: m.lane,
            from: m.labelLeft ? m.x0 - w : m.x0,
            to: m.labelLeft ? m.x1 : m.x1 + w,
          };
        });
        spans.forEach((a, i) => {
          spans.slice(i + 1).forEach((b) => {
            if (a.lane === b.lane) expect(a.to <= b.from || b.to <= a.from).toBe(true);
          });
        });
      }
    }
  });

  it('does not repeat a fact name as its date label', () => {
    expect(dateShort('Embassy post', 2, 'embassy post')).toBe('Embassy post');
    expect(dateShort('Rail', 2, 'suspended')).toBe('Rail: suspended');
    expect(dateShort('Rail', 1, 'suspended')).toBe('Rail');
    expect(events.some((e) => /^(.+): \1$/i.test(e.short))).toBe(false);
  });
});
