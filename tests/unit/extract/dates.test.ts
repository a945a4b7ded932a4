import { describe, expect, it } from 'vitest';
import { extractDates } from '@/src/extract/dates';

const PAGE = '2017-03-22';
const read = (quote: string, pageDate: string | null = PAGE) =>
  extractDates(quote, pageDate ?? undefined).map((c) => [c.text, c.value]);

describe('extractDates: English', () => {
  it('reads month-day forms and infers the year from the page date', () => {
    expect(read('On March 9, hundreds of workers arrived')).toEqual([
      ['March 9', { date: '2017-03-09', precision: 'day', inferredYear: true }],
    ]);
    expect(read('another group came on 16 March')).toEqual([
      ['16 March', { date: '2017-03-16', precision: 'day', inferredYear: true }],
    ]);
    expect(read('Mar. 16')[0]?.[1]).toMatchObject({ date: '2017-03-16' });
  });

  it('keeps a stated year and does not mark it inferred', () => {
    expect(read('on March 17, 2017 in Pyongyang')).toEqual([
      ['March 17, 2017', { date: '2017-03-17', precision: 'day' }],
    ]);
    expect(read('in August 2007 the agreement')).toEqual([
      ['in August 2007', { date: '2007-08', precision: 'month' }],
    ]);
  });

  it('puts a later month in the previous year (news reports the past)', () => {
    expect(read('on December 9', '2017-01-05')[0]?.[1]).toEqual({
      date: '2016-12-09',
      precision: 'day',
      inferredYear: true,
    });
  });

  it('reads day-only and relative forms', () => {
    expect(read('as of the 21st')[0]?.[1]).toEqual({
      date: '2017-03-21',
      precision: 'day',
      inferredYear: true,
    });
    expect(read('workers left last week')[0]?.[1]).toEqual({
      date: '2017-03-15',
      precision: 'approximate',
      inferredYear: true,
    });
    expect(read('arrived last month')[0]?.[1]).toMatchObject({
      date: '2017-02',
      precision: 'approximate',
    });
  });

  it('offers only dates with a stated year when there is no page date', () => {
    expect(read('On March 9 and in March 2017', null)).toEqual([
      ['in March 2017', { date: '2017-03', precision: 'month' }],
    ]);
  });

  it('rejects impossible days and ignores non-dates', () => {
    expect(read('February 30')).toEqual([]);
    expect(read('about 200 workers may leave soon')).toEqual([]);
  });
});

describe('extractDates: Korean', () => {
  it('reads 지난 16일, 3월 9일 and 2017년 3월 17일', () => {
    expect(read('지난 16일 200여 명이 도착했다')).toEqual([
      ['지난 16일', { date: '2017-03-16', precision: 'day', inferredYear: true }],
    ]);
    expect(read('3월 9일 수백 명이')).toEqual([
      ['3월 9일', { date: '2017-03-09', precision: 'day', inferredYear: true }],
    ]);
    expect(read('2017년 3월 17일 평양에서')[0]?.[1]).toEqual({
      date: '2017-03-17',
      precision: 'day',
    });
  });

  it('puts a day later than the page day in the previous month, and skips durations', () => {
    expect(read('지난 25일')[0]?.[1]).toMatchObject({ date: '2017-02-25' });
    expect(read('5일 동안 머물렀다')).toEqual([]);
  });

  it('reads a day of last month as that day, with the year inferred', () => {
    expect(read('지난달 16일 도착했다')).toEqual([
      ['지난달 16일', { date: '2017-02-16', precision: 'day', inferredYear: true }],
    ]);
    expect(read('先月16日に到着', '2017-01-05')[0]?.[1]).toEqual({
      date: '2016-12-16',
      precision: 'day',
      inferredYear: true,
    });
  });

  it('reads 지난주 as approximate', () => {
    expect(read('지난주 떠났다')[0]?.[1]).toEqual({
      date: '2017-03-15',
      precision: 'approximate',
      inferredYear: true,
    });
  });
});

describe('extractDates: Russian', () => {
  it('reads 9 марта, в марте 2017 года and 16-го числа', () => {
    expect(read('9 марта прибыли сотни рабочих')).toEqual([
      ['9 марта', { date: '2017-03-09', precision: 'day', inferredYear: true }],
    ]);
    expect(read('17 марта 2017 года в Пхеньяне')[0]?.[1]).toEqual({
      date: '2017-03-17',
      precision: 'day',
    });
    expect(read('в мае 2018 года')[0]?.[1]).toEqual({ date: '2018-05', precision: 'month' });
    expect(read('прибыли 16-го числа')[0]?.[1]).toMatchObject({ date: '2017-03-16' });
    expect(read('на прошлой неделе')[0]?.[1]).toMatchObject({ precision: 'approximate' });
  });
});

describe('extractDates: Chinese and Japanese', () => {
  it('reads 3月16日, 2017年3月17日 and a bare 16日', () => {
    expect(read('3月16日又有约200名抵达')).toEqual([
      ['3月16日', { date: '2017-03-16', precision: 'day', inferredYear: true }],
    ]);
    expect(read('2017年3月17日在平壤')[0]?.[1]).toEqual({ date: '2017-03-17', precision: 'day' });
    expect(read('16日にも200人が到着')).toEqual([
      ['16日', { date: '2017-03-16', precision: 'day', inferredYear: true }],
    ]);
    expect(read('３月９日')[0]?.[1]).toMatchObject({ date: '2017-03-09' });
  });

  it('skips durations and reads relative words', () => {
    expect(read('5日間滞在した')).toEqual([]);
    expect(read('先週出発した')[0]?.[1]).toMatchObject({
      date: '2017-03-15',
      precision: 'approximate',
    });
    expect(read('上个月离开')[0]?.[1]).toMatchObject({ date: '2017-02' });
  });

  it("takes a page date that is no real date (from the page's markup) as none", () => {
    for (const bad of ['0000-00-00', '1066-10-14', '2017-13', '2017-02-30', '2017-00-10'])
      expect(read('On 9 March and in March 2017', bad), bad).toEqual([
        ['in March 2017', { date: '2017-03', precision: 'month' }],
      ]);
  });
});
