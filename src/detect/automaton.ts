/**
 * An Aho–Corasick automaton flattened into typed arrays so the scan loop allocates nothing and
 * never follows failure links: every move is one table lookup, so scanning time is linear in
 * the text whatever the lexicon. Folded units map to a compact alphabet (`classOf`). Spaced-
 * script units (Latin, Greek, Cyrillic, digits, the separator) get the low classes, and every
 * state has a full row over them. For the many Han, kana and Hangul classes a state keeps only
 * the moves that differ from the root's, in one open-addressing hash table (full rows for the
 * shallow states measured no faster and cost megabytes).
 *
 * Built with typed arrays and per-state move lists in breadth-first order, so compiling the
 * whole lexicon takes milliseconds, not the hundreds a map-per-state construction costs.
 */

/** State ids fit 16 bits for every lexicon the extension ships; larger ones use 32. */
export type StateTable = Uint16Array | Uint32Array;

/** The compiled automaton. Pattern ids are indexes into the list it was built from. */
export interface Automaton {
  classOf: Uint16Array;
  classCount: number;
  /** Classes below this are spaced-script units, with a full row for every state. */
  smallCount: number;
  /** `small[state * smallCount + class]` = next state. */
  small: StateTable;
  /** The root's move on every class (0 where none). */
  rootNext: Int32Array;
  /** Interleaved (key, target) pairs; key = state * classCount + class, -1 when empty. */
  hashTable: Int32Array;
  hashShift: number;
  hashMask: number;
  /**
   * Per state, bit `class & 31` set for every large class the hash table holds a move for. A
   * clear bit proves the move is the root's without probing the table: most Han, kana and
   * Hangul units met in a deep state have no move of their own, and an unsuccessful probe
   * sequence is the slowest way to learn that.
   */
  hashFilter: Int32Array;
  /** Pattern ending exactly at a state, or -1. */
  outPattern: Int32Array;
  /** Nearest proper suffix state that ends a pattern, or 0. */
  outLink: Int32Array;
  /**
   * States from this id on end a pattern themselves or through a suffix; the others end none.
   * Numbering them last lets the scan loop test for output with one comparison.
   */
  outputFrom: number;
  patternLength: Int32Array;
}

const GOLDEN = 0x9e3779b1 | 0;
/** Units below this (Latin, Greek, Cyrillic) get the small classes: their words run long. */
const SMALL_LIMIT = 0x530;

/** Hash slot of a (state, class) key. */
export function hashSlot(key: number, shift: number): number {
  return Math.imul(key, GOLDEN) >>> shift;
}

/** The compact alphabet: spaced-script units first, then every other unit the patterns use. */
function alphabet(patterns: readonly string[]): {
  classOf: Uint16Array;
  classCount: number;
  smallCount: number;
} {
  const classOf = new Uint16Array(65536);
  let classCount = 1;
  let smallCount = 1;
  for (const small of [true, false]) {
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const u = p.charCodeAt(i);
        if (u < SMALL_LIMIT === small && classOf[u] === 0) classOf[u] = classCount++;
      }
    }
    if (small) smallCount = classCount;
  }
  return { classOf, classCount, smallCount };
}

/** The trie: goto moves keyed by `state * classCount + class`, and each state's pattern. */
function trie(
  patterns: readonly string[],
  classOf: Uint16Array,
  classCount: number,
): { goto: Map<number, number>; outPattern: number[]; edgeClass: number[]; parent: number[] } {
  const goto = new Map<number, number>();
  const outPattern = [-1];
  const edgeClass = [0];
  const parent = [0];
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = classOf[p.charCodeAt(i)] as number;
      const key = s * classCount + c;
      let next = goto.get(key);
      if (next === undefined) {
        next = outPattern.length;
        outPattern.push(-1);
        edgeClass.push(c);
        parent.push(s);
        goto.set(key, next);
      }
      s = next;
    }
    outPattern[s] = id;
  });
  return { goto, outPattern, edgeClass, parent };
}

/** States in breadth-first order (root first), with each state's children as a linked list. */
function breadthFirst(
  n: number,
  parent: readonly number[],
): { order: Int32Array; firstChild: Int32Array; nextSibling: Int32Array } {
  const firstChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  for (let s = n - 1; s >= 1; s--) {
    const p = parent[s] as number;
    nextSibling[s] = firstChild[p] as number;
    firstChild[p] = s;
  }
  const order = new Int32Array(n);
  let tail = 1;
  for (let q = 0; q < n; q++) {
    for (let c = firstChild[order[q] as number] as number; c !== -1; c = nextSibling[c] as number)
      order[tail++] = c;
  }
  return { order, firstChild, nextSibling };
}

/** Failure links by the classic walk up the failure chain, in breadth-first order. */
function failureLinks(
  t: ReturnType<typeof trie>,
  order: Int32Array,
  classCount: number,
): Int32Array {
  const n = order.length;
  const fail = new Int32Array(n);
  for (let q = 1; q < n; q++) {
    const s = order[q] as number;
    const p = t.parent[s] as number;
    if (p === 0) continue;
    const c = t.edgeClass[s] as number;
    let f = fail[p] as number;
    let target = t.goto.get(f * classCount + c);
    while (target === undefined && f !== 0) {
      f = fail[f] as number;
      target = t.goto.get(f * classCount + c);
    }
    fail[s] = target ?? 0;
  }
  return fail;
}

