import { describe, expect, it } from 'vitest';
import { extractCounts } from '@/src/extract/counts';
import { readNumber } from '@/src/extract/numbers';

const read = (quote: string) => extractCounts(quote).map((c) => c.value);

describe('readNumber', () => {
  it('reads grouped numbers and East Asian and Russian multipliers', () => {
    expect(readNumber('1,000')).toBe(1000);
    expect(readNumber('30\u00a0000')).toBe(30000);
    expect(readNumber('1만2000')).toBe(12000);
    expect(readNumber('3万')).toBe(30000);
    expect(readNumber('30 тыс.')).toBe(30000);
    expect(readNumber('3만4천')).toBe(34000);
    expect(readNumber('3万7000')).toBe(37000);
    expect(readNumber('8천533')).toBe(8533);
    expect(readNumber('abc')).toBeNaN();
  });
});

describe('extractCounts: English', () => {
  it('reads exact, approximate and range counts with their words', () => {
    expect(read('about 200 male North Korean workers arrived')).toEqual([
      { kind: 'approximate', value: 200, text: 'about 200 male North Korean workers' },
    ]);
    expect(read('some 300 arrived')).toEqual([
      { kind: 'approximate', value: 300, text: 'some 300' },
    ]);
    expect(read('1,200 workers left')).toEqual([
      { kind: 'exact', value: 1200, text: '1,200 workers' },
    ]);
    expect(read('between 200 and 300 workers')).toEqual([
      { kind: 'range', min: 200, max: 300, text: 'between 200 and 300 workers' },
    ]);
    expect(read('more than 100 laborers')[0]).toMatchObject({ kind: 'approximate', min: 100 });
    expect(read('up to 50 people')[0]).toMatchObject({ kind: 'approximate', value: 50, max: 50 });
  });

  it('reads orders of magnitude in words', () => {
    expect(read('Hundreds of North Korean workers have been dispatched')).toEqual([
      { kind: 'approximate', min: 200, max: 999, text: 'Hundreds of North Korean workers' },
    ]);
    expect(read('thousands of workers could go')[0]).toMatchObject({ min: 2000, max: 9999 });
  });

  it('leaves years, durations and money alone', () => {
    expect(read('around 10 years ago, in 2017, about 177 yuan and 1,600 km')).toEqual([]);
    expect(read('about 1,000 km')).toEqual([]);
  });
});

describe('extractCounts: Korean', () => {
  it('reads 200여 명, 200명, 약 200명, 200명 이상, ranges and 수백 명', () => {
    expect(read('200여 명이 도착했다')).toEqual([
      { kind: 'approximate', value: 200, text: '200여 명' },
    ]);
    expect(read('200명이 떠났다')).toEqual([{ kind: 'exact', value: 200, text: '200명' }]);
    expect(read('약 200명')[0]).toMatchObject({ kind: 'approximate', value: 200 });
    expect(read('1만 명 이상')[0]).toMatchObject({ kind: 'approximate', min: 10000 });
    expect(read('200~300명')).toEqual([{ kind: 'range', min: 200, max: 300, text: '200~300명' }]);
    expect(read('한때 3만4천 명에 이르던')).toEqual([
      { kind: 'exact', value: 34000, text: '3만4천 명' },
    ]);
    expect(read('수백 명의 노동자')).toEqual([
      { kind: 'approximate', min: 200, max: 999, text: '수백 명' },
    ]);
  });
});

describe('extractCounts: Russian', () => {
  it('reads около 200, 200 человек, от 200 до 300 рабочих and сотни', () => {
    expect(read('около 200 человек прибыли')).toEqual([
      { kind: 'approximate', value: 200, text: 'около 200 человек' },
    ]);
    expect(read('прибыли 150 рабочих')).toEqual([
      { kind: 'exact', value: 150, text: '150 рабочих' },
    ]);
    expect(read('от 200 до 300 рабочих')[0]).toMatchObject({ kind: 'range', min: 200, max: 300 });
    expect(read('более 30 тыс. рабочих')[0]).toMatchObject({ kind: 'approximate', min: 30000 });
    expect(read('сотни северокорейцев')[0]).toMatchObject({ min: 200, max: 999, text: 'сотни' });
    expect(read('до 22 декабря')).toEqual([]);
    expect(read('до 500 рабочих')[0]).toMatchObject({ value: 500, max: 500 });
  });
});

describe('extractCounts: Chinese and Japanese', () => {
  it('reads 200人, 约200名, 200多名, 数百人, 200名余り and ranges', () => {
    expect(read('200人が到着')).toEqual([{ kind: 'exact', value: 200, text: '200人' }]);
    expect(read('约200名工人')).toEqual([{ kind: 'approximate', value: 200, text: '约200名' }]);
    expect(read('200多名朝鲜工人')[0]).toMatchObject({ kind: 'approximate', value: 200 });
    expect(read('数百人の労働者')).toEqual([
      { kind: 'approximate', min: 200, max: 999, text: '数百人' },
    ]);
    expect(read('200名余りが滞在')).toEqual([
      { kind: 'approximate', value: 200, text: '200名余り' },
    ]);
    expect(read('200～300人')[0]).toMatchObject({ kind: 'range', min: 200, max: 300 });
    expect(read('超过3万名')[0]).toMatchObject({ kind: 'approximate', min: 30000 });
  });

  it('keeps the original spans when full-width digits are read', () => {
    const [c] = extractCounts('約２００人が');
    expect(c).toMatchObject({ text: '約２００人', start: 0, end: 5, value: { value: 200 } });
  });

  it('offers no head-count larger than any group of workers could be', () => {
    expect(read('99999999999999999999200여 명')).toEqual([]);
    expect(read('12,000,000 workers')).toEqual([]);
    expect(read('about 9,000,000 workers')).toMatchObject([{ value: 9_000_000 }]);
  });
});
