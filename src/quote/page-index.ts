/**
 * A one-pass filter over a page for checking many quotes against it (resurfacing runs every
 * recorded sighting on each page). It records which 4-character sequences occur, as bits in a
 * 128 KB table. By the pigeonhole argument of `match-quote.ts`, a quote found with at most k
 * edits contains one of its k + 1 pieces unchanged, so every 4-gram of that piece is in the
 * table; when no piece passes, the quote cannot be on the page and the search is skipped.
 * Hash collisions only let a quote through to the real search; they never hide a match.
 */

const BITS = 1 << 20;
const MASK = BITS - 1;
const GRAM = 4;

function gramHash(text: string, at: number): number {
  let h = 0;
  for (let i = 0; i < GRAM; i++) h = Math.imul(h, 0x01000193) ^ text.charCodeAt(at + i);
  return (h ^ (h >>> 15)) & MASK;
}

/** Answers "could this quote be on the page?" without false negatives. */
export interface PageIndex {
  /** False only when `quote` certainly has no match with at most `maxErrors` edits. */
  mayContain(quote: string, maxErrors: number): boolean;
}

/** Indexes `text` once; about one millisecond per 100 KB. */
export function createPageIndex(text: string): PageIndex {
  const table = new Uint32Array(BITS / 32);
  for (let i = 0; i + GRAM <= text.length; i++) {
    const h = gramHash(text, i);
    table[h >>> 5] = (table[h >>> 5] as number) | (1 << (h & 31));
  }
  const has = (s: string, at: number) => {
    const h = gramHash(s, at);
    return ((table[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  };
  return {
    mayContain(quote, maxErrors) {
      const k = Math.max(0, Math.floor(maxErrors));
      const pieceLength = Math.floor(quote.length / (k + 1));
      if (pieceLength < GRAM) return true;
      for (let piece = 0; piece <= k; piece++) {
        const start = piece * pieceLength;
        let all = true;
        for (let at = start; at + GRAM <= start + pieceLength && all; at++) all = has(quote, at);
        if (all) return true;
      }
      return false;
    },
  };
}
