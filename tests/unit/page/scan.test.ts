// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageAnswer, PageMark } from '@/src/messaging/protocol';
import { isStale, paintedMarks, relevantScan, wordEnd } from '@/src/page/scan';
import { buildTextMap } from '@/src/page/text-map';

describe('wordEnd', () => {
  it('extends Latin and Cyrillic stems to the end of the word', () => {
    const text = 'Workers left; рабочих много';
    expect(wordEnd(text, 6)).toBe(7);
    expect(text.slice(14, wordEnd(text, 19))).toBe('рабочих');
    expect(wordEnd(text, 7)).toBe(7);
  });

  it('leaves Hangul and Han matches alone', () => {
    expect(wordEnd('북한노동자들', 5)).toBe(5);
    expect(wordEnd('朝鲜劳工们', 4)).toBe(4);
  });
});

describe('relevantScan', () => {
  const answer = (relevant: boolean, text: string): PageAnswer => ({
    uiLang: 'en',
    relevant,
    score: relevant ? 0.9 : 0.1,
    lang: 'en',
    pageDate: null,
    cards: [],
    marks: relevant
      ? [
          {
            term: 'dandong',
            start: text.indexOf('Dandong'),
            end: text.indexOf('Dandong') + 7,
            strong: true,
            card: 'inns',
          },
        ]
      : [],
    recorded: [],
    evidence: [],
  });
  const mapOf = () => buildTextMap(document.body);

  it('maps marks of a relevant page to Ranges', () => {
    document.body.innerHTML = '<p>Workers in Dandong inns</p>';
    const map = mapOf();
    const scan = relevantScan(map, answer(true, map.text));
    expect(scan?.ranges).toHaveLength(1);
    expect(scan?.ranges[0]?.toString()).toBe('Dandong');
    expect(scan?.painted).toEqual([true]);
    expect(scan?.answer.marks[0]?.card).toBe('inns');
    expect(isStale(scan?.ranges[0] ?? null)).toBe(false);
    document.body.innerHTML = '';
    expect(isStale(scan?.ranges[0] ?? null)).toBe(true);
  });

  it('extends a mark that ends inside a Latin word to the end of the word', () => {
    document.body.innerHTML = '<p>Workers in Dandong inns</p>';
    const map = mapOf();
    const text = map.text;
    const stem: PageAnswer = {
      ...answer(true, text),
      marks: [
        {
          term: 'worker',
          start: text.indexOf('Worker'),
          end: text.indexOf('Worker') + 6,
          strong: false,
          card: 'hours',
        },
      ],
    };
    const scan = relevantScan(map, stem);
    expect(scan?.ranges[0]?.toString()).toBe('Workers');
  });

  it('returns null when the answer says irrelevant', () => {
    document.body.innerHTML = '<p>Dandong tourism</p>';
    const map = mapOf();
    expect(relevantScan(map, answer(false, map.text))).toBeNull();
  });
});

describe('paintedMarks', () => {
  const mark = (term: string, strong: boolean): PageMark => ({
    term,
    start: 0,
    end: 1,
    strong,
    card: 'inns',
  });

  it('paints every strong mark and the first visible mark of each other term', () => {
    const range = {} as Range;
    const marks = [
      mark('Russia', false),
      mark('North Korean workers', true),
      mark('Russia', false),
      mark('Dandong', false),
      mark('North Korean workers', true),
    ];
    expect(
      paintedMarks(
        marks,
        marks.map(() => range),
      ),
    ).toEqual([true, true, false, true, true]);
  });

  it('marks the next occurrence of a term when the first has no Range', () => {
    const marks = [mark('Russia', false), mark('Russia', false)];
    expect(paintedMarks(marks, [null, {} as Range])).toEqual([false, true]);
  });

  it('never paints a strong mark that has no Range', () => {
    const marks = [mark('North Korean workers', true), mark('North Korean workers', true)];
    expect(paintedMarks(marks, [null, {} as Range])).toEqual([false, true]);
  });
});
