import { describe, expect, expectTypeOf, it } from 'vitest';
import { quoteSelectorFor } from '@/src/quote/selectors';
import { type RecordedQuote, recordedQuoteOf, resurface } from '@/src/sightings/resurface';
import { sampleSighting } from './sample';

const PAGE =
  'Hundreds of North Korean workers stayed at two inns in Dandong. On March 16 another 200 ' +
  'workers arrived at the inns, the source said. They will travel by train via Harbin.';
const URL_A = 'https://www.dailynk.com/english/a/';

function recorded(text: string, needle: string, url = URL_A) {
  const at = text.indexOf(needle);
  const s = sampleSighting();
  return recordedQuoteOf({
    ...s,
    page: { ...s.page, url },
    quote: quoteSelectorFor(text, at, at + needle.length),
  });
}

describe('resurface', () => {
  it('finds a sighting on its own page, unchanged or edited', () => {
    const s = recorded(PAGE, 'another 200 workers arrived at the inns');
    expect(resurface(PAGE, `${URL_A}#top`, [s])).toEqual([
      {
        sightingId: s.id,
        start: s.start,
        end: s.end,
        score: 1,
        recordedAt: s.createdAt,
        samePage: true,
      },
    ]);
    const edited = `Update. ${PAGE.replace('another 200 workers arrived', 'another 220 laborers arrived')}`;
    const [hit] = resurface(edited, URL_A, [s]);
    expect(hit?.samePage).toBe(true);
    expect(edited.slice(hit?.start, hit?.end)).toBe('another 220 laborers arrived at the inns');
    expect(hit?.score).toBeLessThan(1);
  });

  it('on another page, needs the quote nearly word for word', () => {
    const s = recorded(PAGE, 'another 200 workers arrived at the inns');
    const syndicated = `Repost. ${PAGE.replace('the inns', 'the inn')}`;
    expect(resurface(syndicated, 'https://mirror.example/x', [s])).toHaveLength(1);
    const loosely = PAGE.replace('another 200 workers arrived', 'some 200 more laborers came');
    expect(resurface(loosely, 'https://mirror.example/x', [s])).toEqual([]);
  });

  it('returns hits in page order', () => {
    const late = recorded(PAGE, 'via Harbin');
    const early = recorded(PAGE, 'two inns in Dandong');
    expect(resurface(PAGE, URL_A, [late, early]).map((r) => r.start)).toEqual([
      early.start,
      late.start,
    ]);
  });

  it('resurfaces the recorded quotes the background reads from the journal as they are', () => {
    expectTypeOf(recordedQuoteOf).returns.toEqualTypeOf<RecordedQuote>();
    const s = recorded(PAGE, 'two inns in Dandong');
    expect(resurface(PAGE, URL_A, [s]).map((r) => r.sightingId)).toEqual([s.id]);
  });
});

describe('recordedQuoteOf', () => {
  it('gives the quote, page and recording date of a sighting and none of the notes', () => {
    const s = sampleSighting({ notes: 'private' });
    expect(recordedQuoteOf(s)).toEqual({
      id: s.id,
      url: s.page.url,
      createdAt: s.createdAt,
      exact: s.quote.exact,
      prefix: s.quote.prefix,
      suffix: s.quote.suffix,
      start: s.quote.start,
      end: s.quote.end,
    });
    expect(JSON.stringify(recordedQuoteOf(s))).not.toContain('private');
  });
});
