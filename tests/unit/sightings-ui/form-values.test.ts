import { describe, expect, it } from 'vitest';
import {
  errorsFromIssues,
  type FormValues,
  initialValues,
  readForm,
} from '@/src/report-ui/form-values';
import { sampleSighting } from '../store/sample';

const draft = { page: sampleSighting(1).page, quote: sampleSighting(1).quote };

function filled(change: Partial<FormValues>): FormValues {
  return {
    ...initialValues(draft),
    date: '2026-03-09',
    place: { name: 'Dandong', placeId: 'dandong', lat: '', lon: '' },
    ...change,
  };
}

describe('report form values', () => {
  it('starts a new report with nothing but honest defaults', () => {
    const values = initialValues(draft);
    expect(values).toMatchObject({
      date: '',
      place: { name: '' },
      countKind: 'unknown',
      direction: 'unknown',
      confidence: 'unverified',
      inferredYear: false,
    });
  });

  it('round-trips a stored sighting through the form unchanged', () => {
    const s = sampleSighting(7, {
      origin: { name: 'Hamhung', lat: 39.9, lon: 127.5 },
      routeLeg: 'by train',
    });
    const read = readForm(initialValues(s));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { id, schemaVersion, createdAt, updatedAt, page, quote, ...fields } = s;
    expect(read.fields).toEqual(fields);
  });

  it('names the missing date and place next to their inputs', () => {
    expect(readForm(initialValues(draft))).toEqual({
      ok: false,
      errors: {
        observed: 'Enter when the workers were seen: 2017-03-16, 2017-03 or 2017.',
        place: 'Enter where the workers were seen.',
      },
    });
  });

  it('refuses half a coordinate and non-numbers', () => {
    const half = readForm(filled({ place: { name: 'Station', lat: '40.1', lon: '' } }));
    expect(half).toEqual({
      ok: false,
      errors: { place: 'Give both latitude and longitude, or neither.' },
    });
    const words = readForm(filled({ countKind: 'exact', countValue: 'many' }));
    expect(words).toEqual({ ok: false, errors: { count: 'Counts are whole numbers.' } });
  });

  it('reads only the numbers the count kind takes', () => {
    const read = readForm(
      filled({ countKind: 'range', countValue: '200', countMin: '100', countMax: '300' }),
    );
    expect(read.ok && read.fields.count).toEqual({ kind: 'range', min: 100, max: 300 });
  });

  it('keeps an inferred year only with the date it came from', () => {
    const yearFrom = { source: 'page-date' as const, date: '2026-03-12' };
    const read = readForm(filled({ inferredYear: true, yearFrom }));
    expect(read.ok && read.fields.observed).toEqual({
      date: '2026-03-09',
      precision: 'day',
      inferredYear: true,
      yearFrom,
    });
    const bare = readForm(filled({ inferredYear: true }));
    expect(bare.ok && bare.fields.observed).toEqual({ date: '2026-03-09', precision: 'day' });
  });

  it('asks for the year of a date the quote gave without one, and checks it', () => {
    const yearPrompt = { monthDay: '02-29', precision: 'day' as const, words: 'February 29' };
    const none = readForm(filled({ date: '', yearPrompt }));
    expect(none.ok ? null : none.errors.observed).toBe(
      'Enter the year of “February 29”: neither the quote nor the page says which year.',
    );
    const notLeap = readForm(filled({ date: '', yearPrompt, promptYear: '2017' }));
    expect(notLeap.ok ? null : notLeap.errors.observed).toMatch(/did not exist in 2017/);
    const leap = readForm(filled({ date: '', yearPrompt, promptYear: '2016' }));
    expect(leap.ok && leap.fields.observed).toEqual({ date: '2016-02-29', precision: 'day' });
  });

  it('names a date that is not one, or does not fit its precision', () => {
    const wrong = readForm(filled({ date: '2017-13-01' }));
    expect(wrong.ok ? null : wrong.errors.observed).toMatch(/is not a date/);
    const month = readForm(filled({ date: '2017-03', precision: 'day' }));
    expect(month.ok ? null : month.errors.observed).toMatch(/A day needs year, month and day/);
  });

  it('maps record issues onto the form fields', () => {
    expect(
      errorsFromIssues([
        { path: 'observed', message: 'date form does not match its precision' },
        { path: 'count', message: 'numbers do not fit the kind' },
        { path: 'page.url', message: 'must be a URL' },
      ]),
    ).toEqual({
      observed: 'observed date form does not match its precision',
      count: 'count numbers do not fit the kind',
      form: 'page.url must be a URL',
    });
  });
});
