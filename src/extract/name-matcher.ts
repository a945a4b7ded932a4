/**
 * Finds names from a list in a short text, in any of the five languages. Latin and Cyrillic
 * names must stand as whole words; Russian names may carry a case ending ("в Даньдуне",
 * "в Москву", "Курской области"). Hangul, kana and Han names match anywhere, because Korean
 * particles attach to the name ("단둥에") and Chinese and Japanese have no spaces.
 */
import { type Candidate, candidateAt, foldForMatching, keepOutermost } from './candidate';

/** A named thing: every spelling that should find it, and the value to suggest. */
export interface NamedEntry<T> {
  names: readonly string[];
  value: T;
}

/** A compiled matcher for one list of names. */
export type NameMatcher<T> = (text: string) => Candidate<T>[];

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Russian word's stem plus room for a case ending: "Москва" → "Москв[а-я]{0,3}". */
function russianWord(word: string): string {
  const stem = word.length > 4 ? word.replace(/[аеиоуыьйяю]{1,2}$/i, '') : word;
  return `${escapeRegExp(stem)}[а-яё]{0,3}`;
}

function patternFor(name: string): RegExp {
  const folded = foldForMatching(name);
  const needsBoundary =
    LETTERS_OR_DIGITS.test(folded.slice(-1)) &&
    /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(folded);
  if (!needsBoundary) return new RegExp(escapeRegExp(folded), 'gu');
  const body = CYRILLIC.test(folded)
    ? folded.split(/\s+/).map(russianWord).join('\\s+')
    : folded.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Compiles the names once. The matcher returns every place a name occurs, longest names
 * winning over names inside them, and one candidate per entry when entries share a name.
 */
export function createNameMatcher<T>(entries: readonly NamedEntry<T>[]): NameMatcher<T> {
  const compiled = entries.flatMap((entry) =>
    [...new Set(entry.names)].map((name) => ({ pattern: patternFor(name), value: entry.value })),
  );
  return (text) => {
    const folded = foldForMatching(text);
    const found: Candidate<T>[] = [];
    const seen = new Set<string>();
    for (const { pattern, value } of compiled) {
      for (const m of folded.matchAll(pattern)) {
        const key = `${m.index}:${m[0].length}:${JSON.stringify(value)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(candidateAt(text, m.index, m.index + m[0].length, value));
      }
    }
    return keepOutermost(found);
  };
}
