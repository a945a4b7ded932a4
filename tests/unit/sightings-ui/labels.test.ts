/**
 * How the report form and the journal word record values in each interface language: choices
 * and phrases from the catalogs, dates and numbers through `Intl`, the quote's language named
 * in the reader's, errors in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { groupLabel } from '@/src/journal-ui/group';
import { initialValues, readForm } from '@/src/report-ui/form-values';
import {
  confidenceChoice,
  countLabel,
  dateWords,
  directionChoice,
  directionLabel,
  languageName,
  observedLabel,
  utcTimeWords,
  yearFromLabel,
} from '@/src/report-ui/labels';
import { sampleSighting } from '../store/sample';

describe('record values in words', () => {
  it('keeps English as it was', () => {
    expect(directionChoice('to-russia')).toBe('To Russia');
    expect(directionLabel('unknown')).toBe('direction unknown');
    expect(countLabel({ kind: 'approximate', value: 200 })).toBe('about 200');
    expect(countLabel({ kind: 'range', min: 30, max: 40 })).toBe('30–40');
    expect(countLabel({ kind: 'approximate', min: 30 })).toBe('at least 30');
    expect(countLabel({ kind: 'unknown' })).toBe('count unknown');
    expect(dateWords('2026-03-09')).toBe('9 March 2026');
    expect(observedLabel({ date: '2026-03', precision: 'approximate' })).toBe('around March 2026');
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('und')).toBe('not recognised');
    expect(groupLabel('2026')).toBe('2026 (month unknown)');
  });

  it('speaks each interface language', () => {
    expect(directionChoice('to-russia', 'ru')).toBe('В Россию');
    expect(confidenceChoice('unverified', 'ja')).toBe('未確認');
    expect(countLabel({ kind: 'approximate', value: 1200 }, 'ru')).toBe('около 1\u00a0200');
    expect(countLabel({ kind: 'approximate', value: 200 }, 'ko')).toBe('약 200명');
    expect(dateWords('2026-03-09', 'ko')).toBe('2026년 3월 9일');
    expect(dateWords('2026-03-09', 'ru')).toBe('9 марта 2026 г.');
    expect(dateWords('03-16', 'ja')).toBe('3月16日');
    expect(groupLabel('2017-03', 'zh')).toBe('2017年3月');
    expect(groupLabel('2017', 'ja')).toBe('2017年（月は不明）');
    expect(observedLabel({ date: '2017-03-16', precision: 'day', inferredYear: true }, 'zh')).toBe(
      '2017年3月16日（年份为推断）',
    );
    expect(languageName('ko', 'ru')).toBe('корейский');
    expect(languageName('en', 'ja')).toBe('英語');
    expect(yearFromLabel({ source: 'page-date', date: '2017-03-22' }, 'meta', 'ko')).toBe(
      '페이지 날짜(게시 시각, 2017년 3월 22일)',
    );
    expect(utcTimeWords('2026-11-28T02:00:00.000Z', 'en')).toBe('28 Nov 2026, 02:00 UTC');
  });

  it('words the form’s errors in the interface language', () => {
    const values = { ...initialValues(sampleSighting(1)), date: '2017-13-40' };
    const en = readForm(values);
    const ru = readForm(values, 'ru');
    expect(!en.ok && en.errors.observed).toBe(
      '“2017-13-40” is not a date: write it as 2017-03-16, 2017-03 or 2017.',
    );
    expect(!ru.ok && ru.errors.observed).toBe(
      '«2017-13-40» — не дата: запишите её как 2017-03-16, 2017-03 или 2017.',
    );
    const noPlace = readForm(
      { ...values, date: '2017', precision: 'day', place: { name: '', lat: '', lon: '' } },
      'ja',
    );
    expect(!noPlace.ok && noPlace.errors.place).toBe('労働者を目撃した場所を入力してください。');
    expect(!noPlace.ok && noPlace.errors.observed).toContain('日単位');
  });
});