/**
 * Builds the automaton over folded patterns (duplicates must already be merged). Work per
 * state is a few bulk typed-array copies, so even a first, unoptimised run (a content script
 * compiles once per page) stays short.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { classOf, classCount, smallCount } = alphabet(patterns);
  const t = trie(patterns, classOf, classCount);
  const n = t.outPattern.length;
  const { order, firstChild, nextSibling } = breadthFirst(n, t.parent);
  const fail = failureLinks(t, order, classCount);

  // Output, then the numbering: states without output first (the root stays 0), then the rest.
  const outPatternOld = t.outPattern;
  const outLinkOld = new Int32Array(n);
  const hasOutput = new Uint8Array(n);
  let outputs = 0;
  for (let q = 1; q < n; q++) {
    const s = order[q] as number;
    const f = fail[s] as number;
    outLinkOld[s] = (outPatternOld[f] as number) >= 0 ? f : (outLinkOld[f] as number);
    hasOutput[s] = (outPatternOld[s] as number) >= 0 || hasOutput[f] === 1 ? 1 : 0;
    outputs += hasOutput[s] as number;
  }
  const outputFrom = n - outputs;
  const id = new Int32Array(n);
  let plain = 0;
  let withOutput = outputFrom;
  for (let q = 0; q < n; q++) {
    const s = order[q] as number;
    id[s] = hasOutput[s] === 1 ? withOutput++ : plain++;
  }
  const outPattern = new Int32Array(n);
  const outLink = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    outPattern[id[s] as number] = outPatternOld[s] as number;
    outLink[id[s] as number] = id[outLinkOld[s] as number] as number;
  }

  // Rows over the small classes: each state copies its failure state's row (built earlier, as
  // it is shallower) and overrides its own moves. Large-class moves that differ from the
  // root's go to per-state (class, target) lists, then to the hash table.
  const Table = n < 65536 ? Uint16Array : Uint32Array;
  const large = classCount - smallCount;
  const rootNext = new Int32Array(classCount);
  const small = new Table(n * smallCount);
  for (let ch = firstChild[0] as number; ch !== -1; ch = nextSibling[ch] as number) {
    const c = t.edgeClass[ch] as number;
    rootNext[c] = id[ch] as number;
    if (c < smallCount) small[c] = id[ch] as number;
  }
  const listStart = new Int32Array(n);
  const listEnd = new Int32Array(n);
  let list = new Int32Array(1024);
  let used = 0;
  for (let q = 1; q < n; q++) {
    const s = order[q] as number;
    const f = fail[s] as number;
    const row = (id[s] as number) * smallCount;
    const from = (id[f] as number) * smallCount;
    small.copyWithin(row, from, from + smallCount);
    const need = used + 2 * ((listEnd[f] as number) - (listStart[f] as number)) + 2 * large;
    if (need > list.length) {
      const grown = new Int32Array(Math.max(need, list.length * 2));
      grown.set(list.subarray(0, used));
      list = grown;
    }
    listStart[s] = used;
    for (let ch = firstChild[s] as number; ch !== -1; ch = nextSibling[ch] as number) {
      const c = t.edgeClass[ch] as number;
      if (c < smallCount) small[row + c] = id[ch] as number;
      else {
        list[used++] = c;
        list[used++] = id[ch] as number;
      }
    }
    const own = used;
    for (let k = listStart[f] as number; k < (listEnd[f] as number); k += 2) {
      const c = list[k] as number;
      let mine = false;
      for (let j = listStart[s] as number; j < own && !mine; j += 2) mine = list[j] === c;
      if (!mine) {
        list[used++] = c;
        list[used++] = list[k + 1] as number;
      }
    }
    listEnd[s] = used;
  }

  let bits = 4;
  while (1 << bits < used) bits++;
  const size = 1 << bits;
  const hashTable = new Int32Array(size * 2).fill(-1);
  const shift = 32 - bits;
  const hashFilter = new Int32Array(n);
  for (let s = 1; s < n; s++) {
    const state = id[s] as number;
    for (let k = listStart[s] as number; k < (listEnd[s] as number); k += 2) {
      const c = list[k] as number;
      const key = state * classCount + c;
      let h = hashSlot(key, shift);
      while (hashTable[2 * h] !== -1) h = (h + 1) & (size - 1);
      hashTable[2 * h] = key;
      hashTable[2 * h + 1] = list[k + 1] as number;
      hashFilter[state] = (hashFilter[state] as number) | (1 << (c & 31));
    }
  }

  return {
    classOf,
    classCount,
    smallCount,
    small,
    rootNext,
    hashTable,
    hashShift: shift,
    hashMask: size - 1,
    hashFilter,
    outPattern,
    outLink,
    outputFrom,
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
}
