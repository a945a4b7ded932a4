/**
 * The streaming scan: feeds text (whole, or chunk by chunk such as DOM text nodes) through
 * the fold table and the automaton, and records raw matches with offsets in the original
 * text. State carries across chunks (automaton state, collapsed separators, the offset ring,
 * matches waiting for their right word boundary), so chunking never changes the result.
 */
import type { Automaton } from './automaton';
import { APOS, foldTable, SEP, wordUnitTable } from './fold';
import { SCRIPT_COUNT, scriptTable } from './script';

/** Per-pattern boundary flags the scanner checks. */
export interface ScanPatterns {
  automaton: Automaton;
  leftBoundary: Uint8Array;
  rightBoundary: Uint8Array;
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

const RING = 256;
/** Language is decided on the first this-many code units (enough for any page's language). */
const SCRIPT_SAMPLE = 1 << 17;
const RING_MASK = RING - 1;

/** Incremental scanner; create one per text, `feed` its pieces in order, then `finish`. */
export class Scanner {
  private state = 0;
  private offset = 0;
  private folded = 0;
  private lastSep = true;
  private readonly ringOffset = new Int32Array(RING);
  private readonly ringUnit = new Uint16Array(RING);
  private pending: number[] = [];
  private count = 0;
  private pattern: Int32Array<ArrayBuffer> = new Int32Array(64);
  private start: Int32Array<ArrayBuffer> = new Int32Array(64);
  private end: Int32Array<ArrayBuffer> = new Int32Array(64);
  private readonly scripts = new Int32Array(SCRIPT_COUNT);

  constructor(private readonly lex: ScanPatterns) {}

  /** Scans the next piece of text; offsets continue from the previous pieces. */
  feed(chunk: string): void {
    const fold = foldTable();
    const script = scriptTable();
    const word = wordUnitTable();
    const apos = APOS;
    const sep = SEP;
    const pending = this.pending;
    const a = this.lex.automaton;
    const {
      classOf,
      smallCount,
      small,
      rootNext,
      denseRow,
      dense,
      hashTable,
      hashShift,
      hashMask,
      hasOutput,
      classCount,
    } = a;
    const scripts = this.scripts;
    const ringOffset = this.ringOffset;
    const ringUnit = this.ringUnit;
    let s = this.state;
    let folded = this.folded;
    let lastSep = this.lastSep;
    const base = this.offset;
    const n = chunk.length;
    const tallied = Math.min(n, SCRIPT_SAMPLE - base);
    for (let i = 0; i < tallied; i++) (scripts[script[chunk.charCodeAt(i)] as number] as number)++;
    for (let i = 0; i < n; i++) {
      const u = chunk.charCodeAt(i);
      const f = fold[u] as number;
      if (f <= apos) {
        if (f === apos && pending.length > 0) this.settle(0);
        continue;
      }
      if (f === sep) {
        if (lastSep) continue;
        lastSep = true;
      } else lastSep = false;
      if (pending.length > 0) this.settle(word[f] as number);
      const slot = folded & RING_MASK;
      ringOffset[slot] = base + i;
      ringUnit[slot] = f;
      folded++;
      const c = classOf[f] as number;
      if (c === 0) {
        s = 0;
        continue;
      }
      if (c < smallCount) s = small[s * smallCount + c] as number;
      else if (s === 0) s = rootNext[c] as number;
      else if ((denseRow[s] as number) >= 0) s = dense[(denseRow[s] as number) + c] as number;
      else {
        const key = s * classCount + c;
        let h = Math.imul(key, 0x9e3779b1 | 0) >>> hashShift;
        for (;;) {
          const k = hashTable[2 * h] as number;
          if (k === key) {
            s = hashTable[2 * h + 1] as number;
            break;
          }
          if (k === -1) {
            s = rootNext[c] as number;
            break;
          }
          h = (h + 1) & hashMask;
        }
      }
      if (hasOutput[s] === 1) this.emit(s, folded);
    }
    this.state = s;
    this.folded = folded;
    this.lastSep = lastSep;
    this.offset = base + n;
  }

  /** Matches recorded so far (pending ones excluded). */
  found(): number {
    return this.count;
  }

  /** Ends the text: pending matches meet the end (a boundary). */
  finish(): ScanResult {
    if (this.pending.length > 0) this.settle(0);
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
          wordUnitTable()[this.ringUnit[(from - 1) & RING_MASK] as number] === 0;
        if (leftOk) {
          const start = this.ringOffset[from & RING_MASK] as number;
          const end = (this.ringOffset[(folded - 1) & RING_MASK] as number) + 1;
          if (this.lex.rightBoundary[p] === 1) this.pending.push(p, start, end);
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
      for (let i = 0; i < pending.length; i += 3)
        this.record(pending[i] as number, pending[i + 1] as number, pending[i + 2] as number);
    pending.length = 0;
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
