import { describe, expect, it } from 'vitest';
import { requestFromSelectionText } from '@/src/background/context-menu';
import { parseReportRequest } from '@/src/background/report-request-schema';
import { initialValues } from '@/src/report-ui/form-values';
import { parseReportQuery, quoteOnlyRequest } from '@/src/report-ui/report-source';
import { suggestionsFor } from '@/src/report-ui/suggest';
import { sampleSighting } from '../store/sample';

const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('how the report form is opened', () => {
  it('takes a stashed request by id', () => {
    expect(parseReportQuery('?request=abc')).toEqual({ kind: 'request', id: 'abc' });
  });

  it('reads a deep link as a quote-only request', () => {
    const source = parseReportQuery(
      '?url=https%3A%2F%2Fnews.example%2Fa&title=T&quote=%20200%EC%97%AC%20%EB%AA%85%20&lang=ko&factIds=dandong-inns,BAD%20ID',
    );
    expect(source).toMatchObject({
      kind: 'link',
      request: {
        url: 'https://news.example/a',
        title: 'T',
        lang: 'ko',
        quote: { exact: '200여 명', prefix: '', suffix: '', start: 0, end: 6 },
        factIds: ['dandong-inns'],
        quoteOnly: true,
      },
    });
  });

  it('asks for the page and quote when a link lacks them or is not http(s)', () => {
    expect(parseReportQuery('?url=https%3A%2F%2Fa.example%2F&title=A')).toEqual({
      kind: 'manual',
      url: 'https://a.example/',
      title: 'A',
    });
    expect(parseReportQuery('?url=javascript%3Aalert(1)&quote=x').kind).toBe('manual');
  });

  it('hashes the quote alone when the page text is not available', async () => {
    const request = await quoteOnlyRequest(
      { url: 'https://a.example/', title: '', lang: 'en', factIds: [] },
      { exact: ' abc ', prefix: '', suffix: '' },
    );
    expect(request.quote).toEqual({ exact: 'abc', prefix: '', suffix: '', start: 0, end: 3 });
    expect(request.textSha256).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('falls back to the menu event text on pages that refuse scripts', async () => {
    const request = await requestFromSelectionText('', { url: 'https://a.example/' });
    expect(request).toMatchObject({ quoteOnly: true, textSha256: EMPTY_SHA, lang: 'und' });
  });
});

describe('report requests from content scripts', () => {
  const valid = {
    url: 'https://a.example/',
    title: 'A',
    lang: 'en',
    quote: { exact: 'q', prefix: '', suffix: '', start: 0, end: 1 },
    textSha256: EMPTY_SHA,
    factIds: [],
  };

  it('accepts a well-formed request and refuses anything else', () => {
    expect(parseReportRequest(valid)).toEqual(valid);
    expect(parseReportRequest({ ...valid, url: 'file:///etc/passwd' })).toBeNull();
    expect(parseReportRequest({ ...valid, quote: { ...valid.quote, exact: '' } })).toBeNull();
    expect(parseReportRequest({ ...valid, extra: 1 })).toBeNull();
    expect(parseReportRequest('open')).toBeNull();
  });
});

describe('suggestions from the quote and its context', () => {
  it('offers date, place, count and direction, each applied only when pressed', () => {
    const s = sampleSighting(1);
    const draft = {
      page: { ...s.page, pageDate: '2026-03-12' },
      quote: {
        exact: 'about 200 North Korean workers boarded a train in Dandong',
        prefix: 'on March 9 ',
        suffix: ' bound for Russia',
        start: 0,
        end: 1,
      },
    };
    const suggestions = suggestionsFor(draft);
    expect(suggestions.map((x) => [x.field, x.label])).toEqual([
      ['observed', '9 March 2026 (year inferred)'],
      ['place', 'Dandong'],
      // The gazetteer lists countries too (since the "where they work" places), so the
      // destination in the suffix is offered as well, after the place named in the quote.
      ['place', 'Russia'],
      ['count', 'about 200'],
      ['direction', 'To Russia'],
    ]);
    const before = initialValues(draft);
    const [date] = suggestions;
    expect(date?.apply(before)).toEqual({
      ...before,
      date: '2026-03-09',
      precision: 'day',
      inferredYear: true,
    });
    expect(before.date).toBe('');
  });
});
