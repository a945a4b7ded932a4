/**
 * The fuzzy pass: each query word is matched against the vocabulary words it could be a
 * misspelling of (bigram candidates), scored by fuse.js's Bitap matcher, and its facts scored
 * by how well, how rarely and in which field the word occurs. Results per word are cached,
 * since typing changes only the last word of a query.
 */
import Fuse from 'fuse.js';
import { candidateWords, type Vocabulary } from './vocabulary';

/** One typo per four or five letters, as fuse.js counts them. */
const MATCH_OPTIONS = { threshold: 0.35, ignoreLocation: true, includeScore: true };

/** What one query word contributes: per fact index, its relevance; and the best fact's. */
export interface WordMatch {
  relevance: Map<number, number>;
  /** Per fact index, the fact's word that matched best (what a result shows as matched). */
  words: Map<number, string>;
  /**
   * The highest relevance any fact got from this word. It weighs the word in a query of
   * several (a rare, well-matched word counts more), and the fact that matches every word
   * best scores 1: a near miss of a rare word cannot make the fact the reader meant look weak.
   */
  best: number;
}

/**
 * Penalty for a vocabulary word much longer than the query word, so "nam" prefers "nam" to
 * "vietnam" while "vladiv" still finds "vladivostok".
 */
function lengthPenalty(query: string, word: string): number {
  const ratio = Math.min(query.length, word.length) / Math.max(query.length, word.length);
  return 0.2 * (1 - ratio);
}

/** Matches one normalised query word against the vocabulary. */
export function matchWord(vocab: Vocabulary, query: string): WordMatch {
  const relevance = new Map<number, number>();
  const words = new Map<number, string>();
  let best = 0;
  // A word of the fact base typed as is: its near misses ("ki", "hong" for "kim", "dong")
  // count no more than its own rarity, or a rare near miss would outrank the word itself.
  const typed = vocab.wordIndex.get(query);
  const idfCap = typed === undefined ? Number.POSITIVE_INFINITY : (vocab.idf[typed] ?? 0);
  for (const i of candidateWords(vocab, query)) {
    const word = vocab.words[i] as string;
    const result = Fuse.match(query, word, MATCH_OPTIONS);
    if (!result.isMatch) continue;
    const closeness = 1 - Math.min(1, result.score + lengthPenalty(query, word));
    const idf = Math.min(idfCap, vocab.idf[i] ?? 0);
    for (const [doc, weight] of vocab.postings[i] ?? []) {
      const value = closeness * idf * weight;
      if (value > (relevance.get(doc) ?? 0)) {
        relevance.set(doc, value);
        words.set(doc, word);
      }
      best = Math.max(best, value);
    }
  }
  return { relevance, words, best };
}

/** {@link matchWord} with a bounded cache of recent words. */
export function cachedWordMatcher(vocab: Vocabulary, size = 256): (word: string) => WordMatch {
  const cache = new Map<string, WordMatch>();
  return (word) => {
    const known = cache.get(word);
    if (known) return known;
    const match = matchWord(vocab, word);
    if (cache.size >= size) cache.clear();
    cache.set(word, match);
    return match;
  };
}
