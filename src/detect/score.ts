/**
 * Relevance from evidence, not single words. Every worker term (W) is an anchor; what lies
 * around it decides its value: a North Korea term (D) and an abroad/dispatch/destination/
 * sanctions term (A) nearby make a full cluster (3 when any part is strong, else 2); D alone
 * gives 0.75, or 1.5 when D stands right next to the worker term ("North Korean construction
 * workers", "рабочие из КНДР"). Another nationality right before the worker term (Chinese
 * workers) voids the anchor; work inside North Korea (Kaesong, camps) with no abroad term voids
 * it; anchors in boilerplate zones count 15%. Anchors are grouped in blocks of two windows; the
 * best value per block counts, blocks add up with weights 1, 1/2, 1/3… and a full cluster in the
 * lead (headline, first paragraphs) adds 0.5, because a page about the subject says so early.
 */
import { EV } from './lexicon';
import type { Lang, Zone } from './types';

/** Per-match facts the scorer reads (parallel arrays over the standing matches, in order). */
export interface EvidenceView {
  count: number;
  start: Int32Array;
  end: Int32Array;
  evidence: Uint8Array;
  strong: Uint8Array;
}

export interface ScoreResult {
  raw: number;
  /** 1 for matches that took part in a counted cluster. */
  supporting: Uint8Array;
}

const WINDOW: Record<Lang | 'und', number> = {
  en: 250,
  ru: 250,
  ko: 120,
  zh: 90,
  ja: 90,
  und: 200,
};
const ADJACENT: Record<Lang | 'und', number> = { en: 8, ru: 8, ko: 4, zh: 4, ja: 4, und: 6 };

/** Marks matches lying inside boilerplate zones. */
export function zoneFlags(view: EvidenceView, zones: readonly Zone[]): Uint8Array {
  const flags = new Uint8Array(view.count);
  if (zones.length === 0) return flags;
  const sorted = [...zones].sort((a, b) => a.start - b.start);
  let z = 0;
  for (let i = 0; i < view.count; i++) {
    const s = view.start[i] as number;
    while (z < sorted.length && (sorted[z] as Zone).end <= s) z++;
    for (let k = z; k < sorted.length && (sorted[k] as Zone).start <= s; k++) {
      if ((sorted[k] as Zone).end > s) {
        flags[i] = 1;
        break;
      }
    }
  }
  return flags;
}

function prefix(view: EvidenceView, test: (i: number) => boolean): Int32Array {
  const p = new Int32Array(view.count + 1);
  for (let i = 0; i < view.count; i++) p[i + 1] = (p[i] as number) + (test(i) ? 1 : 0);
  return p;
}

/** Scores the standing matches of one text of `length` units in language `lang`. */
export function scoreEvidence(
  view: EvidenceView,
  inZone: Uint8Array,
  lang: Lang | 'und',
  length: number,
): ScoreResult {
  const { count, start, end, evidence, strong } = view;
  const supporting = new Uint8Array(count);
  const has = (i: number, bit: number): boolean => ((evidence[i] as number) & bit) !== 0;
  const pD = prefix(view, (i) => has(i, EV.D));
  const pA = prefix(view, (i) => has(i, EV.A));
  const pStrong = prefix(view, (i) => strong[i] === 1 && (has(i, EV.D) || has(i, EV.A)));
  const pI = prefix(view, (i) => has(i, EV.I));
  const win = WINDOW[lang];
  const gap = ADJACENT[lang];
  const lead = Math.max(600, length * 0.25);
  const blockValues: number[] = [];
  let blockStart = -1;
  let blockBest = 0;
  let leadFull = false;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < count; i++) {
    if (!has(i, EV.W)) continue;
    const s = start[i] as number;
    const e = end[i] as number;
    const prev = i - 1;
    const next = i + 1;
    const prevNear = prev >= 0 && (end[prev] as number) >= s - gap;
    if (prevNear && has(prev, EV.F)) continue;
    const dAdjacent =
      has(i, EV.D) ||
      (prevNear && has(prev, EV.D)) ||
      (next < count && (start[next] as number) <= e + gap && has(next, EV.D));
    while (lo < count && (end[lo] as number) < s - win) lo++;
    if (hi < lo) hi = lo;
    while (hi < count && (start[hi] as number) <= e + win) hi++;
    const dNear = dAdjacent || (pD[hi] as number) - (pD[lo] as number) > 0;
    const aNear = (pA[hi] as number) - (pA[lo] as number) > 0;
    const strongNear =
      strong[i] === 1 ||
      (dAdjacent && !has(i, EV.D)) ||
      (pStrong[hi] as number) - (pStrong[lo] as number) > 0;
    const domestic = (pI[hi] as number) - (pI[lo] as number) > 0;
    let value: number;
    if (dNear) value = aNear ? (strongNear ? 3 : 2) : dAdjacent ? 1.5 : 0.75;
    else value = aNear ? 0.4 : 0.1;
    if (domestic && !aNear) value = 0;
    if (inZone[i] === 1) value *= 0.15;
    if (value >= 2) {
      for (let k = lo; k < hi; k++)
        if ((evidence[k] as number) & (EV.D | EV.W | EV.A)) supporting[k] = 1;
      if (s < lead && inZone[i] === 0) leadFull = true;
    }
    if (blockStart < 0 || s >= blockStart + 2 * win) {
      if (blockStart >= 0) blockValues.push(blockBest);
      blockStart = s;
      blockBest = 0;
    }
    if (value > blockBest) blockBest = value;
  }
  if (blockStart >= 0) blockValues.push(blockBest);
  blockValues.sort((a, b) => b - a);
  let raw = 0;
  for (let k = 0; k < blockValues.length; k++) raw += (blockValues[k] as number) / (k + 1);
  if (leadFull) raw += 0.5;
  return { raw, supporting };
}
