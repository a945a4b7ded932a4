/**
 * Chooses which raw matches stand when they overlap, in one pass over matches in the order
 * the scanner found them (by end): a match that strictly contains another wins (北朝鮮人労働者
 * over 朝鮮人労働者); otherwise a veto term (Workers' Party, 조선족, 派遣社員, Chinese workers)
 * beats what it overlaps; otherwise the leftmost wins. The result is sorted by start.
 */
import type { ScanResult } from './scanner';

/** Indexes into the scan result of the matches that stand, in text order. */
export function resolveOverlaps(scan: ScanResult, isVeto: Uint8Array): Int32Array {
  const { pattern, start, end } = scan;
  const stack = new Int32Array(scan.count);
  let top = 0;
  const beats = (m: number, e: number): boolean => {
    const ms = start[m] as number;
    const me = end[m] as number;
    const es = start[e] as number;
    const ee = end[e] as number;
    if (ms <= es && me >= ee && me - ms > ee - es) return true;
    if (es <= ms && ee >= me) return false;
    const mv = isVeto[pattern[m] as number] as number;
    const ev = isVeto[pattern[e] as number] as number;
    if (mv !== ev) return mv === 1;
    return ms < es;
  };
  for (let m = 0; m < scan.count; m++) {
    const ms = start[m] as number;
    let first = top;
    while (first > 0 && (end[stack[first - 1] as number] as number) > ms) first--;
    let wins = true;
    for (let k = first; k < top && wins; k++) wins = beats(m, stack[k] as number);
    if (!wins) continue;
    top = first;
    stack[top++] = m;
  }
  return stack.subarray(0, top);
}
