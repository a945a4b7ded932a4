/**
 * The popup's fact search: typo-tolerant (fuse.js token search, so "dandon", "vladivostock" or a
 * whole question still find their facts) and script-aware (an exact pass over normalised text,
 * so 丹东, 단둥, Даньдун or 하산 rank their facts first). Pure: it takes the fact base as data,
 * so it runs the same in the popup, in Node tests and in the benchmark.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import type { FactBaseData } from '@/src/facts/validate';
import { SEARCH_KEYS, type SearchDoc, searchDocuments } from './documents';
import { exactScore } from './exact';
import { hasCjk, normalizeForSearch, withoutStopWords } from './normalize';

/** One ranked search result. */
export interface SearchHit {
  factId: string;
  /** 0 is a perfect match, 1 no match (fuse.js's scale). */
  score: number;
  /** True when the normalised query occurs verbatim in the fact. */
  exact: boolean;
}

/** A ready search over one fact base. */
export interface FactSearch {
  /** Ranked hits for `query`, best first; an empty or blank query gives no hits. */
  search(query: string, limit?: number): SearchHit[];
}

/**
 * Fuzziness: 0.35 lets one typo through in a 4–5 letter word and two in a long name, while
 * keeping unrelated words out. Token search scores each query word on its own (weighted by
 * rarity), so a question like "when was the Dandong route closed" still finds its fact.
 */
const FUSE_OPTIONS = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeScore: true,
  ignoreLocation: true,
  useTokenSearch: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

/** The fuse.js index for `docs`: build it once, ahead of the first keystroke. */
export function createSearchIndex(docs: SearchDoc[]): FuseIndex<SearchDoc> {
  return Fuse.createIndex(FUSE_OPTIONS.keys, docs);
}

/** Shortest query the fuzzy pass considers, by script: one CJK syllable says more than one letter. */
function worthFuzzy(query: string): boolean {
  return hasCjk(query) ? query.length >= 2 : query.length >= 3;
}

/** Builds the search for a fact base; `index` may be a prebuilt {@link createSearchIndex}. */
export function createFactSearch(base: FactBaseData, index?: FuseIndex<SearchDoc>): FactSearch {
  const docs = searchDocuments(base);
  const fuse = new Fuse(docs, FUSE_OPTIONS, index ?? createSearchIndex(docs));
  return {
    search(query, limit = 50) {
      const q = normalizeForSearch(query);
      if (q.length === 0) return [];
      const best = new Map<string, SearchHit>();
      for (const doc of docs) {
        const score = exactScore(doc, q);
        if (score !== undefined) best.set(doc.id, { factId: doc.id, score, exact: true });
      }
      const fuzzyQuery = withoutStopWords(q);
      if (worthFuzzy(fuzzyQuery)) {
        for (const r of fuse.search(fuzzyQuery)) {
          // Fuzzy scores start above every exact score, so exact hits always lead.
          const score = Math.max(0.02, r.score ?? 1);
          const known = best.get(r.item.id);
          if (!known) best.set(r.item.id, { factId: r.item.id, score, exact: false });
        }
      }
      return [...best.values()].sort((a, b) => a.score - b.score).slice(0, limit);
    },
  };
}
