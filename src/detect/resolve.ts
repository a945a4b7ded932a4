/**
 * Chooses which raw matches stand when they overlap, in one pass over matches in the order
 * the scanner found them (by end): a match that strictly contains another wins (北朝鮮人労働者
 * over 朝鮮人労働者); otherwise a veto term (Workers' Party, 조선족, 派遣社員, Chinese workers)
 * beats what it overlaps; otherwise the leftmost wins. Fact triggers (phrases that only anchor
 * cards) stand apart: they never compete with evidence terms, so a long trigger such as
 * "300 North Korean workers" cannot hide the evidence inside it.
 */
import type { ScanResult } from './scanner';

/** Indexes into the scan result: standing evidence matches (text order) and fact triggers. */
export interface Resolved {
  kept: Int32Array;
  triggers: number[];
}

/** Resolves overlaps among evidence matches and sets fact-trigger matches aside. */
export function resolveOverlaps(
  scan: ScanResult,
  isVeto: Uint8Array,
  isTrigger: Uint8Array,
): Resolved {
  const { pattern, start, end } = scan;
  const stack = new Int32Array(scan.count);
  const triggers: number[] = [];
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
    if (isTrigger[pattern[m] as number] === 1) {
      triggers.push(m);
      continue;
    }
    const ms = start[m] as number;
    let first = top;
    while (first > 0 && (end[stack[first - 1] as number] as number) > ms) first--;
    let wins = true;
    for (let k = first; k < top && wins; k++) wins = beats(m, stack[k] as number);
    if (!wins) continue;
    top = first;
    stack[top++] = m;
  }
  return { kept: stack.subarray(0, top), triggers };
}
