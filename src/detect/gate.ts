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
import work from './gate-work-patterns.json';

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
interface GateForm {
  lower: string;
  /** Whether the text has any character of another script than Latin. */
  otherScripts: boolean;
}

function gateForm(text: string): GateForm {
  let lower = text.toLowerCase().replace(APOSTROPHES, '');
  const otherScripts = ANY_SCRIPT.test(lower);
  if (otherScripts && FULL_WIDTH.test(lower)) lower = lower.normalize('NFKC');
  return { lower, otherScripts };
}

/** Whether a script's needles are worth trying on the text: Latin always, others when present. */
function hasScript(form: GateForm, script: GateScript): boolean {
  return script === 'latin' || (form.otherScripts && SCRIPT_TESTS[script].test(form.lower));
}

function namesNorthKorea(form: GateForm, list: readonly GatePattern[]): boolean {
  return list.some(
    (p) =>
      hasScript(form, p.script) &&
      regexOf(p.anchors).test(form.lower) &&
      regexOf(p.search).test(form.lower),
  );
}

/** False when no needle occurs in the text, so it cannot be relevant. */
export function quickGate(text: string, list: readonly GatePattern[] = GATE_PATTERNS): boolean {
  return namesNorthKorea(gateForm(text), list);
}

/** One script's work needles as a regular expression source (see `workPatterns`). */
export interface GateWorkPattern {
  script: GateScript;
  search: string;
}

/** The work needles' patterns (`gate-work-patterns.json`, see `workPatterns` in `gate-needles.ts`). */
export const GATE_WORK_PATTERNS: readonly GateWorkPattern[] = work as GateWorkPattern[];

function namesWorkIn(form: GateForm, list: readonly GateWorkPattern[]): boolean {
  return list.some((p) => hasScript(form, p.script) && regexOf(p.search).test(form.lower));
}

/**
 * False when the text names no work (no worker, dispatch or restaurant needle): the detector
 * anchors every cluster on one, so such a text cannot be relevant however often it names
 * North Korea.
 */
export function namesWork(
  text: string,
  list: readonly GateWorkPattern[] = GATE_WORK_PATTERNS,
): boolean {
  return namesWorkIn(gateForm(text), list);
}

/**
 * The page gate's test over a page read in parts: true once the parts seen so far name North
 * Korea and name work, in the same part or in different ones (a headline naming the country,
 * a paragraph further down naming the workers). Each test is skipped once it has passed, and
 * a part is lower-cased once for both.
 */
export function subjectGate(): (text: string) => boolean {
  let country = false;
  let labour = false;
  return (text) => {
    const form = gateForm(text);
    if (!country) country = namesNorthKorea(form, GATE_PATTERNS);
    if (country && !labour) labour = namesWorkIn(form, GATE_WORK_PATTERNS);
    return country && labour;
  };
}
