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

/** Per-character bit masks of the pattern, one 32-bit word per block; Latin-1 in an array. */
function patternMasks(pattern: string, blocks: number): (code: number) => Int32Array {
  const empty = new Int32Array(blocks);
  const low: Int32Array[] = new Array(256).fill(empty);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = code < 256 ? low[code] : other.get(code);
    if (!mask || mask === empty) {
      mask = new Int32Array(blocks);
      if (code < 256) low[code] = mask;
      else other.set(code, mask);
    }
    const b = (i / W) | 0;
    mask[b] = (mask[b] as number) | (1 << (i % W));
  }
  return (code) => (code < 256 ? (low[code] as Int32Array) : (other.get(code) ?? empty));
}

/**
 * Masks of the last few patterns: `match-quote.ts` searches one quote in many windows of a
 * page, and rebuilding its masks per window cost as much as the search itself.
 */
const maskCache = new Map<string, (code: number) => Int32Array>();
const MASK_CACHE_SIZE = 8;

function cachedMasks(pattern: string, blocks: number): (code: number) => Int32Array {
  let masks = maskCache.get(pattern);
  if (!masks) {
    masks = patternMasks(pattern, blocks);
    if (maskCache.size >= MASK_CACHE_SIZE)
      maskCache.delete(maskCache.keys().next().value as string);
    maskCache.set(pattern, masks);
  }
  return masks;
}

/** Bit-parallel state of the search: vertical deltas per block and each block's bottom score. */
interface SearchState {
  pv: Int32Array;
  mv: Int32Array;
  lastBit: Int32Array;
}

/**
 * Advances block `b` by one text character whose pattern mask for the block is `eqs`, given
 * the horizontal delta `hin` entering from the block above; returns the delta leaving it.
 */
function advanceBlock(state: SearchState, b: number, eqBits: number, hin: number): number {
  const negIn = hin < 0 ? 1 : 0;
  const eq = eqBits | negIn;
  const p = state.pv[b] as number;
  const mm = state.mv[b] as number;
  const xv = eq | mm;
  const xh = (((eq & p) + p) ^ p) | eq;
  let ph = mm | ~(xh | p);
  let mh = p & xh;
  const bit = state.lastBit[b] as number;
  const hout = ph & bit ? 1 : mh & bit ? -1 : 0;
  ph = (ph << 1) | (hin > 0 ? 1 : 0);
  mh = (mh << 1) | negIn;
  state.pv[b] = mh | ~(xv | ph);
  state.mv[b] = ph & xv;
  return hout;
}

/**
 * End offsets (exclusive) in `text[from, to)` where `pattern` matches with the fewest errors,
 * provided that number is at most `maxErrors`. Like `approx-string-match`, only the best error
 * count is reported: a worse match anywhere can never outrank it on the quote's weight.
 * Blocks below the last one that can still reach `maxErrors` are not computed (Ukkonen's
 * cut-off, per block as in Hyyrö 2003), so a strict bound is also a faster search.
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
  const last = blocks - 1;
  const maskOf = cachedMasks(pattern, blocks);
  const state: SearchState = {
    pv: new Int32Array(blocks).fill(-1),
    mv: new Int32Array(blocks),
    lastBit: new Int32Array(blocks).fill(1 << (W - 1)),
  };
  state.lastBit[last] = 1 << ((m - 1) % W);
  const blockLength = (b: number) => (b === last ? m - last * W : W);
  let limit = Math.min(maxErrors, m);
  // score[b]: edit distance at the bottom row of block b for the current text position.
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = Math.min(m, (b + 1) * W);
  let y = Math.max(0, Math.ceil(limit / W) - 1);
  let ends: Array<{ end: number; errors: number }> = [];
  for (let j = from; j < to; j++) {
    const eqs = maskOf(text.charCodeAt(j));
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(state, b, eqs[b] as number, carry);
      score[b] = (score[b] as number) + carry;
    }
    const sy = score[y] as number;
    if (y < last && sy - carry <= limit && (((eqs[y + 1] as number) & 1) !== 0 || carry < 0)) {
      y++;
      state.pv[y] = -1;
      state.mv[y] = 0;
      score[y] = sy + blockLength(y) - carry + advanceBlock(state, y, eqs[y] as number, carry);
    } else {
      while (y > 0 && (score[y] as number) >= limit + W) y--;
    }
    if (y === last && (score[y] as number) <= limit) {
      const errors = score[y] as number;
      if (errors < limit) ends = [];
      ends.push({ end: j + 1, errors });
      limit = errors;
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

/** Levenshtein distance between two whole strings (two-row dynamic programme). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row.push(
        Math.min(
          (prev[j - 1] as number) + cost,
          (prev[j] as number) + 1,
          (row[j - 1] as number) + 1,
        ),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}
