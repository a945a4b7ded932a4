/**
 * The streaming scan: feeds text (whole, or chunk by chunk such as DOM text nodes) through
 * the fold table and the automaton, and records raw matches with offsets in the original
 * text. State carries across chunks (automaton state, collapsed separators, the offset ring,
 * matches waiting for their right word boundary), so chunking never changes the result.
 */
import type { Automaton } from './automaton';
import { APOS, foldTable, SEP, SKIP, wordUnitTable } from './fold';
import { SCRIPT_COUNT, scriptTable } from './script';

/** The automaton plus what the scanner checks per pattern and per code unit. */
export interface ScanPatterns {
  automaton: Automaton;
  leftBoundary: Uint8Array;
  rightBoundary: Uint8Array;
  /**
   * Per UTF-16 code unit, everything the scan loop needs in one lookup: the automaton class
   * of its folded form (low 16 bits) and the flags below.
   */
  units: Int32Array;
}

/** Raw matches: parallel arrays (pattern id, start, end) plus the script tally. */
export interface ScanResult {
  count: number;
  pattern: Int32Array;
  start: Int32Array;
  end: Int32Array;
  scripts: Int32Array;
  length: number;
}

/** Unit flags: forms words in spaced scripts; folds to the separator; dropped; apostrophe. */
const WORD = 1 << 16;
const SEPARATOR = 1 << 17;
const DROPPED = 1 << 20;
const APOSTROPHE = 1 << 21;
const CLASS = 0xffff;

/** Bundles an automaton with its boundary flags and builds the per-unit lookup table. */
export function scanPatterns(
  automaton: Automaton,
  leftBoundary: Uint8Array,
  rightBoundary: Uint8Array,
): ScanPatterns {
  const fold = foldTable();
  const word = wordUnitTable();
  const units = new Int32Array(65536);
  for (let u = 0; u < 65536; u++) {
    const f = fold[u] as number;
    if (f === SKIP) units[u] = DROPPED;
    else if (f === APOS) units[u] = DROPPED | APOSTROPHE;
    else
      units[u] =
        (automaton.classOf[f] as number) | (word[f] === 1 ? WORD : 0) | (f === SEP ? SEPARATOR : 0);
  }
  return { automaton, leftBoundary, rightBoundary, units };
}

/** Script tally of the sample at the start of a text, as the scanner counts it. */
export function scriptCounts(text: string): Int32Array {
  const counts = new Int32Array(SCRIPT_COUNT);
  const script = scriptTable();
  const n = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < n; i++) (counts[script[text.charCodeAt(i)] as number] as number)++;
  return counts;
}

const RING = 256;
/** Code units scanned per call of the inner loop. */
const BLOCK = 1024;
/** Language is decided on the first this-many code units (enough for any page's language). */
const SCRIPT_SAMPLE = 1 << 15;
const RING_MASK = RING - 1;

/** Incremental scanner; create one per text, `feed` its pieces in order, then `finish`. */
export class Scanner {
  private state = 0;
  private offset = 0;
  private folded = 0;
  private lastSep = 1;
  /** Per folded unit: its offset in the original text (high bits) and whether it forms words. */
  private readonly ring = new Int32Array(RING);
  /** Matches waiting for the unit after them: (pattern, start, end) triples. */
  private pending: Int32Array<ArrayBuffer> = new Int32Array(48);
  private pendingCount = 0;
  private count = 0;
  private pattern: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private start: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private end: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private readonly scripts = new Int32Array(SCRIPT_COUNT);

  constructor(private readonly lex: ScanPatterns) {}

  /** Scans the next piece of text; offsets continue from the previous pieces. */
  feed(chunk: string): void {
    const n = chunk.length;
    // The chunk's offset goes to the loops as an argument: `this.offset` changes only once a
    // chunk is done, so code compiled while a first long text is scanned would rest on a value
    // that changes right after, and be thrown away.
    const base = this.offset;
    for (let from = 0; from < n; from += BLOCK) {
      const to = Math.min(n, from + BLOCK);
      if (base + from < SCRIPT_SAMPLE) this.tally(chunk, from, Math.min(to, SCRIPT_SAMPLE - base));
      this.scanBlock(chunk, from, to, base);
    }
    this.offset = base + n;
  }

