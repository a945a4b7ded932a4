/**
 * Derives the gate's needles from the lexicon: the North Korea (D) patterns that contain no
 * other D pattern, so every D match contains a needle and the gate never turns away a text the
 * detector could count as naming North Korea. Each needle is spelled with traditional as well
 * as simplified Han characters, since folding maps one to the other (北韓 and 北韩). Then the
 * patterns the page gate runs (`gatePatterns`): the needles grouped by script, as regular
 * expression sources, with an anchor word for each. Used by `npm run build:lexicon` and by the
 * tests that keep the shipped files in step with the lexicon.
 */
import { type GatePattern, type GateScript, SCRIPT_TESTS } from './gate';
import { hanziPairs } from './hanzi';
import { EV, type LexEntry } from './lexicon';

/** Most spellings one needle may expand to (Han variants multiply). */
const MAX_VARIANTS = 16;

/** The D patterns that contain no other D pattern, shortest first, then alphabetically. */
export function minimalNorthKoreaPatterns(entries: readonly LexEntry[]): string[] {
  const patterns = [
    ...new Set(entries.filter((e) => (e.evidence & EV.D) !== 0).map((e) => e.pattern)),
  ].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const p of patterns) if (!kept.some((k) => p.includes(k))) kept.push(p);
  return kept;
}

/** Every spelling of a folded needle with traditional forms of its simplified characters. */
export function spellings(needle: string): string[] {
  const traditional = new Map<string, string[]>();
  for (const [from, to] of hanziPairs()) {
    const simplified = String.fromCharCode(to);
    traditional.set(simplified, [
      ...(traditional.get(simplified) ?? []),
      String.fromCharCode(from),
    ]);
  }
  let out = [''];
  for (const ch of needle) {
    const options = [ch, ...(traditional.get(ch) ?? [])];
    out = out.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_VARIANTS);
  }
  return out;
}

/** The gate's needles for a lexicon: every spelling of every minimal North Korea pattern. */
export function gateNeedles(entries: readonly LexEntry[]): string[] {
  return [...new Set(minimalNorthKoreaPatterns(entries).flatMap(spellings))];
}

const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression class of `chars`, with the characters a class gives meaning escaped. */
const characterClass = (chars: readonly string[]): string =>
  `[${chars.map((ch) => ch.replace(/[\]\\^-]/, '\\$&')).join('')}]`;

/** The order of the scripts in the shipped pattern lists. */
const SCRIPT_ORDER: readonly GateScript[] = ['latin', 'cyrillic', 'hangul', 'cjk'];

/** Letters of English and Russian text, and how often each occurs per 10,000 letters. */
const LETTERS = 'etaoinshrdlcumwfgypbvkjxqzоеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё';
const PER_10000 = [
  1270, 906, 817, 751, 697, 675, 633, 609, 599, 425, 403, 278, 276, 241, 236, 223, 202, 197, 193,
  149, 98, 77, 15, 15, 10, 7, 1097, 845, 801, 735, 670, 626, 547, 473, 454, 440, 349, 321, 298, 281,
  262, 201, 190, 174, 170, 165, 159, 144, 121, 97, 94, 73, 64, 48, 36, 32, 26, 4, 4,
];

/**
 * How unlikely a word is in ordinary text by its letters (minus the log of each letter's
 * frequency): rare letters and long words both raise it. Digits and Han, kana and Hangul
 * count as rare.
 */
function surprise(word: string): number {
  let sum = 0;
  for (const ch of word) sum -= Math.log((PER_10000[LETTERS.indexOf(ch)] ?? 10) / 10_000);
  return sum;
}

/** Weight of each further needle that shares a word: the subject's own words recur. */
const SHARED_WEIGHT = 8;

/**
 * The anchor of each needle: a word every text matching the
 * needle contains as it is, chosen so that ordinary pages rarely contain it: of a needle's
 * words of four letters or more (all of them when it has none), the least likely by its
 * letters, counting in favour of a word other needles share, as the subject's own words do
 * (korea, loyalty, regime). A needle of single letters (`d p r k`) anchors on itself.
 */
export function anchorsFor(needles: readonly string[]): string[] {
  const shared = new Map<string, number>();
  for (const needle of needles) {
    for (const word of new Set(needle.split(' '))) shared.set(word, (shared.get(word) ?? 0) + 1);
  }
  const score = (word: string) => surprise(word) + SHARED_WEIGHT * ((shared.get(word) ?? 1) - 1);
  return needles.map((needle) => {
    const words = needle.split(' ');
    if (words.every((w) => w.length < 2 && /[0-9a-zа-яё]/.test(w))) return needle;
    const long = words.filter((w) => w.length >= 4);
    const candidates = long.length > 0 ? long : words;
    return candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  });
}

/** The script a needle is grouped by: the first of Cyrillic, Hangul, Han and kana it has. */
function scriptOf(needle: string): GateScript {
  const found = (Object.keys(SCRIPT_TESTS) as (keyof typeof SCRIPT_TESTS)[]).find((script) =>
    SCRIPT_TESTS[script].test(needle),
  );
  return found ?? 'latin';
}

/**
 * The gate's patterns for `needles`: per script, the anchors and the needles, each as one
 * trie-factored regular expression source with a space wherever words may be separated.
 */
