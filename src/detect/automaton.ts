/**
 * An Aho–Corasick automaton flattened into typed arrays so the scan loop allocates nothing:
 * folded units map to a compact alphabet (`classOf`), the root's moves are a dense array, and
 * every other move of the complete DFA (goto plus inherited failure moves that differ from the
 * root's) sits in one open-addressing hash table. One lookup per character, no failure loops,
 * so scanning time is linear in the text whatever the lexicon.
 */

/** The compiled automaton. Pattern ids are indexes into the list it was built from. */
export interface Automaton {
  classOf: Uint16Array;
  classCount: number;
  /** Classes below this are spaced-script units (Latin, Greek, Cyrillic, digits, separator). */
  smallCount: number;
  /** Complete DFA over the small classes for every state: `small[state * smallCount + class]`. */
  small: Uint16Array;
  rootNext: Int32Array;
  /** Dense rows of the complete DFA for the shallowest states (most visited): row offset or -1. */
  denseRow: Int32Array;
  /** `dense[row * classCount + class]` = next state. */
  dense: Uint16Array;
  /** Interleaved (key, target) pairs; key = state * classCount + class, -1 when empty. */
  hashTable: Int32Array;
  hashShift: number;
  hashMask: number;
  /** Pattern ending exactly at a state, or -1. */
  outPattern: Int32Array;
  /** Nearest proper suffix state that ends a pattern, or 0. */
  outLink: Int32Array;
  /** 1 when a state or one of its suffixes ends a pattern. */
  hasOutput: Uint8Array;
  patternLength: Int32Array;
}

const GOLDEN = 0x9e3779b1 | 0;
/** Units below this (Latin, Greek, Cyrillic) get the small classes: their words run long. */
const SMALL_LIMIT = 0x530;
/** Entries of the dense part (2 bytes each): the shallow states every text keeps visiting. */
const DENSE_BUDGET = 1 << 20;

/** Hash slot of a (state, class) key. */
export function hashSlot(key: number, shift: number): number {
  return Math.imul(key, GOLDEN) >>> shift;
}

/**
 * Builds the automaton over folded patterns (duplicates must already be merged). `denseBudget`
 * caps the dense rows' entries: the full lexicon buys scan speed with them, while the gate,
 * compiled on every page load, keeps its start-up cost low with few or none.
 */
export function buildAutomaton(
  patterns: readonly string[],
  denseBudget: number = DENSE_BUDGET,
): Automaton {
  let smallCount = 1;
  const classOf = new Uint16Array(65536);
  let classCount = 1;
  for (const pass of [true, false]) {
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const u = p.charCodeAt(i);
        if (u < SMALL_LIMIT === pass && classOf[u] === 0) classOf[u] = classCount++;
      }
    }
    if (pass) smallCount = classCount;
  }
  const children: Array<Map<number, number>> = [new Map()];
  const outPatternList: number[] = [-1];
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = classOf[p.charCodeAt(i)] ?? 0;
      const node = children[s] as Map<number, number>;
      let next = node.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outPatternList.push(-1);
        node.set(c, next);
      }
      s = next;
    }
    outPatternList[s] = id;
  });
  const n = children.length;
  const fail = new Int32Array(n);
  const outLink = new Int32Array(n);
  const hasOutput = new Uint8Array(n);
  const outPattern = Int32Array.from(outPatternList);
  const rootNext = new Int32Array(classCount);
  const delta: Array<Map<number, number>> = new Array(n);
  delta[0] = new Map();
  const queue: number[] = [];
  for (const [c, child] of children[0] as Map<number, number>) {
    rootNext[c] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const f = fail[s] as number;
    outLink[s] = (outPattern[f] as number) >= 0 ? f : (outLink[f] as number);
    hasOutput[s] = (outPattern[s] as number) >= 0 || hasOutput[f] ? 1 : 0;
    const moves = new Map(delta[f]);
    for (const [c, child] of children[s] as Map<number, number>) {
      moves.set(c, child);
      fail[child] = s === 0 ? 0 : ((delta[f] as Map<number, number>).get(c) ?? rootNext[c] ?? 0);
      queue.push(child);
    }
    delta[s] = moves;
  }
  let entries = 0;
  for (let s = 1; s < n; s++) entries += (delta[s] as Map<number, number>).size;
  let bits = 4;
  while (1 << bits < entries * 2) bits++;
  const size = 1 << bits;
  const hashTable = new Int32Array(size * 2).fill(-1);
  const shift = 32 - bits;
  for (let s = 1; s < n; s++) {
    for (const [c, target] of delta[s] as Map<number, number>) {
      const key = s * classCount + c;
      let h = hashSlot(key, shift);
      while (hashTable[2 * h] !== -1) h = (h + 1) & (size - 1);
      hashTable[2 * h] = key;
      hashTable[2 * h + 1] = target;
    }
  }
  const denseRow = new Int32Array(n).fill(-1);
  const rows = n < 65536 ? Math.min(queue.length, Math.floor(denseBudget / classCount)) : 0;
  const dense = new Uint16Array(rows * classCount);
  const rootRow = Uint16Array.from(rootNext);
  for (let r = 0; r < rows; r++) {
    const st = queue[r] as number;
    denseRow[st] = r * classCount;
    dense.set(rootRow, r * classCount);
    for (const [c, target] of delta[st] as Map<number, number>) dense[r * classCount + c] = target;
  }
  const small = new Uint16Array(n < 65536 ? n * smallCount : 0);
  if (small.length > 0) {
    const rootSmall = rootRow.subarray(0, smallCount);
    small.set(rootSmall, 0);
    for (let st = 1; st < n; st++) {
      small.set(rootSmall, st * smallCount);
      for (const [c, target] of delta[st] as Map<number, number>)
        if (c < smallCount) small[st * smallCount + c] = target;
    }
  }
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  return {
    classOf,
    classCount,
    smallCount: small.length > 0 ? smallCount : 0,
    small,
    rootNext,
    denseRow,
    dense,
    hashTable,
    hashShift: shift,
    hashMask: size - 1,
    outPattern,
    outLink,
    hasOutput,
    patternLength,
  };
}
