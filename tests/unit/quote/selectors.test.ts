import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionStillMatches, quoteSelectorFor } from '@/src/quote/selectors';
import { sentenceAround } from '@/src/quote/sentence';

const TEXT =
  'Hundreds of North Korean workers stayed at two inns in Dandong. About 200 men from Pyongyang ' +
  'and South Pyongan Province arrived on March 16. They will leave for Russia soon.';

describe('quoteSelectorFor', () => {
  it('takes the exact words and 32 characters of context either side', () => {
    const start = TEXT.indexOf('About 200');
    const q = quoteSelectorFor(TEXT, start, start + 'About 200 men'.length);
    expect(q.exact).toBe('About 200 men');
    expect(q.prefix).toBe(TEXT.slice(start - 32, start));
    expect(q.suffix).toBe(' from Pyongyang and South Pyonga');
    expect(q.prefix).toHaveLength(32);
    expect(q.suffix).toHaveLength(32);
    expect(TEXT.slice(q.start, q.end)).toBe(q.exact);
    expect(positionStillMatches(TEXT, q)).toBe(true);
  });

  it('trims the selection, clamps offsets and accepts them backwards', () => {
    const start = TEXT.indexOf(' About');
    const q = quoteSelectorFor(TEXT, start + 10, start);
    expect(q.exact).toBe('About 200');
    const tail = quoteSelectorFor(TEXT, TEXT.length - 5, TEXT.length + 50);
    expect(tail).toMatchObject({ exact: 'soon.', suffix: '' });
    const head = quoteSelectorFor(TEXT, 0, 8);
    expect(head.prefix).toBe('');
  });

  it('never splits a surrogate pair in the quote or its context', () => {
    const text = `${'😀'.repeat(20)}workers${'😀'.repeat(20)}`;
    const q = quoteSelectorFor(text, 40, 47, 5);
    expect(q.exact).toBe('workers');
    expect(q.prefix).toBe('😀😀');
    expect(q.suffix).toBe('😀😀');
    const inside = quoteSelectorFor(text, 1, 3);
    expect(inside.exact).toBe('😀😀');
  });

  it('refuses an empty or whitespace-only selection', () => {
    expect(() => quoteSelectorFor(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => quoteSelectorFor('a   b', 1, 4)).toThrow(RangeError);
  });

  it('notices when the text under a stored position changed', () => {
    const q = quoteSelectorFor(TEXT, 0, 8);
    expect(positionStillMatches(`X${TEXT}`, q)).toBe(false);
  });
});

function sentenceOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  const span = sentenceAround(text, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('sentenceAround', () => {
  it('finds English sentences without splitting on decimals, domains or abbreviations', () => {
    expect(sentenceOf(TEXT, '200 men')).toBe(
      'About 200 men from Pyongyang and South Pyongan Province arrived on March 16.',
    );
    const tricky =
      'Intro. Mr. Kim told dailynk.com that 3.5 thousand left on Mar. 9 by train. Next.';
    expect(sentenceOf(tricky, 'thousand')).toBe(
      'Mr. Kim told dailynk.com that 3.5 thousand left on Mar. 9 by train.',
    );
  });

  it('keeps closing quotes with their sentence', () => {
    const text = 'He said, "They left for Russia." Then more came.';
    expect(sentenceOf(text, 'left')).toBe('He said, "They left for Russia."');
    expect(sentenceOf(text, 'more')).toBe('Then more came.');
  });

  it('splits Korean and Russian on . ! ? and Chinese and Japanese on 。！？', () => {
    const ko =
      '북한 노동자 수백 명이 단둥에 머물렀다. 지난 16일 200여 명이 또 도착했다! 곧 떠난다.';
    expect(sentenceOf(ko, '200여 명')).toBe('지난 16일 200여 명이 또 도착했다!');
    const ru = 'Рабочие уехали в 2017 г. в Россию. Около 200 человек прибыли 16 марта? Да.';
    expect(sentenceOf(ru, 'Около 200')).toBe('Около 200 человек прибыли 16 марта?');
    expect(sentenceOf(ru, 'уехали')).toBe('Рабочие уехали в 2017 г. в Россию.');
    const zh = '数百名朝鲜工人住在丹东。3月16日又有约200名抵达！他们将前往俄罗斯。';
    expect(sentenceOf(zh, '约200名')).toBe('3月16日又有约200名抵达！');
    const ja = '北朝鮮労働者が丹東に滞在した。16日にも200人が到着したという？';
    expect(sentenceOf(ja, '200人')).toBe('16日にも200人が到着したという？');
  });

  it('treats line breaks as boundaries and joins sentences a match crosses', () => {
    const text = 'Headline about workers\nFirst line. Second line.';
    expect(sentenceOf(text, 'about')).toBe('Headline about workers');
    expect(sentenceOf(text, 'line. Second')).toBe('First line. Second line.');
  });

  it('does not run on when the match already ends its sentence', () => {
    const text = 'They left for Russia. Then more came.';
    expect(sentenceOf(text, 'for Russia.')).toBe('They left for Russia.');
  });

  it('caps run-on text at a word boundary on each side', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const at = words.indexOf('word200');
    const span = sentenceAround(words, at, at + 7, 50);
    const quote = words.slice(span.start, span.end);
    expect(quote).toContain('word200');
    expect(quote.length).toBeLessThanOrEqual(7 + 100);
    expect(quote).toMatch(/^word\d+ .* word\d+$/);
    expect(words.slice(span.start - 1, span.start)).toBe(' ');
    expect(words.slice(span.end, span.end + 1)).toBe(' ');
  });

  it('always covers the visible part of the match, within the cap, trimmed', () => {
    const piece = fc.constantFrom(
      'word',
      ' ',
      '. ',
      '。',
      '\n',
      'Mr. ',
      '3.5',
      '"',
      '다. ',
      '?',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(20), (pieces, a, len) => {
        const text = pieces.join('');
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + len);
        const span = sentenceAround(text, start, end, 40);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.start).toBeGreaterThanOrEqual(Math.max(0, start - 40));
        expect(span.end).toBeLessThanOrEqual(Math.min(text.length, end + 40));
        const visible = text.slice(start, end).trim();
        if (visible) expect(text.slice(span.start, span.end)).toContain(visible);
        const quote = text.slice(span.start, span.end);
        expect(quote).toBe(quote.trim());
      }),
      { numRuns: 500 },
    );
  });
});
