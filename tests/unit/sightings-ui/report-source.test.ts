import { describe, expect, it } from 'vitest';
import { requestFromSelectionText } from '@/src/background/context-menu';
import { parseReportRequest } from '@/src/background/report-request-schema';
import { initialValues } from '@/src/report-ui/form-values';
import { parseReportQuery, quoteOnlyRequest } from '@/src/report-ui/report-source';
import { suggestionsFor } from '@/src/report-ui/suggest';
import { draftFromCapture } from '@/src/sightings/create';
import { quoteLanguage } from '@/src/sightings/language';
import { yearReference } from '@/src/sightings/year-reference';
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
        quote: { exact: '200여 명', prefix: '', suffix: '' },
        factIds: ['dandong-inns'],
        quoteOnly: true,
      },
    });
    // No offsets are made up for a quote whose page text was never read.
    if (source.kind !== 'link') throw new Error(source.kind);
    expect(source.request.quote).not.toHaveProperty('start');
  });

  it('dates a deep link by its pageDate parameter, else by a date in its address', () => {
    const stated = parseReportQuery(
      '?url=https%3A%2F%2Fa.example%2Fx&quote=q&pageDate=2017-03-21',
      '2026-12-03',
    );
    expect(stated).toMatchObject({ request: { pageDate: '2017-03-21' } });
    const fromUrl = parseReportQuery(
      '?url=https%3A%2F%2Fa.example%2F2017%2F03%2F21%2Fstory&quote=q',
      '2026-12-03',
    );
    expect(fromUrl).toMatchObject({ request: { pageDate: '2017-03-21', pageDateFrom: 'url' } });
    const none = parseReportQuery('?url=https%3A%2F%2Fa.example%2Fstory&quote=q', '2026-12-03');
    expect(none).toMatchObject({ kind: 'link' });
    expect(none.kind === 'link' ? none.request.pageDate : 'not a link').toBeUndefined();
  });

  it('asks for the page and quote when a link lacks them or is not http(s)', () => {
    expect(parseReportQuery('?url=https%3A%2F%2Fa.example%2F&title=A')).toEqual({
      kind: 'manual',
      start: { url: 'https://a.example/', title: 'A' },
    });
    // The popup without a selection: address, title and the page date it read.
    expect(
      parseReportQuery(
        '?url=https%3A%2F%2Fa.example%2F&title=A&pageDate=2024-02-01&pageDateFrom=meta',
      ),
    ).toEqual({
      kind: 'manual',
      start: {
        url: 'https://a.example/',
        title: 'A',
        pageDate: '2024-02-01',
        pageDateFrom: 'meta',
      },
    });
    expect(parseReportQuery('?url=javascript%3Aalert(1)&quote=x').kind).toBe('manual');
  });

  it('hashes the quote alone when the page text is not available', async () => {
    const request = await quoteOnlyRequest(
      { url: 'https://a.example/', title: '', lang: 'en', factIds: [] },
      { exact: ' abc ', prefix: '', suffix: '' },
    );
    expect(request.quote).toEqual({ exact: 'abc', prefix: '', suffix: '' });
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
    const { start: _s, end: _e, ...noOffsets } = valid.quote;
    expect(parseReportRequest({ ...valid, quote: noOffsets })).toBeNull();
    expect(parseReportRequest({ ...valid, quote: noOffsets, quoteOnly: true })).not.toBeNull();
    expect(parseReportRequest({ ...valid, quoteOnly: true })).toBeNull();
    expect(parseReportRequest({ ...valid, url: 'file:///etc/passwd' })).toBeNull();
    expect(parseReportRequest({ ...valid, quote: { ...valid.quote, exact: '' } })).toBeNull();
    expect(parseReportRequest({ ...valid, extra: 1 })).toBeNull();
    expect(parseReportRequest('open')).toBeNull();
  });
});

describe('suggestions from the quote and its context', () => {
  const s = sampleSighting(1);
  const quote = {
    exact: 'about 200 North Korean workers boarded a train in Dandong',
    prefix: 'on March 9 ',
    suffix: ' bound for Russia',
  };

  it('offers date, place, count and direction, each applied only when pressed', () => {
    const draft = { page: { ...s.page, pageDate: '2026-03-12' }, quote };
    const reference = yearReference(draft.page);
    const suggestions = suggestionsFor(draft, reference);
    expect(suggestions.map((x) => [x.field, x.label])).toEqual([
      ['observed', '9 March 2026 (year from the page’s date)'],
      ['place', 'Dandong'],
      // The gazetteer lists countries too (since the "where they work" places), so the
      // destination in the suffix is offered as well, after the place named in the quote.
      ['place', 'Russia'],
      ['count', 'about 200'],
      ['direction', 'To Russia'],
    ]);
    const before = initialValues(draft);
    const [date] = suggestions;
    expect(date?.apply(before)).toMatchObject({
      date: '2026-03-09',
      precision: 'day',
      inferredYear: true,
      yearFrom: { source: 'page-date', date: '2026-03-12' },
    });
    expect(before.date).toBe('');
  });
});

