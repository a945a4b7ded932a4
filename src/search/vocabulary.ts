/**
 * The word index behind the fuzzy pass: every distinct word of the fact base with the facts it
 * occurs in (weighted by its best field), its rarity (IDF), and a bigram index that narrows a
 * query word to the few vocabulary words it could be a misspelling of. fuse.js then scores only
 * those candidates. Measured on the bundled fact base: fuse.js over every fact's full text
 * takes about 10 ms per keystroke and over all ~1,800 words 1–9 ms per query word, while the
 * whole search with candidates takes well under 0.1 ms (`npm run bench:popup`).
 */
import { FIELD_WEIGHTS, fieldTexts, type SearchDoc, type SearchField } from './documents';

/** Words as the index cuts them: runs of letters and digits in any script. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** A built word index. */
export interface Vocabulary {
  words: string[];
  /** Word → its index in `words`. */
  wordIndex: Map<string, number>;
  /** Per word: `[docIndex, weight]` pairs, the weight of the best field it occurs in. */
  postings: Array<Array<[number, number]>>;
  /** Per word: inverse document frequency, log(1 + N / df). */
  idf: number[];
  /** Bigram → indices of the words containing it. */
  grams: Map<string, number[]>;
}

/** Distinct character bigrams of `word` (a one-character word is its own gram). */
export function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return [...out];
}

/** Indexes the words of `docs` (already in search normal form). */
export function buildVocabulary(docs: SearchDoc[]): Vocabulary {
  const byWord = new Map<string, Map<number, number>>();
  // Place names and source titles recur across facts: cut each distinct text once.
  const cut = new Map<string, string[]>();
  const wordsOf = (text: string): string[] => {
    let words = cut.get(text);
    if (!words) {
      words = [...new Set(text.match(WORD) ?? [])];
      cut.set(text, words);
    }
    return words;
  };
  docs.forEach((doc, docIndex) => {
    for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
      const weight = FIELD_WEIGHTS[field];
      for (const text of fieldTexts(doc, field)) {
        for (const word of wordsOf(text)) {
          let docsOfWord = byWord.get(word);
          if (!docsOfWord) {
            docsOfWord = new Map();
            byWord.set(word, docsOfWord);
          }
          docsOfWord.set(docIndex, Math.max(docsOfWord.get(docIndex) ?? 0, weight));
        }
      }
    }
  });
  const words = [...byWord.keys()];
  const postings = words.map((w) => [...(byWord.get(w) ?? [])]);
  const idf = postings.map((p) => Math.log(1 + docs.length / p.length));
  const grams = new Map<string, number[]>();
  words.forEach((word, i) => {
    for (const gram of bigrams(word)) {
      const list = grams.get(gram);
      if (list) list.push(i);
      else grams.set(gram, [i]);
    }
  });
  const wordIndex = new Map(words.map((word, i) => [word, i]));
  return { words, wordIndex, postings, idf, grams };
}

/**
 * Words that share at least half of `word`'s bigrams, most shared first: a typo changes at
 * most two bigrams, a transposition three, so real misspellings stay in.
 */
export function candidateWords(vocab: Vocabulary, word: string, limit = 40): number[] {
  const grams = bigrams(word);
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const i of vocab.grams.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  const needed = Math.max(1, Math.ceil(grams.length / 2));
  const out: Array<[number, number]> = [];
  for (const [i, count] of shared) if (count >= needed) out.push([i, count]);
  const length = word.length;
  const gap = (i: number) => Math.abs((vocab.words[i]?.length ?? 0) - length);
  out.sort((a, b) => b[1] - a[1] || gap(a[0]) - gap(b[0]));
  return out.slice(0, limit).map(([i]) => i);
}
