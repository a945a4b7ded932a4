import { describe, expect, it } from 'vitest';
import { formatDatePoint, formatFuzzyDate } from '@/src/ui/format-date';

describe('formatFuzzyDate', () => {
  it.each([
    [{ date: '2017-03-17', precision: 'day' }, '17 Mar 2017'],
    [{ date: '2017-03', precision: 'month' }, 'Mar 2017'],
    [{ date: '2017', precision: 'year' }, '2017'],
    [{ date: '2007', precision: 'approximate' }, 'c. 2007'],
    [{ date: '2017-03', precision: 'approximate' }, 'c. Mar 2017'],
    [{ date: '2019-12-22', precision: 'day', label: 'deadline' }, '22 Dec 2019 (deadline)'],
  ] as const)('%o → %s', (date, expected) => {
    expect(formatFuzzyDate(date)).toBe(expected);
  });

  it.each([
    [
      { date: '2017-03-09', precision: 'day', end: { date: '2017-03-16', precision: 'day' } },
      '9–16 Mar 2017',
    ],
    [
      { date: '2017-03-01', precision: 'day', end: { date: '2017-06-22', precision: 'day' } },
      '1 Mar – 22 Jun 2017',
    ],
    [
      { date: '2017-03', precision: 'month', end: { date: '2017-06', precision: 'month' } },
      'Mar–Jun 2017',
    ],
    [{ date: '2017', precision: 'year', end: { date: '2019', precision: 'year' } }, '2017 – 2019'],
    [
      { date: '2007', precision: 'approximate', end: { date: '2017-03', precision: 'month' } },
      'c. 2007 – Mar 2017',
    ],
    [
      {
        date: '2017-03-21',
        precision: 'approximate',
        end: { date: '2017-03-23', precision: 'approximate' },
      },
      'c. 21 Mar 2017 – c. 23 Mar 2017',
    ],
  ] as const)('span %o → %s', (date, expected) => {
    expect(formatFuzzyDate(date)).toBe(expected);
  });

  it('shows a label in the language of the card', () => {
    const summit = { date: '2017-03-17', precision: 'day', label: '정상회담' } as const;
    expect(formatFuzzyDate(summit, 'ko')).toBe('2017년 3월 17일 (정상회담)');
    expect(formatFuzzyDate({ ...summit, label: '峰会' }, 'zh')).toBe('2017年3月17日（峰会）');
    expect(formatFuzzyDate({ ...summit, label: 'саммит' }, 'ru')).toBe('17 марта 2017 г. (саммит)');
  });

  it('never shows a day or month the data does not have', () => {
    expect(formatDatePoint('2015', 'year')).not.toMatch(/Jan|1 /);
  });
});