export function gatePatterns(needles: readonly string[]): GatePattern[] {
  return SCRIPT_ORDER.flatMap((script) => {
    const own = needles.filter((n) => scriptOf(n) === script);
    if (own.length === 0) return [];
    return [
      {
        script,
        anchors: trieSource([...new Set(anchorsFor(own))]),
        search: trieSource(own),
      },
    ];
  });
}

/**
 * The work needles: every spelling of the worker, dispatch and restaurant (W, X, R) patterns
 * that contain no other such pattern. The detector scores a page only around a match of one of
 * them, so a page naming North Korea but none of these (a missile launch, a summit) can never
 * be relevant, and the page gate need not load the lens for it.
 */
export function workNeedles(entries: readonly LexEntry[]): string[] {
  const patterns = [
    ...new Set(
      entries.filter((e) => (e.evidence & (EV.W | EV.X | EV.R)) !== 0).map((e) => e.pattern),
    ),
  ].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const p of patterns) if (!kept.some((k) => p.includes(k))) kept.push(p);
  return [...new Set(kept.flatMap(spellings))];
}

/** Letters and digits of alphabetic scripts, for the work pattern's word edges. */
const ALPHABETIC = 'a-z0-9\\u00c0-\\u024f\\u0400-\\u052f';

/** Longest work needle (in letters) that must also end at a word edge: men, wage, jobs. */
const SHORT_WORD = 4;

/**
 * A regular expression source that matches wherever one of `needles` occurs (a space wherever
 * words may be separated), factored as a trie: needles that share a start share its branch,
 * and leaves that differ in one last character become a class, so the engine tries one
 * character at a time instead of each needle in turn. On 100 KB of North Korea news this is the
 * difference between hundreds of milliseconds and one. `endOf(needle)` is appended where a
 * needle ends (a lookahead for a word edge, or nothing). Meant for `test`: where one needle
 * ends with nothing appended, longer ones through it are dropped, since the shorter has
 * matched already.
 */
export function trieSource(
  needles: readonly string[],
  endOf: (needle: string) => string = () => '',
): string {
  interface TrieNode {
    next: Map<string, TrieNode>;
    ends: Set<string>;
  }
  const node = (): TrieNode => ({ next: new Map(), ends: new Set() });
  const root = node();
  for (const needle of needles) {
    let at = root;
    for (const ch of needle) {
      let child = at.next.get(ch);
      if (!child) {
        child = node();
        at.next.set(ch, child);
      }
      at = child;
    }
    at.ends.add(endOf(needle));
  }
  const emit = (at: TrieNode): string => {
    if (at.ends.has('')) return '';
    const alternatives: string[] = [];
    const leaves = new Map<string, string[]>();
    for (const ch of [...at.next.keys()].sort()) {
      const child = at.next.get(ch) as TrieNode;
      if (child.next.size === 0 && child.ends.size === 1 && ch !== ' ') {
        const end = [...child.ends][0] as string;
        leaves.set(end, [...(leaves.get(end) ?? []), ch]);
      } else {
        alternatives.push(escapeWord(ch) + emit(child));
      }
    }
    for (const [end, chars] of leaves) {
      const head = chars.length === 1 ? escapeWord(chars[0] as string) : characterClass(chars);
      alternatives.push(head + end);
    }
    alternatives.push(...at.ends);
    return alternatives.length === 1
      ? (alternatives[0] as string)
      : `(?:${alternatives.join('|')})`;
  };
  return emit(root);
}

/**
 * A lookahead for the first characters of `needles`: in front of a trie of many Han or Hangul
 * needles it turns away most positions with one class test instead of a try per branch.
 */
function firstCharacters(needles: readonly string[]): string {
  const chars = [...new Set(needles.map((n) => [...n][0] ?? ''))].sort();
  return `(?=${characterClass(chars)})`;
}

/** One script's work needles as a regular expression source (see `workPatterns`). */
export interface WorkPattern {
  script: GateScript;
  search: string;
}

/**
 * The work needles as regular expression sources per script, a space wherever words may be
 * separated, each factored as a trie (`trieSource`) behind a lookahead for its first
 * characters, and tried only on text with that script, so an English page never pays for the
 * Han needles. A Latin or Cyrillic needle must start a word (the lexicon matches whole words or
 * word starts: `рабоч` stems), and a short one must end one too, else `men` would pass every
 * English page through `government`. Han, kana and Hangul needles match anywhere, as the
 * lexicon matches them.
 */
export function workPatterns(needles: readonly string[]): WorkPattern[] {
  const wordEnd = (needle: string) =>
    needle.replaceAll(' ', '').length <= SHORT_WORD ? `(?![${ALPHABETIC}])` : '';
  return SCRIPT_ORDER.flatMap((script) => {
    const own = needles.filter((n) => scriptOf(n) === script);
    if (own.length === 0) return [];
    const alphabetic = script === 'latin' || script === 'cyrillic';
    const search = alphabetic
      ? `(?<![${ALPHABETIC}])${firstCharacters(own)}${trieSource(own, wordEnd)}`
      : `${firstCharacters(own)}${trieSource(own)}`;
    return [{ script, search }];
  });
}
