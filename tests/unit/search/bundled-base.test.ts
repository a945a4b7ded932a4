/**
 * The search over the bundled fact base: the spellings readers actually type. Expectations
 * are stated through the data (a fact placed in Dandong, a fact whose title names 2397), so
 * they hold while the fact texts are edited.
 */
import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import { buildSearchIndex, createFactSearch } from '@/src/search/search';

const search = createFactSearch(buildSearchIndex(factBase));
const top = (query: string, n = 5) =>
  search.search(query, n).map((h) => factBase.factById(h.factId));

const placedIn = (placeId: string) => (query: string) => {
  const hits = top(query);
  expect(hits[0]?.places).toContain(placeId);
  const placed = hits.filter((fact) => fact?.places.includes(placeId));
  expect(placed.length).toBeGreaterThanOrEqual(Math.min(3, hits.length));
};

describe('search over the bundled fact base', () => {
  it.each(['丹东', '丹東', '단둥', 'Даньдун', 'Dandong', 'dandon', 'dandnog', 'Antung'])(
    '%s finds facts placed in Dandong',
    placedIn('dandong'),
  );

  it.each(['하산', 'Хасан', 'ハサン', '哈桑', 'Khasan', 'Hassan', 'khassan'])(
    '%s finds facts placed in Khasan',
    placedIn('khasan'),
  );

  it.each([
    'Vladivostok',
    'vladivostock',
    'Владивосток',
    '블라디보스토크',
    '海参崴',
    'ウラジオストク',
  ])('%s finds facts placed in Vladivostok', placedIn('vladivostok'));

  it.each(['Pyongyang', "P'yŏngyang", '평양', 'Пхеньян', '平壤', '平壌'])(
    '%s finds facts placed in Pyongyang',
    placedIn('pyongyang'),
  );

  it('finds the person and the organisation first', () => {
    for (const q of ['Kim Dong Nam', 'kim dong nam', 'INFNK']) {
      expect(top(q, 1)[0]?.title).toMatch(/Kim Dong Nam|INFNK/);
    }
    expect(top('김동남', 3).map((f) => f?.id)).toContain('actor-infnk-kim-dong-nam');
    expect(top('Ri Kwang Gun', 1)[0]?.summary).toContain('Ri Kwang Gun');
  });

  it('finds sources by name', () => {
    expect(top('Daily NK', 1)[0]?.title).toBe('Daily NK');
    expect(top('Radio Free Asia', 1)[0]?.topic).toBe('actors');
  });

  it('finds resolutions by number', () => {
    for (const n of ['2371', '2375', '2397']) expect(top(n, 1)[0]?.title).toContain(n);
  });

  it('answers the questions readers ask', () => {
    expect(top('when was the Dandong route closed?', 1)[0]?.id).toBe('route-china-shut-2007');
    expect(top('who signed the 2017 protocol?', 1)[0]?.id).toBe('meeting-signatories');
  });

  it('finds what the news of 2023–2026 names, in every script a reader types', () => {
    // Katakana with or without voicing marks reach 丹東 (ダンドン and タントン).
    expect(top('ダンドン', 5).flatMap((f) => f?.places)).toContain('dandong');
    expect(top('Kozhemyako', 3).map((f) => f?.id)).toContain('talks-kozhemyako-pyongyang-2023-12');
    expect(top('코제먀코', 1)[0]?.id).toBe('talks-kozhemyako-pyongyang-2023-12');
    expect(top('Wildberries', 1)[0]?.id).toBe('work-wildberries-warehouse-2025');
    expect(top('Tynda', 1)[0]?.id).toBe('work-amur-logging-camps');
    expect(top('Тында', 1)[0]?.id).toBe('work-amur-logging-camps');
    expect(top('workers in Qatar', 1)[0]?.id).toBe('work-qatar-workers-2017-2018');
  });

  it('shows the words each result matched', () => {
    const [hit] = search.search('workers in Qatar');
    expect(hit?.matched.some((w) => w.startsWith('qatar'))).toBe(true);
    expect(search.search('Wildberries')[0]?.matched).toEqual(['wildberries']);
  });

  it('reads romanised names however they are spaced', () => {
    for (const q of ['kim dongnam', 'Kim Dong-nam', 'kimdongnam']) {
      expect(top(q, 1)[0]?.id).toBe('actor-infnk-kim-dong-nam');
    }
  });

  it('lists only the facts that name a person, not near misses of each word', () => {
    // Fuzzily, "Dong" is close to Dandong and "Nam" to "name": 44 of 52 facts without a cut-off.
    const hits = search.search('Kim Dong Nam');
    expect(hits[0]?.factId).toBe('actor-infnk-kim-dong-nam');
    expect(hits.every((h) => h.exact)).toBe(true);
    expect(hits.length).toBeLessThan(factBase.facts.length / 4);
  });

  it('answers a question with its fact, not every fact sharing a word', () => {
    const closed = search.search('when was the Dandong route closed?');
    expect(closed[0]?.factId).toBe('route-china-shut-2007');
    expect(closed.length).toBeLessThanOrEqual(3);
    const signed = search.search('who signed the 2017 protocol?');
    expect(signed[0]?.factId).toBe('meeting-signatories');
    expect(signed.length).toBeLessThanOrEqual(3);
  });

  it('wants most words of a query in each fact', () => {
    // Facts about some other train, or about Khabarovsk but no train, match one word of two.
    const hits = top('train to khabarovsk', 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const fact of hits) {
      expect(fact?.places).toContain('khabarovsk');
      expect(JSON.stringify(fact).toLowerCase()).toContain('train');
    }
  });

  it('keeps every fact a misspelling could mean', () => {
    // The cut-off is relative: typos that fit many facts equally well keep them all.
    const placed = (placeId: string) =>
      factBase.facts.filter((f) => f.places.includes(placeId)).map((f) => f.id);
    expect(search.search('dandnog').map((h) => h.factId)).toEqual(
      expect.arrayContaining(placed('dandong')),
    );
    expect(search.search('khassan').map((h) => h.factId)).toEqual(
      expect.arrayContaining(placed('khasan')),
    );
  });

  it('gives nothing for words the fact base does not know', () => {
    expect(search.search('zebra giraffe')).toEqual([]);
    expect(search.search('東京')).toEqual([]);
  });
});
