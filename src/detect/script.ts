/**
 * Language identification by script counts: the scanner tallies each code unit's script
 * (one table lookup), and the tally decides. Hangul → ko, Cyrillic → ru, Han with enough kana
 * → ja, Han alone → zh, Latin → en. Syllabic scripts carry more per unit, so they weigh more.
 */
import type { Lang } from './types';

export const SCRIPT_OTHER = 0;
export const SCRIPT_LATIN = 1;
export const SCRIPT_CYRILLIC = 2;
export const SCRIPT_HANGUL = 3;
export const SCRIPT_HAN = 4;
export const SCRIPT_KANA = 5;
export const SCRIPT_COUNT = 6;

const RANGES: Array<[number, number, number]> = [
  [0x41, 0x5a, SCRIPT_LATIN],
  [0x61, 0x7a, SCRIPT_LATIN],
  [0xc0, 0x24f, SCRIPT_LATIN],
  [0xff21, 0xff3a, SCRIPT_LATIN],
  [0xff41, 0xff5a, SCRIPT_LATIN],
  [0x400, 0x52f, SCRIPT_CYRILLIC],
  [0x1100, 0x11ff, SCRIPT_HANGUL],
  [0x3130, 0x318f, SCRIPT_HANGUL],
  [0xac00, 0xd7a3, SCRIPT_HANGUL],
  [0x3400, 0x4dbf, SCRIPT_HAN],
  [0x4e00, 0x9fff, SCRIPT_HAN],
  [0xf900, 0xfaff, SCRIPT_HAN],
  [0x3041, 0x30ff, SCRIPT_KANA],
  [0x31f0, 0x31ff, SCRIPT_KANA],
  [0xff66, 0xff9d, SCRIPT_KANA],
];

let table: Uint8Array | undefined;

/** Script class of every UTF-16 code unit (built once). */
export function scriptTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  for (const [lo, hi, script] of RANGES) t.fill(script, lo, hi + 1);
  t[0x30fb] = SCRIPT_OTHER; // katakana middle dot is punctuation in Chinese text too
  t[0x30fc] = SCRIPT_OTHER; // prolonged sound mark
  table = t;
  return t;
}

/** Decides the language from script tallies (indexed by the SCRIPT_* constants). */
export function languageFromCounts(counts: ArrayLike<number>): Lang | 'und' {
  const latin = counts[SCRIPT_LATIN] ?? 0;
  const cyrillic = counts[SCRIPT_CYRILLIC] ?? 0;
  const hangul = (counts[SCRIPT_HANGUL] ?? 0) * 3;
  const han = counts[SCRIPT_HAN] ?? 0;
  const kana = counts[SCRIPT_KANA] ?? 0;
  const cjk = (han + kana) * 3;
  const best = Math.max(latin, cyrillic, hangul, cjk);
  if (best < 3) return 'und';
  if (best === hangul) return 'ko';
  if (best === cjk) return kana >= 0.08 * (han + kana) ? 'ja' : 'zh';
  if (best === cyrillic) return 'ru';
  return 'en';
}
