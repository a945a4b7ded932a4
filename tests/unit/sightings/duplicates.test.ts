import { describe, expect, it } from 'vitest';
import { canonicalUrl, duplicateGroups, findDuplicates } from '@/src/sightings/duplicates';
import { mergeSightings } from '@/src/sightings/merge';
import { SAMPLE_ID, sampleSighting } from './sample';

const OTHER_ID = '0b5a1f0e-5d6c-4c1a-8f3e-7e2d9a4b6c10';

describe('duplicates', () => {
  it('treats the same page with tracking, fragment, www and trailing slash as one URL', () => {
    expect(canonicalUrl('https://www.dailynk.com/english/x/?utm_source=tw&id=3#top')).toBe(
      'https://dailynk.com/english/x?id=3',
    );
    expect(canonicalUrl('not a url ')).toBe('not a url');
  });

  it('warns on the same URL and quote, ignoring spacing and case', () => {
    const first = sampleSighting();
    const again = sampleSighting({
      id: OTHER_ID,
      page: { ...first.page, url: `${first.page.url}#comments` },
      quote: { ...first.quote, exact: 'Another  200 workers arrived on March 16' },
    });
    expect(findDuplicates([first], again)).toEqual([first]);
    expect(findDuplicates([first], first)).toEqual([]);
    expect(duplicateGroups([first, again]).map((g) => g.map((s) => s.id))).toEqual([
      [SAMPLE_ID, OTHER_ID],
    ]);
  });

  it('does not warn for a different quote on the same page', () => {
    const first = sampleSighting();
    const other = sampleSighting({ id: OTHER_ID, quote: { ...first.quote, exact: 'via Harbin' } });
    expect(findDuplicates([first], other)).toEqual([]);
  });
});

describe('mergeSightings', () => {
  it('appends new ids, replaces only with newer copies and never deletes', () => {
    const a = sampleSighting();
    const b = sampleSighting({ id: OTHER_ID });
    const newerA = { ...a, notes: 'edited', updatedAt: '2030-01-01T00:00:00.000Z' };
    const out = mergeSightings([a], [b, newerA, { ...a, notes: 'same time, other text' }]);
    expect(out.merged.map((s) => [s.id, s.notes])).toEqual([
      [SAMPLE_ID, 'edited'],
      [OTHER_ID, b.notes],
    ]);
    expect(out).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
  });
});
