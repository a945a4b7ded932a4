/**
 * The popup's fact search: script-aware (an exact pass over normalised text, so 丹东, 단둥,
 * Даньдун or 하산 rank their facts first) and typo-tolerant (fuse.js scores each query word
 * against the words it could be a misspelling of, so "dandon", "vladivostock" or a whole
 * question still find their facts). Typo tolerance also finds near misses of correct words
 * ("Dong" is close to Dandong), so fuzzy-only hits must match most of the query's words and
 * come near the best fact's relevance; facts that contain the query itself are always listed.
 * Pure: it takes the fact base as data, so it runs the same in the popup, in Node tests and in
 * the benchmark.
 */
import type { FactBaseData } from '@/src/facts/validate';
import { compactName, type SearchDoc, searchDocuments } from './documents';
import { exactScore, WORST_EXACT_SCORE } from './exact';
import { cachedWordMatcher, type WordMatch } from './fuzzy';
import { hasCjk, normalizeForSearch, withoutStopWords } from './normalize';
import { buildVocabulary, type Vocabulary, WORD } from './vocabulary';

/** One ranked search result. */
export interface SearchHit {
  factId: string;
  /** 0 is a perfect match, 1 no match (fuse.js's scale). */
  score: number;
  /** True when the normalised query occurs verbatim in the fact. */
  exact: boolean;
  /** The fact's words that matched the query (the query itself for an exact hit), to show. */
  matched: string[];
}

/** A ready search over one fact base. */
export interface FactSearch {
  /** Ranked hits for `query`, best first; an empty or blank query gives no hits. */
  search(query: string, limit?: number): SearchHit[];
}

/** Everything built ahead of the first keystroke. */
export interface SearchIndex {
  docs: SearchDoc[];
  vocab: Vocabulary;
}

/** Fuzzy-only hits weaker than this share of the best possible relevance are noise. */
const MIN_RELEVANCE = 0.12;

/**
 * Fuzzy-only hits weaker than this share of the best fact's relevance are dropped: a typo
 * tolerance wide enough for "vladivostock" also lets "dong" reach Dandong and "nam" reach
 * Vietnam, and such near misses score far below the fact the reader meant.
 */
const RELATIVE_CUT = 0.6;

/**
 * Share of a query's words a fuzzy-only hit must match: someone typing three words means a
 * fact with most of them, not one that shares a single word with a misspelling of another.
 */
const WORD_COVERAGE = 2 / 3;

/** Builds the search index of a fact base (about 10 ms for the bundled one). */
export function buildSearchIndex(base: FactBaseData): SearchIndex {
  const docs = searchDocuments(base);
  return { docs, vocab: buildVocabulary(docs) };
}

/** Shortest word the fuzzy pass considers: one CJK syllable says more than one letter. */
function worthFuzzy(word: string): boolean {
  return word.length >= (hasCjk(word) ? 2 : 3);
}

/** Per fact: relevance (0..1) to all query words together, and the words it matched. */
interface Combined {
  relevance: Map<number, number>;
  matched: Map<number, string[]>;
}

/** Combines the matches of each query word into per-fact relevance and word counts. */
function combine(matches: WordMatch[]): Combined {
  const fallback = Math.max(0, ...matches.map((m) => m.best));
  const possible = matches.reduce((sum, m) => sum + (m.best || fallback), 0);
  const relevance = new Map<number, number>();
  const matched = new Map<number, string[]>();
  if (possible === 0) return { relevance, matched };
  for (const m of matches) {
    for (const [doc, value] of m.relevance) {
      relevance.set(doc, (relevance.get(doc) ?? 0) + value / possible);
      const words = matched.get(doc) ?? [];
      const word = m.words.get(doc);
      if (word !== undefined && !words.includes(word)) words.push(word);
      matched.set(doc, words);
    }
  }
  return { relevance, matched };
}

/** The least relevance a fuzzy-only hit needs, given the best fact's. */
function fuzzyFloor(relevance: Map<number, number>): number {
  let best = 0;
  for (const value of relevance.values()) best = Math.max(best, value);
  return Math.max(MIN_RELEVANCE, Math.min(1, best) * RELATIVE_CUT);
}

/** Builds the search for a fact base, or over an index built ahead of time. */
export function createFactSearch(source: FactBaseData | SearchIndex): FactSearch {
  const { docs, vocab } = 'vocab' in source ? source : buildSearchIndex(source);
  const matchWord = cachedWordMatcher(vocab);
  return {
    search(query, limit = 60) {
      const q = normalizeForSearch(query);
      if (q.length === 0) return [];
      const words = [...new Set(withoutStopWords(q).match(WORD) ?? [])].filter(worthFuzzy);
      const { relevance, matched } = combine(words.map(matchWord));
      const floor = fuzzyFloor(relevance);
      const wordsNeeded = Math.ceil(words.length * WORD_COVERAGE - 1e-9);
      const compactQuery = compactName(q);
      const hits: SearchHit[] = [];
      docs.forEach((doc, i) => {
        const fuzzy = 1 - Math.min(1, relevance.get(i) ?? 0);
        const exact = exactScore(doc, q, compactQuery);
        const words = matched.get(i) ?? [];
        if (exact !== undefined) {
          // Within one exact tier, the fuzzy relevance orders the facts.
          const score = exact + fuzzy * 0.001;
          hits.push({ factId: doc.id, score, exact: true, matched: [q.trim()] });
        } else if (1 - fuzzy >= floor && words.length >= wordsNeeded) {
          const score = WORST_EXACT_SCORE * 2 + fuzzy * (1 - WORST_EXACT_SCORE * 2);
          hits.push({ factId: doc.id, score, exact: false, matched: words });
        }
      });
      // Typed exactly somewhere, the query means those words: a fuzzy-only hit then needs every
      // word as typed ("Kim Dong Nam" is not "Kim Hong team"); a typo finds no exact hit and
      // keeps its near misses.
      const anyExact = hits.some((h) => h.exact);
      const kept = anyExact
        ? hits.filter(
            (h) =>
              h.exact ||
              words.every((w) => h.matched.some((m) => m.startsWith(w) || w.startsWith(m))),
          )
        : hits;
      return kept.sort((a, b) => a.score - b.score).slice(0, limit);
    },
  };
}