  /**
   * Scans `chunk[from, to)`. Text goes through in blocks so that the optimising compiler sees
   * this loop run to its end before it compiles it: compiled mid-loop on a first long text, the
   * code never saw the loop's exit and fell back to the interpreter there on every later text.
   */
  private scanBlock(chunk: string, from: number, to: number, base: number): void {
    const units = this.lex.units;
    const { smallCount, small, rootNext, hashTable, hashShift, hashMask, hashFilter } =
      this.lex.automaton;
    const { outputFrom, classCount } = this.lex.automaton;
    const ring = this.ring;
    let s = this.state;
    let folded = this.folded;
    let lastSep = this.lastSep;
    let waiting = this.pendingCount > 0;
    for (let i = from; i < to; i++) {
      const k = units[chunk.charCodeAt(i)] as number;
      if (k >= DROPPED) {
        if (k >= APOSTROPHE && waiting) {
          this.settle(0);
          waiting = false;
        }
        continue;
      }
      // Separators collapse: one after another is skipped. Bit arithmetic, not a branch per
      // case: which case comes next is hard to predict in running text.
      const sep = (k >>> 17) & 1;
      if ((sep & lastSep) !== 0) continue;
      lastSep = sep;
      if (waiting) {
        this.settle(k & WORD);
        waiting = false;
      }
      ring[folded & RING_MASK] = ((base + i) << 1) | ((k >>> 16) & 1);
      folded++;
      const c = k & CLASS;
      if (c === 0) {
        s = 0;
        continue;
      }
      if (c < smallCount) s = small[s * smallCount + c] as number;
      // A clear filter bit (always so at the root) means the state has the root's move.
      else if ((((hashFilter[s] as number) >>> (c & 31)) & 1) === 0) s = rootNext[c] as number;
      else {
        const key = s * classCount + c;
        let h = Math.imul(key, 0x9e3779b1 | 0) >>> hashShift;
        for (;;) {
          const stored = hashTable[2 * h] as number;
          if (stored === key) {
            s = hashTable[2 * h + 1] as number;
            break;
          }
          if (stored === -1) {
            s = rootNext[c] as number;
            break;
          }
          h = (h + 1) & hashMask;
        }
      }
      if (s >= outputFrom) {
        this.emit(s, folded);
        waiting = this.pendingCount > 0;
      }
    }
    this.state = s;
    this.folded = folded;
    this.lastSep = lastSep;
  }

  /** Counts the scripts of `chunk[from, to)`. */
  private tally(chunk: string, from: number, to: number): void {
    const script = scriptTable();
    const scripts = this.scripts;
    for (let i = from; i < to; i++) (scripts[script[chunk.charCodeAt(i)] as number] as number)++;
  }

  /** Matches recorded so far (pending ones excluded). */
  found(): number {
    return this.count;
  }

  /** Ends the text: pending matches meet the end (a boundary). */
  finish(): ScanResult {
    if (this.pendingCount > 0) this.settle(0);
    return {
      count: this.count,
      pattern: this.pattern.subarray(0, this.count),
      start: this.start.subarray(0, this.count),
      end: this.end.subarray(0, this.count),
      scripts: this.scripts,
      length: this.offset,
    };
  }

  private emit(state: number, folded: number): void {
    const { outPattern, outLink, patternLength } = this.lex.automaton;
    let t = state;
    while (t > 0) {
      const p = outPattern[t] as number;
      if (p >= 0) {
        const from = folded - (patternLength[p] as number);
        const leftOk =
          this.lex.leftBoundary[p] === 0 ||
          from === 0 ||
          ((this.ring[(from - 1) & RING_MASK] as number) & 1) === 0;
        if (leftOk) {
          const start = (this.ring[from & RING_MASK] as number) >> 1;
          const end = ((this.ring[(folded - 1) & RING_MASK] as number) >> 1) + 1;
          if (this.lex.rightBoundary[p] === 1) this.wait(p, start, end);
          else this.record(p, start, end);
        }
      }
      t = outLink[t] as number;
    }
  }

  /** Resolves matches waiting for the unit after them; a word unit next (1) rejects them. */
  private settle(nextIsWord: number): void {
    const pending = this.pending;
    if (nextIsWord === 0)
      for (let i = 0; i < this.pendingCount; i += 3)
        this.record(pending[i] as number, pending[i + 1] as number, pending[i + 2] as number);
    this.pendingCount = 0;
  }

  /** Holds a match until the unit after it shows whether a word boundary follows. */
  private wait(p: number, start: number, end: number): void {
    if (this.pendingCount + 3 > this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[this.pendingCount++] = p;
    this.pending[this.pendingCount++] = start;
    this.pending[this.pendingCount++] = end;
  }

  private record(p: number, start: number, end: number): void {
    if (this.count === this.pattern.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.pattern = grow(this.pattern);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    this.pattern[this.count] = p;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}
