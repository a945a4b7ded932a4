import type { Sighting } from '@/src/sightings/model';

/** A complete, valid sighting whose id and quote vary with `n`. */
export function sampleSighting(n: number, change: Partial<Sighting> = {}): Sighting {
  const at = new Date(Date.UTC(2026, 2, 1, 12, 0, n)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    schemaVersion: 2,
    createdAt: at,
    updatedAt: at,
    page: {
      url: `https://news.example/story-${n}`,
      title: `Story ${n}`,
      site: 'news.example',
      lang: 'en',
      capturedAt: at,
      textCaptured: true,
      textSha256: 'a'.repeat(64),
    },
    quote: {
      exact: `about ${n} workers`,
      prefix: 'Dandong: ',
      suffix: ' left.',
      start: 9,
      end: 25,
    },
    observed: { date: '2026-03-09', precision: 'day' },
    place: { placeId: 'dandong', name: 'Dandong' },
    count: { kind: 'approximate', value: n },
    direction: 'to-russia',
    relatedFacts: [],
    confidence: 'single-source',
    notes: '',
    ...change,
  };
}
