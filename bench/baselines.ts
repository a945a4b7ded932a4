/**
 * Naive ways to do the detector's matching, for comparison in the benchmark: the same lexicon
 * forms found with one case-insensitive alternation RegExp, with a per-term `indexOf` loop over
 * the lower-cased text, and with fuse.js searching every term over the text's sentences.
 * Each returns the number of occurrences it found, so the work cannot be optimised away.
 */
import Fuse from 'fuse.js';

/** Lexicon surface forms, longest first (what the baselines look for). */
export type Terms = readonly string[];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the alternation baseline once; the returned function scans a text. */
export function regexBaseline(terms: Terms): (text: string) => number {
  const re = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  return (text) => {
    let count = 0;
    re.lastIndex = 0;
    while (re.exec(text) !== null) count++;
    return count;
  };
}

/** Per-term `indexOf` over the lower-cased text. */
export function indexOfBaseline(terms: Terms): (text: string) => number {
  const lowered = terms.map((t) => t.toLowerCase());
  return (text) => {
    const hay = text.toLowerCase();
    let count = 0;
    for (const term of lowered) {
      for (let at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + term.length)) count++;
    }
    return count;
  };
}

/** fuse.js over sentences: index the sentences, then search every term. */
export function fuseBaseline(terms: Terms): (text: string) => number {
  return (text) => {
    const sentences = text.split(/(?<=[.!?。！？])\s*|\n+/).filter((s) => s.trim() !== '');
    const fuse = new Fuse(sentences, { threshold: 0.1, ignoreLocation: true, includeScore: false });
    let count = 0;
    for (const term of terms) count += fuse.search(term).length;
    return count;
  };
}
