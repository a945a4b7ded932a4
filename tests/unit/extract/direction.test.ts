import { describe, expect, it } from 'vitest';
import { extractDirections } from '@/src/extract/direction';
import { extractCandidates } from '@/src/extract/index';

const read = (quote: string) => extractDirections(quote).map((c) => [c.text, c.value]);

describe('extractDirections', () => {
  it('reads to, from and via in English, keeping every reading', () => {
    expect(read('workers dispatched to Russia via China')).toEqual([
      ['to Russia', 'to-russia'],
      ['via China', 'in-transit'],
    ]);
    expect(read('they will leave for Russia soon')).toEqual([['for Russia', 'to-russia']]);
    expect(read('workers who returned from Russia')).toEqual([
      ['returned from Russia', 'from-russia'],
    ]);
    expect(read('they travel to inland Russia')[0]?.[1]).toBe('to-russia');
  });

  it('reads Korean, Russian, Chinese and Japanese phrases', () => {
    expect(read('중국을 거쳐 러시아로 파견된')).toEqual([
      ['중국을 거쳐', 'in-transit'],
      ['러시아로', 'to-russia'],
    ]);
    expect(read('러시아에서 돌아온 노동자')[0]?.[1]).toBe('from-russia');
    expect(read('отправлены в Россию через Китай')).toEqual([
      ['в Россию', 'to-russia'],
      ['через Китай', 'in-transit'],
    ]);
    expect(read('рабочие из России')[0]?.[1]).toBe('from-russia');
    expect(read('经由中国前往俄罗斯')).toEqual([
      ['经由中国', 'in-transit'],
      ['前往俄罗斯', 'to-russia'],
    ]);
    expect(read('从俄罗斯回国')[0]?.[1]).toBe('from-russia');
    expect(read('中国経由でロシアへ向かった')).toEqual([
      ['中国経由', 'in-transit'],
      ['ロシアへ', 'to-russia'],
    ]);
    expect(read('ロシアから帰国した')[0]?.[1]).toBe('from-russia');
  });

  it('finds nothing in a quote about something else', () => {
    expect(read('Russia said on Monday that talks continue')).toEqual([]);
  });
});

describe("extractCandidates on a sentence like the seed article's", () => {
  const sentence =
    'Recently, about 200 male North Korean workers from Pyongyang and South Pyongan Province ' +
    'arrived at two inns in Dandong, China, and will soon leave for Russia.';

  it('offers the count, origins, places and direction of the 16 March group', () => {
    const c = extractCandidates(sentence, { lang: 'en', referenceDate: '2017-03-22' });
    expect(c.counts[0]?.value).toMatchObject({ kind: 'approximate', value: 200 });
    expect(c.origins.map((o) => o.value.placeId)).toEqual(['pyongyang', 'south-pyongan']);
    expect(c.places.map((p) => p.value.placeId)).toContain('dandong');
    expect(c.directions.map((d) => d.value)).toContain('to-russia');
    for (const list of Object.values(c)) {
      for (const cand of list) expect(sentence.slice(cand.start, cand.end)).toBe(cand.text);
    }
  });
});
