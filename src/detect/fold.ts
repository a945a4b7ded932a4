/**
 * Character folding shared by the lexicon compiler and the scanner: one 64K table maps each
 * UTF-16 code unit to its folded unit, so matching needs no per-character allocation.
 * Folding covers NFKC width forms (Ａ→a, ｶ→カ), case, Latin diacritics (ŏ→o), Cyrillic ё→е,
 * traditional→simplified Han for lexicon characters, and turns whitespace and punctuation into
 * one separator; apostrophes, zero-width characters and combining marks are dropped.
 * Units 0 and 1 are never real folded text: 0 is SKIP and 1 is APOS (NUL folds to SEP).
 */
import { hanziPairs } from './hanzi';

/** Folded value meaning "drop this code unit". */
export const SKIP = 0;
/** Folded value of apostrophes: dropped, but a word may end there (Korea's). */
export const APOS = 1;
/** Folded value of every separator (whitespace, punctuation). */
export const SEP = 0x20;

const APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u0060\u00b4";
const DROPPED = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const SEPARATOR_RANGES: Array<[number, number]> = [
  [0x00, 0x1f],
  [0x21, 0x2f],
  [0x3a, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7f],
  [0x80, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x206f],
  [0x2190, 0x21ff],
  [0x2500, 0x25ff],
  [0x3000, 0x3003],
  [0x3008, 0x3020],
  [0x30fb, 0x30fb],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];
/** Ranges whose letters go through NFKC + diacritic stripping + lower-casing. */
const LETTER_RANGES: Array<[number, number]> = [
  [0x41, 0x5a],
  [0xc0, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x1e00, 0x1eff],
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
  [0xff66, 0xff9d],
];

let table: Uint16Array | undefined;

function foldLetter(code: number): number {
  const nfkc = String.fromCharCode(code).normalize('NFKC');
  const base = nfkc
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : code;
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let i = 0; i < 65536; i++) t[i] = i;
  for (const [lo, hi] of LETTER_RANGES) for (let i = lo; i <= hi; i++) t[i] = foldLetter(i);
  t[0x419] = 0x439; // Й stays й (not и); ё→е comes from diacritic stripping
  t[0x439] = 0x439;
  for (const [lo, hi] of SEPARATOR_RANGES) for (let i = lo; i <= hi; i++) t[i] = SEP;
  t[0x20] = SEP;
  for (let i = 0x300; i <= 0x36f; i++) t[i] = SKIP;
  for (const ch of DROPPED) t[ch.charCodeAt(0)] = SKIP;
  for (const ch of APOSTROPHES) t[ch.charCodeAt(0)] = APOS;
  for (const [from, to] of hanziPairs()) t[from] = to;
  return t;
}

/** The folding table (built once, on first use). */
export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

let wordTable: Uint8Array | undefined;

/** 1 for every folded unit that forms words in spaced scripts (a lookup table for hot loops). */
export function wordUnitTable(): Uint8Array {
  if (wordTable) return wordTable;
  const t = new Uint8Array(65536);
  for (let f = 0; f < 65536; f++) t[f] = isWordUnit(f) ? 1 : 0;
  wordTable = t;
  return t;
}

/** True for folded units that form words in spaced scripts (Latin, Greek, Cyrillic, digits). */
export function isWordUnit(f: number): boolean {
  return (
    (f >= 0x61 && f <= 0x7a) ||
    (f >= 0x30 && f <= 0x39) ||
    (f >= 0xc0 && f <= 0x52f) ||
    (f >= 0x1e00 && f <= 0x1eff)
  );
}

/** A normalised text and, per normalised unit, the offset of the original unit it came from. */
export interface Normalized {
  text: string;
  offsets: Int32Array;
}

/**
 * Folds `text` (separators collapsed, leading and trailing ones dropped) and maps every
 * folded unit back to its original offset. Used to compile the lexicon and to check matches.
 */
export function normalize(text: string): Normalized {
  const t = foldTable();
  const out: number[] = [];
  const offsets: number[] = [];
  let lastSep = true;
  for (let i = 0; i < text.length; i++) {
    const f = t[text.charCodeAt(i)] ?? SKIP;
    if (f <= APOS) continue;
    if (f === SEP) {
      if (lastSep) continue;
      lastSep = true;
    } else lastSep = false;
    out.push(f);
    offsets.push(i);
  }
  if (out.length > 0 && out[out.length - 1] === SEP) {
    out.pop();
    offsets.pop();
  }
  let folded = '';
  for (let i = 0; i < out.length; i += 4096)
    folded += String.fromCharCode(...out.slice(i, i + 4096));
  return { text: folded, offsets: Int32Array.from(offsets) };
}

/** Shorthand: the folded form of `text`. */
export function fold(text: string): string {
  return normalize(text).text;
}