describe('inferring a missing year', () => {
  const s = sampleSighting(1);
  const march16 = { exact: 'another 200 workers arrived on March 16', prefix: '', suffix: '' };
  const card = { id: 'inns-march-groups', dates: [{ date: '2017-03' }, { date: '2017-04' }] };

  it('takes the year from the page date, and never from the capture date', () => {
    const page = { ...s.page, capturedAt: '2026-12-03T10:00:00.000Z', pageDate: '2017-03-21' };
    const reference = yearReference({ ...page, pageDateFrom: 'meta' }, card);
    expect(reference).toEqual({ source: 'page-date', date: '2017-03-21' });
    const [date] = suggestionsFor({ page, quote: march16 }, reference);
    expect(date?.label).toBe('16 March 2017 (year from the page’s date)');
  });

  it("takes the year from the card's fact date when the page has none", () => {
    const page = { ...s.page, capturedAt: '2026-02-10T10:00:00.000Z' };
    const reference = yearReference(page, card);
    expect(reference).toEqual({ source: 'fact-date', date: '2017-03', factId: card.id });
    const [date] = suggestionsFor({ page, quote: march16 }, reference);
    expect(date?.label).toBe('16 March 2017 (year from the card’s fact date)');
    expect(date?.apply(initialValues({ page, quote: march16 }))).toMatchObject({
      date: '2017-03-16',
      inferredYear: true,
      yearFrom: reference,
    });
  });

  it('leaves the year to the user when neither the page nor a card dates the quote', () => {
    const page = { ...s.page, capturedAt: '2026-02-10T10:00:00.000Z' };
    // A newest-year guess from the text is not the page's date.
    expect(yearReference({ ...page, pageDate: '2024', pageDateFrom: 'text-year' })).toBeNull();
    const suggestions = suggestionsFor({ page, quote: march16 }, null);
    expect(suggestions.filter((x) => x.field === 'observed').map((x) => x.label)).toEqual([
      '16 March (year not given)',
    ]);
    const applied = suggestions[0]?.apply(initialValues({ page, quote: march16 }));
    expect(applied).toMatchObject({
      date: '',
      inferredYear: false,
      yearPrompt: { monthDay: '03-16', precision: 'day', words: 'March 16' },
    });
    // A stated year needs no reference.
    const stated = suggestionsFor(
      { page, quote: { ...march16, exact: 'workers arrived on 16 March 2017' } },
      null,
    );
    expect(stated[0]?.label).toBe('16 March 2017');
  });
});

describe('the language a sighting stores', () => {
  it("is read from the quote for every way in, the page's only as a fallback", () => {
    expect(quoteLanguage('북한 노동자 200여 명이 단둥에서', 'und')).toBe('ko');
    expect(quoteLanguage('Около 200 рабочих из КНДР', 'und')).toBe('ru');
    expect(quoteLanguage('约200名朝鲜工人', 'en')).toBe('zh');
    expect(quoteLanguage('北朝鮮の労働者が到着した', 'und')).toBe('ja');
    expect(quoteLanguage('200 North Korean workers', 'ko')).toBe('en');
    expect(quoteLanguage('200', 'ko-KR')).toBe('ko');
    expect(quoteLanguage('200')).toBe('und');
  });

  it('reaches the draft of a deep link, a typed quote and a capture', async () => {
    const link = parseReportQuery(
      '?url=https%3A%2F%2Fa.example%2F&quote=%EB%B6%81%ED%95%9C%20%EB%85%B8%EB%8F%99%EC%9E%90',
    );
    if (link.kind !== 'link') throw new Error(link.kind);
    const request = await quoteOnlyRequest(link.request, link.request.quote);
    const draft = draftFromCapture(request, new Date('2026-12-03T00:00:00Z'));
    expect(draft.page.lang).toBe('ko');
    expect(draft.page.textCaptured).toBe(false);
    expect(draft.quote).not.toHaveProperty('start');
  });
});
