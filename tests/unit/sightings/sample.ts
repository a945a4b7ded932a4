import { createSighting } from '@/src/sightings/create';
import type { Sighting, SightingDraft } from '@/src/sightings/model';

/** A complete, valid draft modelled on the seed article's 16 March group. */
export function sampleDraft(overrides: Partial<SightingDraft> = {}): SightingDraft {
  return {
    page: {
      url: 'https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/',
      title: 'Hundreds of North Korean workers dispatched to Russia via China',
      site: 'dailynk.com',
      lang: 'en',
      capturedAt: '2026-11-28T02:00:00.000Z',
      textCaptured: true,
      textSha256: 'a'.repeat(64),
      pageDate: '2017-03-22',
    },
    quote: {
      exact: 'another 200 workers arrived on March 16',
      prefix: 'stayed for about a week. Then ',
      suffix: ', the source said.',
      start: 120,
      end: 159,
    },
    observed: {
      date: '2017-03-16',
      precision: 'day',
      inferredYear: true,
      yearFrom: { source: 'page-date', date: '2017-03-22' },
    },
    place: { placeId: 'dandong', name: 'Dandong' },
    count: { kind: 'approximate', value: 200, text: 'another 200' },
    direction: 'to-russia',
    origin: { placeId: 'south-pyongan', name: 'South Pyongan Province' },
    relatedFacts: ['dandong-inns'],
    confidence: 'single-source',
    notes: 'Second group at the inns.',
    ...overrides,
  };
}

export const SAMPLE_ID = '3f0c9a52-6a0e-4d8b-9a43-2a8f3c1d9e11';
export const SAMPLE_NOW = new Date('2026-11-28T02:10:00.000Z');

/** A stored sighting built from {@link sampleDraft}, with optional field overrides. */
export function sampleSighting(overrides: Partial<Sighting> = {}): Sighting {
  return { ...createSighting(sampleDraft(), SAMPLE_NOW, SAMPLE_ID), ...overrides };
}
