import fc from 'fast-check';
import type { HeadCount, PlaceRef, Sighting } from '@/src/sightings/model';
import { CONFIDENCES, DIRECTIONS } from '@/src/sightings/model';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const nonBlank = text.filter((s) => s.trim() !== '');
const stamp = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((t) => new Date(t).toISOString());
const day = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2030-12-31T00:00:00Z'),
  noInvalidDate: true,
});

const observed = fc.oneof(
  day.map((d) => ({
    date: d.toISOString().slice(0, 10),
    precision: 'day' as const,
    inferredYear: true,
    yearFrom: {
      source: 'fact-date' as const,
      date: d.toISOString().slice(0, 7),
      factId: 'dandong-inns',
    },
  })),
  day.map((d) => ({ date: d.toISOString().slice(0, 7), precision: 'month' as const })),
  day.map((d) => ({ date: d.toISOString().slice(0, 4), precision: 'year' as const })),
  day.map((d) => ({ date: d.toISOString().slice(0, 10), precision: 'approximate' as const })),
);

const people = fc.nat(100_000);
const count: fc.Arbitrary<HeadCount> = fc.oneof(
  fc.constant<HeadCount>({ kind: 'unknown' }),
  people.map((value): HeadCount => ({ kind: 'exact', value })),
  fc.tuple(people, text).map(([value, t]): HeadCount => ({ kind: 'approximate', value, text: t })),
  fc
    .tuple(people, people)
    .map(([a, b]): HeadCount => ({ kind: 'range', min: Math.min(a, b), max: Math.max(a, b) })),
);

const place: fc.Arbitrary<PlaceRef> = fc.oneof(
  fc.constantFrom<PlaceRef>(
    { placeId: 'dandong', name: 'Dandong' },
    { placeId: 'khasan', name: 'Khasan' },
  ),
  fc
    .tuple(
      nonBlank,
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.double({ min: -180, max: 180, noNaN: true }),
    )
    .map(([name, lat, lon]) => ({ name, lat: lat + 0, lon: lon + 0 })), // JSON has no -0
  nonBlank.map((name) => ({ name })),
);

/** Any valid sighting, with awkward text in every free field. */
export const arbitrarySighting: fc.Arbitrary<Sighting> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    times: fc.tuple(stamp, stamp),
    exact: nonBlank,
    prefix: text,
    suffix: text,
    start: fc.nat(100_000),
    length: fc.integer({ min: 1, max: 500 }),
    observed,
    place,
    count,
    direction: fc.constantFrom(...DIRECTIONS),
    confidence: fc.constantFrom(...CONFIDENCES),
    notes: text,
    title: text,
    routeLeg: fc.option(text, { nil: undefined }),
    textCaptured: fc.boolean(),
  })
  .map((r) => {
    const [a, b] = r.times.sort();
    const s: Sighting = {
      id: r.id,
      schemaVersion: 2,
      createdAt: a as string,
      updatedAt: b as string,
      page: {
        url: 'https://example.org/a?b=1',
        title: r.title,
        site: 'example.org',
        lang: 'ko',
        capturedAt: a as string,
        textCaptured: r.textCaptured,
        textSha256: 'c'.repeat(64),
      },
      quote: r.textCaptured
        ? {
            exact: r.exact,
            prefix: r.prefix,
            suffix: r.suffix,
            start: r.start,
            end: r.start + r.length,
          }
        : { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
      observed: r.observed,
      place: r.place,
      count: r.count,
      direction: r.direction,
      relatedFacts: ['dandong-inns'],
      confidence: r.confidence,
      notes: r.notes,
    };
    if (r.routeLeg !== undefined) s.routeLeg = r.routeLeg;
    return s;
  });
