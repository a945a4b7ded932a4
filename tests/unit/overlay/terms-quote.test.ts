import { describe, expect, it } from 'vitest';
import { reportQuoteAround, sha256Hex } from '@/src/overlay/report-quote';
import { nextOccurrence, termEntries } from '@/src/overlay/terms';

const text = 'Intro line.\nWorkers stayed in Dandong for a week. Then they left DANDONG by train!';
const at = (s: string, from = 0) => text.indexOf(s, from);

describe('termEntries', () => {
  it('merges repeated terms case-insensitively and keeps page order', () => {
    const matches = [
      { start: at('Dandong'), end: at('Dandong') + 7, card: 'inns' },
      { start: at('week'), end: at('week') + 4, card: 'hours' },
      { start: at('DANDONG'), end: at('DANDONG') + 7, card: 'route' },
    ];
    const entries = termEntries(text, matches);
    expect(entries.map((e) => e.label)).toEqual(['Dandong', 'week']);
    expect(entries[0]?.occurrences).toEqual([0, 2]);
    expect(entries[0]?.cards).toEqual(['inns', 'route']);
    expect(entries[1]?.occurrences).toEqual([1]);
    expect(entries[1]?.cards).toEqual(['hours']);
  });

  it('lists a card once when several occurrences open it', () => {
    const matches = [
      { start: at('Dandong'), end: at('Dandong') + 7, card: 'inns' },
      { start: at('DANDONG'), end: at('DANDONG') + 7, card: 'inns' },
    ];
    const [entry] = termEntries(text, matches);
    expect(entry?.occurrences).toEqual([0, 1]);
    expect(entry?.cards).toEqual(['inns']);
  });

  it('cycles through occurrences', () => {
    const entry = { key: 'x', label: 'x', occurrences: [1, 4, 7], cards: [] };
    expect(nextOccurrence(entry, null)).toBe(1);
    expect(nextOccurrence(entry, 4)).toBe(7);
    expect(nextOccurrence(entry, 7)).toBe(1);
  });
});

describe('reportQuoteAround', () => {
  it('takes the sentence around a match with 32 characters of context', () => {
    const q = reportQuoteAround(text, at('Dandong'), at('Dandong') + 7);
    expect(q.exact).toBe('Workers stayed in Dandong for a week.');
    expect(text.slice(q.start, q.end)).toBe(q.exact);
    expect(q.prefix).toBe('Intro line.\n');
    expect(q.suffix).toBe(text.slice(q.end, q.end + 32));
    expect(q.suffix).toHaveLength(32);
  });

  it('stops at the end of the text and at CJK sentence marks', () => {
    expect(reportQuoteAround(text, at('DANDONG'), at('DANDONG') + 7).exact).toBe(
      'Then they left DANDONG by train!',
    );
    const zh = '第一句。工人经丹东前往俄罗斯。第三句';
    expect(reportQuoteAround(zh, zh.indexOf('丹东'), zh.indexOf('丹东') + 2).exact).toBe(
      '工人经丹东前往俄罗斯。',
    );
  });

  it('hashes page text as hex SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
