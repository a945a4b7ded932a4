import { describe, expect, it } from 'vitest';
import {
  filterSightings,
  observedInterval,
  searchSightings,
  sortSightings,
} from '@/src/sightings/journal';
import type { Sighting } from '@/src/sightings/model';
import { sampleSighting } from './sample';

const ids = (list: Sighting[]) => list.map((s) => s.notes);

const journal = [
  sampleSighting({ id: '00000000-0000-4000-8000-000000000001', notes: 'inn group' }),
  sampleSighting({
    id: '00000000-0000-4000-8000-000000000002',
    notes: '하산 역 노동자',
    place: { placeId: 'khasan', name: 'Khasan' },
    direction: 'in-transit',
    confidence: 'unverified',
    observed: { date: '2024-02', precision: 'month' },
    page: { ...sampleSighting().page, url: 'https://example.org/ko/1', site: 'example.org' },
    quote: { ...sampleSighting().quote, exact: '블라디보스토크 인근에서 300여 명이 내렸다' },
  }),
  sampleSighting({
    id: '00000000-0000-4000-8000-000000000003',
    notes: 'same quote again',
    createdAt: '2026-11-29T00:00:00.000Z',
    updatedAt: '2026-11-29T00:00:00.000Z',
    observed: { date: '2017', precision: 'year' },
  }),
];

describe('searchSightings', () => {
  it('finds short Korean words by substring and English typos by fuzzy match', () => {
    expect(ids(searchSightings(journal, '하산'))).toEqual(['하산 역 노동자']);
    expect(ids(searchSightings(journal, '300여'))).toEqual(['하산 역 노동자']);
    expect(ids(searchSightings(journal, 'Khasn'))).toEqual(['하산 역 노동자']);
    expect(ids(searchSightings(journal, 'inn group'))[0]).toBe('inn group');
  });

  it('returns everything for an empty query and nothing for an unrelated one', () => {
    expect(searchSightings(journal, '  ')).toHaveLength(3);
    expect(searchSightings(journal, 'zzzzqqqq')).toEqual([]);
  });
});

describe('filterSightings', () => {
  it('combines field filters', () => {
    expect(ids(filterSightings(journal, { direction: 'in-transit' }))).toEqual(['하산 역 노동자']);
    expect(
      ids(filterSightings(journal, { confidence: 'single-source', placeId: 'dandong' })),
    ).toHaveLength(2);
    expect(ids(filterSightings(journal, { site: 'example.org' }))).toEqual(['하산 역 노동자']);
    expect(ids(filterSightings(journal, { placeId: 'khasan' }))).toEqual(['하산 역 노동자']);
    expect(filterSightings(journal, { placeId: 'south-pyongan' })).toHaveLength(3);
  });

  it('filters by observed date ranges, counting a month or year as its whole span', () => {
    expect(ids(filterSightings(journal, { observedFrom: '2024-02-15' }))).toEqual([
      '하산 역 노동자',
    ]);
    expect(ids(filterSightings(journal, { observedTo: '2017-03-10' }))).toEqual([
      'same quote again',
    ]);
    expect(
      filterSightings(journal, { observedFrom: '2017-03', observedTo: '2017-03' }),
    ).toHaveLength(2);
  });

  it('shows only duplicates on request', () => {
    expect(ids(filterSightings(journal, { duplicatesOnly: true }))).toEqual([
      'inn group',
      'same quote again',
    ]);
  });
});

describe('sortSightings', () => {
  it('orders by observed date or by creation', () => {
    expect(ids(sortSightings(journal, 'observed-desc'))[0]).toBe('하산 역 노동자');
    expect(ids(sortSightings(journal, 'observed-asc'))[0]).toBe('same quote again');
    expect(ids(sortSightings(journal, 'created-desc'))[0]).toBe('same quote again');
    expect(observedInterval({ date: '2017', precision: 'year' })).toEqual([
      '2017-01-01',
      '2017-12-31',
    ]);
  });
});
