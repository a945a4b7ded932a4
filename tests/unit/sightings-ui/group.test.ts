import { describe, expect, it } from 'vitest';
import { groupByObservedMonth, groupLabel } from '@/src/journal-ui/group';
import { sampleSighting } from '../store/sample';

describe('journal timeline grouping', () => {
  it('groups by month seen, newest first, year-only after that year’s months', () => {
    const at = (n: number, date: string, precision: 'day' | 'month' | 'year') =>
      sampleSighting(n, { observed: { date, precision } });
    const groups = groupByObservedMonth([
      at(1, '2017-03-17', 'day'),
      at(2, '2026', 'year'),
      at(3, '2026-03-09', 'day'),
      at(4, '2026-03-12', 'day'),
      at(5, '2026-01', 'month'),
    ]);
    expect(groups.map((g) => [g.key, g.sightings.map((s) => s.observed.date)])).toEqual([
      ['2026-03', ['2026-03-12', '2026-03-09']],
      ['2026-01', ['2026-01']],
      ['2026', ['2026']],
      ['2017-03', ['2017-03-17']],
    ]);
    expect(groups.map((g) => groupLabel(g.key))).toEqual([
      'March 2026',
      'January 2026',
      '2026 (month unknown)',
      'March 2017',
    ]);
  });
});
