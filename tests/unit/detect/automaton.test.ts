import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '@/src/detect/automaton';
import { fold } from '@/src/detect/fold';
import { Scanner, scanPatterns } from '@/src/detect/scanner';

/**
 * Units that fold to themselves, from both halves of the alphabet: spaced-script letters (full
 * rows for every state) and Han / Hangul / kana (the hash table).
 */
const UNITS = ['a', 'b', 'c', 'д', 'ж', '北', '朝', '鲜', '가', '노', 'の'];

/** Every (pattern, start, end) where a pattern occurs in the text, by brute force. */
function naive(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1))
      found.push(`${id}@${i}-${i + p.length}`);
  });
  return found.sort();
}

/** What the automaton reports on the same text, with no word-boundary checks. */
function scanned(patterns: readonly string[], text: string): string[] {
  const automaton = buildAutomaton(patterns);
  const none = new Uint8Array(patterns.length);
  const scanner = new Scanner(scanPatterns(automaton, none, none));
  scanner.feed(text);
  const r = scanner.finish();
  const found: string[] = [];
  for (let i = 0; i < r.count; i++) found.push(`${r.pattern[i]}@${r.start[i]}-${r.end[i]}`);
  return found.sort();
}

const word = (max: number) =>
  fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: max }).map((a) => a.join(''));
const distinct = fc.uniqueArray(word(6), { minLength: 1, maxLength: 40 });

describe('automaton', () => {
  it('uses units that fold to themselves', () => {
    expect(fold(UNITS.join(''))).toBe(UNITS.join(''));
  });

  it('finds exactly the occurrences brute force finds', () => {
    fc.assert(
      fc.property(distinct, word(200), (patterns, text) => {
        expect(scanned(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles patterns that are suffixes and prefixes of one another', () => {
    const patterns = ['北朝鲜', '朝鲜', '鲜', '北朝', 'abc', 'bc', 'c', 'ab'];
    const text = '北朝鲜北朝abcab朝鲜c';
    expect(scanned(patterns, text)).toEqual(naive(patterns, text));
  });
});
