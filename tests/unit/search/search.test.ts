import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '@/src/search/normalize';
import { buildSearchIndex, createFactSearch } from '@/src/search/search';
import { sampleBase } from './sample-base';

const search = createFactSearch(sampleBase);
const ids = (query: string) => search.search(query).map((h) => h.factId);

describe('normalizeForSearch', () => {
  it('folds case, width, ё, Latin diacritics and apostrophes', () => {
    expect(normalizeForSearch("  P'yŏngyang ")).toBe('pyongyang');
    expect(normalizeForSearch('Пхёнан')).toBe('пхенан');
    expect(normalizeForSearch('ＤＡＮＤＯＮＧ')).toBe('dandong');
    expect(normalizeForSearch('Kim   Dong\tNam')).toBe('kim dong nam');
    expect(normalizeForSearch('“Daily NK” — «Хасан»')).toBe('"daily nk" - "хасан"');
    expect(normalizeForSearch('Korea–Russia')).toBe('korea-russia');
  });
  it('keeps marks that are letters of their own script', () => {
    expect(normalizeForSearch('Хабаровский край')).toBe('хабаровский край');
    expect(normalizeForSearch('단둥')).toBe('단둥');
  });

  it('reads kana with or without voicing marks, in hiragana or katakana, as one', () => {
    // 丹東 is written ダンドン and タントン; readers type either, or hiragana.
    expect(normalizeForSearch('ダンドン')).toBe(normalizeForSearch('タントン'));
    expect(normalizeForSearch('だんどん')).toBe(normalizeForSearch('タントン'));
    expect(normalizeForSearch('ウラジオストク')).toBe(normalizeForSearch('ウラシオストク'));
    expect(normalizeForSearch('ダンドン')).not.toBe(normalizeForSearch('ハルビン'));
  });
});

describe('fact search on a sample base', () => {
  it.each([
    ['丹东', 'dandong-inns-workers'],
    ['丹東', 'dandong-inns-workers'],
    ['단둥', 'dandong-inns-workers'],
    ['Даньдун', 'dandong-inns-workers'],
    ['Дандун', 'dandong-inns-workers'],
    ['Antung', 'dandong-inns-workers'],
    ['하산', 'usual-route'],
    ['Хасан', 'usual-route'],
    ['ハサン', 'usual-route'],
    ['哈桑', 'usual-route'],
    ['hassan', 'usual-route'],
    ['海参崴', 'usual-route'],
  ])('the place name %s finds %s', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it.each([
    ['dandon', 'dandong-inns-workers'],
    ['dandnog', 'dandong-inns-workers'],
    ['vladivostock', 'usual-route'],
    ['vladivastok', 'usual-route'],
    ['Владивостак', 'usual-route'],
    ['khassan', 'usual-route'],
    ['repatriaton', 'unscr-2397-repatriation'],
  ])('the misspelling %s still finds %s', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it('finds people and organisations in Latin and Hangul', () => {
    expect(ids('Kim Dong Nam')[0]).toBe('dandong-inns-workers');
    expect(ids('kim dongnam')).toContain('dandong-inns-workers');
    expect(ids('김동남')).toEqual(['dandong-inns-workers']);
    expect(ids('INFNK')).toContain('dandong-inns-workers');
  });

  it('finds sources by publication and resolution numbers', () => {
    expect(ids('Daily NK')).toEqual(
      expect.arrayContaining(['dandong-inns-workers', 'usual-route', 'china-route-closed']),
    );
    expect(ids('Daily NK')).not.toContain('unscr-2397-repatriation');
    expect(ids('2397')[0]).toBe('unscr-2397-repatriation');
    expect(ids('2397')).toHaveLength(1);
  });

  it('answers a question typed in words', () => {
    expect(ids('when was the Dandong route closed')[0]).toBe('china-route-closed');
  });

  it('ranks a whole-name hit before a fuzzy one', () => {
    const hits = search.search('Khasan');
    expect(hits[0]).toMatchObject({ factId: 'usual-route', exact: true });
  });

  it('gives nothing for blank or unrelated queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzqxv')).toEqual([]);
    expect(ids('東京')).toEqual([]);
  });

  it('gives the same hits with a prebuilt index', () => {
    const prebuilt = createFactSearch(buildSearchIndex(sampleBase));
    for (const q of ['dandon', '하산', '2397', 'Kim Dong Nam']) {
      expect(prebuilt.search(q)).toEqual(search.search(q));
    }
  });
});
