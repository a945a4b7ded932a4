/**
 * Approximate string search: where does `pattern` occur in `text` with the fewest edits
 * (insertions, deletions, substitutions)? Myers' bit-parallel algorithm in Hyyrö's multi-block
 * form, as in the `approx-string-match` package Hypothesis uses: O(n · ⌈m/32⌉) word operations
 * for a text of n and a pattern of m UTF-16 units. It is written here (about 100 lines) rather
 * than added as a dependency so the search can be limited to windows of the text (see
 * `match-quote.ts`), which is what makes re-anchoring many quotes on a large page cheap.
 */

/** A match with its edit count; `start`/`end` are UTF-16 offsets in the searched text. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const W = 32;

/** Per-character bit masks of the pattern, one 32-bit word per block. */
function patternMasks(pattern: string, blocks: number): Map<number, Int32Array> {
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Int32Array(blocks);
      masks.set(code, mask);
    }
    mask[(i / W) | 0] = (mask[(i / W) | 0] ?? 0) | (1 << (i % W));
  }
  return masks;
}

/**
 * End offsets (exclusive) in `text[from, to)` where `pattern` matches with the fewest errors,
 * provided that number is at most `maxErrors`. Like `approx-string-match`, only the best error
 * count is reported: a worse match anywhere can never outrank it on the quote's weight.
 */
export function findMatchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): Array<{ end: number; errors: number }> {
  const m = pattern.length;
  if (m === 0) return [];
  const blocks = Math.ceil(m / W);
  const masks = patternMasks(pattern, blocks);
  const empty = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastBit = new Int32Array(blocks).fill(1 << (W - 1));
  lastBit[blocks - 1] = 1 << ((m - 1) % W);
  let score = m;
  let limit = Math.min(maxErrors, m);
  let ends: Array<{ end: number; errors: number }> = [];
  for (let j = from; j < to; j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? empty;
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      const negIn = hin < 0 ? 1 : 0;
      const eq = (eqs[b] as number) | negIn;
      const p = pv[b] as number;
      const mm = mv[b] as number;
      const xv = eq | mm;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const bit = lastBit[b] as number;
      const hout = ph & bit ? 1 : mh & bit ? -1 : 0;
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | negIn;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= limit) {
      if (score < limit) ends = [];
      ends.push({ end: j + 1, errors: score });
      limit = score;
    }
  }
  return ends;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Completes match ends with their start: the reversed pattern is searched backwards from each
 * end, and the longest span with the same error count is kept (as `approx-string-match` does).
 */
export function withStarts(
  text: string,
  pattern: string,
  ends: ReadonlyArray<{ end: number; errors: number }>,
): ApproxMatch[] {
  const reversed = reverse(pattern);
  return ends.map(({ end, errors }) => {
    const from = Math.max(0, end - pattern.length - errors);
    const back = findMatchEnds(reverse(text.slice(from, end)), reversed, errors);
    const longest = back.reduce((max, b) => Math.max(max, b.end), 0);
    return { start: end - longest, end, errors };
  });
}

/** Every best match of `pattern` in `text` with at most `maxErrors` edits, start to end. */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  return withStarts(text, pattern, findMatchEnds(text, pattern, maxErrors));
}
