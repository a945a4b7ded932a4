/**
 * The gate every page passes through: does the text name North Korea anywhere? It looks for
 * needles (`gate-needles.json`, derived from the lexicon's North Korea terms by
 * `npm run build:lexicon`) in the lower-cased text with the engine's native regular expressions:
 * one alternation per script, tried only when the text has that script at all, so an English
 * page never pays for the Korean or Chinese needles. It needs no tables and no lexicon, so a
 * page that names North Korea nowhere costs a fraction of a millisecond and loads nothing else.
 * The words of a needle may be separated by any run of spaces, line breaks or punctuation, as
 * folding has it, or by nothing: the page's gate joins text nodes as `textContent` does, so the
 * last word of a heading can meet the first of the next paragraph without a space. The gate may let through a page the detector then finds irrelevant, never the
 * reverse for text the lexicon spells without diacritics: like folding, it reads full-width
 * letters as plain ones and ignores apostrophes.
 */
import needles from './gate-needles.json';

/** The needles the bundled lexicon yields (folded, lower-case, several spellings each). */
export const GATE_NEEDLES: readonly string[] = needles;

/** Letters and digits of the five languages; anything else between two words separates them. */
const WORD_UNITS =
  '0-9a-z\\u00c0-\\u024f\\u0400-\\u052f\\u1100-\\u11ff\\u3040-\\u30ff\\u3130-\\u318f\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const SEPARATOR = `[^${WORD_UNITS}]*`;

/** Scripts whose needles are searched only when the text has one of their characters. */
const SCRIPTS: readonly RegExp[] = [
  /[\u0400-\u052f]/, // Cyrillic
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/, // Hangul
  /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/, // kana and Han
];

/** Any character of those scripts: most pages have none, and one scan then rules all out. */
const ANY_SCRIPT = new RegExp(`[${SCRIPTS.map((script) => script.source.slice(1, -1)).join('')}]`);

/** Full-width ASCII, which NFKC turns into plain letters and digits. */
const FULL_WIDTH = /[\uff01-\uff5e]/;

/** The needles of one script as one alternation, built on first use. */
interface Group {
  script: RegExp | null;
  needles: string[];
  search?: RegExp;
}

const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits needles by the script of their first character (Latin and digits by default). */
function groupByScript(list: readonly string[]): Group[] {
  const groups: Group[] = [
    { script: null, needles: [] },
    ...SCRIPTS.map((script) => ({ script, needles: [] })),
  ];
  for (const needle of list) {
    const group = groups.find((g) => g.script?.test(needle)) ?? (groups[0] as Group);
    group.needles.push(needle);
  }
  return groups.filter((g) => g.needles.length > 0);
}

function searchOf(group: Group): RegExp {
  group.search ??= new RegExp(
    group.needles.map((n) => n.split(' ').map(escapeWord).join(SEPARATOR)).join('|'),
  );
  return group.search;
}

const grouped = new WeakMap<readonly string[], Group[]>();

/** False when no needle occurs in the text, so it cannot be relevant. */
export function quickGate(text: string, list: readonly string[] = GATE_NEEDLES): boolean {
  let groups = grouped.get(list);
  if (!groups) {
    groups = groupByScript(list);
    grouped.set(list, groups);
  }
  let lower = text.toLowerCase().replaceAll("'", '').replaceAll('\u2019', '');
  if (FULL_WIDTH.test(lower)) lower = lower.normalize('NFKC');
  const otherScripts = ANY_SCRIPT.test(lower);
  for (const group of groups) {
    if (group.script && !(otherScripts && group.script.test(lower))) continue;
    if (searchOf(group).test(lower)) return true;
  }
  return false;
}
