/**
 * The gate every page passes through: does the text name North Korea anywhere? It looks for
 * needles (`gate-needles.json`, derived from the lexicon's North Korea terms by
 * `npm run build:lexicon`) in the lower-cased text with the engine's native regular expressions,
 * per script, tried only when the text has that script at all, so an English page never pays
 * for the Korean or Chinese needles. For each script it first tries the anchors, one literal
 * word of every needle, and only when one occurs the needles themselves: compiling the needles'
 * alternation costs a page about a millisecond, the anchors a fraction of that, and on a page
 * that names North Korea nowhere they are all the gate runs. Both come precomputed
 * (`gate-patterns.json`, see `gate-needles.ts`), so the gate sets nothing up but two regular
 * expressions, and needs no tables and no lexicon.
 *
 * The words of a needle may be separated by any run of spaces, line breaks or punctuation, as
 * folding has it, or by nothing: the page's gate joins text nodes as `textContent` does, so the
 * last word of a heading can meet the first of the next paragraph without a space. The gate
 * may let through a page the detector then finds irrelevant, never the reverse for text the
 * lexicon spells without diacritics: like folding, it reads full-width letters as plain ones
 * and ignores apostrophes.
 */
import needles from './gate-needles.json';
import patterns from './gate-patterns.json';
import work from './gate-work-pattern.json';

/** The needles the bundled lexicon yields (folded, lower-case, several spellings each). */
export const GATE_NEEDLES: readonly string[] = needles;

/** The scripts needles are grouped by; `latin` also holds digits. */
export type GateScript = 'latin' | 'cyrillic' | 'hangul' | 'cjk';

/**
 * One script's needles as regular expression sources, with a space where words may be
 * separated: `anchors` (one word of each needle) and `search` (the needles).
 */
export interface GatePattern {
  script: GateScript;
  anchors: string;
  search: string;
}

/** The bundled needles' patterns (`npm run build:lexicon` writes them). */
export const GATE_PATTERNS: readonly GatePattern[] = patterns as GatePattern[];

/** Letters and digits of the five languages; anything else between two words separates them. */
const WORD_UNITS =
  '0-9a-z\\u00c0-\\u024f\\u0400-\\u052f\\u1100-\\u11ff\\u3040-\\u30ff\\u3130-\\u318f\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const SEPARATOR = `[^${WORD_UNITS}]*`;

/** Which texts a script's needles are tried on: only those with one of its characters. */
export const SCRIPT_TESTS: Readonly<Record<Exclude<GateScript, 'latin'>, RegExp>> = {
  cyrillic: /[\u0400-\u052f]/,
  hangul: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/,
  cjk: /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/,
};

/** Full-width ASCII, which NFKC turns into plain letters and digits. */
const FULL_WIDTH = /[\uff01-\uff5e]/;

/**
 * Any character of those scripts, or full-width ASCII: most pages have none, and one scan then
 * rules all of it out.
 */
const ANY_SCRIPT = new RegExp(
  `[${[...Object.values(SCRIPT_TESTS), FULL_WIDTH].map((re) => re.source.slice(1, -1)).join('')}]`,
);

/** Apostrophes, which folding drops (North's, Pyong'yang). */
const APOSTROPHES = /['\u2019]/g;

/** A pattern source as a regular expression: each space allows any separator, or none. */
const compiled = new Map<string, RegExp>();
function regexOf(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source.replaceAll(' ', SEPARATOR));
    compiled.set(source, re);
  }
  return re;
}

/** The text as the needles are spelled: lower case, no apostrophes, full-width folded. */
function gateForm(text: string): { lower: string; otherScripts: boolean } {
  let lower = text.toLowerCase().replace(APOSTROPHES, '');
  const otherScripts = ANY_SCRIPT.test(lower);
  if (otherScripts && FULL_WIDTH.test(lower)) lower = lower.normalize('NFKC');
  return { lower, otherScripts };
}

/** False when no needle occurs in the text, so it cannot be relevant. */
export function quickGate(text: string, list: readonly GatePattern[] = GATE_PATTERNS): boolean {
  const { lower, otherScripts } = gateForm(text);
  for (const pattern of list) {
    if (pattern.script !== 'latin' && !(otherScripts && SCRIPT_TESTS[pattern.script].test(lower)))
      continue;
    if (regexOf(pattern.anchors).test(lower) && regexOf(pattern.search).test(lower)) return true;
  }
  return false;
}

/** The work needles' pattern (`gate-work-pattern.json`, see `workPattern` in `gate-needles.ts`). */
export const GATE_WORK_PATTERN: string = work.source;

/**
 * False when the text names no work (no worker, dispatch or restaurant needle): the detector
 * anchors every cluster on one, so such a text cannot be relevant however often it names
 * North Korea.
 */
export function namesWork(text: string, source: string = GATE_WORK_PATTERN): boolean {
  return regexOf(source).test(gateForm(text).lower);
}

/**
 * The page gate's test over a page read in parts: true once the parts seen so far name North
 * Korea and name work, in the same part or in different ones (a headline naming the country,
 * a paragraph further down naming the workers). Each test is skipped once it has passed.
 */
export function subjectGate(): (text: string) => boolean {
  let country = false;
  let labour = false;
  return (text) => {
    if (!country) country = quickGate(text);
    if (country && !labour) labour = namesWork(text);
    return country && labour;
  };
}
