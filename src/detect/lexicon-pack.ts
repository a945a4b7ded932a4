/**
 * The compiled lexicon as compact data: one short array per entry, defaults left out. The
 * bundled lexicon ships packed (`lexicon-pack.json`, written by `npm run build:lexicon`), so a
 * background that just woke reads it with the engine's native JSON parser instead of folding
 * and merging thousands of forms in code that has not been optimised yet. `unpackLexicon`
 * returns exactly the entries `compileLexicon` would build; a test keeps the two in step.
 */
import type { LexEntry } from './lexicon';
import type { Lang, TermRole, Topic } from './types';

/** Format version of the pack; readers refuse any other. */
export const PACK_VERSION = 2;

/**
 * One entry: pattern, term (0 when equal to the pattern), forms (0 when only `{[lang]: term}`),
 * lang, role, flags (bit 0 strong, bit 1 left boundary, bit 2 right boundary), evidence, then
 * optionally topics, fact ids, place id (0 for none) and concepts (trailing empties left out).
 */
export type PackedEntry = [
  string,
  string | 0,
  Partial<Record<Lang, string>> | 0,
  Lang,
  TermRole,
  number,
  number,
  Topic[]?,
  string[]?,
  (string | 0)?,
  string[]?,
];

/** A packed lexicon. */
export interface LexiconPack {
  version: number;
  entries: PackedEntry[];
}

const STRONG = 1;
const LEFT = 2;
const RIGHT = 4;

/** Packs compiled entries (order kept: pattern ids are indexes). */
export function packLexicon(entries: readonly LexEntry[]): LexiconPack {
  return {
    version: PACK_VERSION,
    entries: entries.map((e) => {
      const single = e.langs.length === 1 && e.forms[e.lang] === e.term;
      const flags =
        (e.strength === 'strong' ? STRONG : 0) |
        (e.leftBoundary ? LEFT : 0) |
        (e.rightBoundary ? RIGHT : 0);
      const packed: PackedEntry = [
        e.pattern,
        e.term === e.pattern ? 0 : e.term,
        single ? 0 : e.forms,
        e.lang,
        e.role,
        flags,
        e.evidence,
        e.topics,
        e.factIds,
        e.placeId ?? 0,
        e.concepts,
      ];
      // Trailing empties are left out: most entries end at their evidence.
      const empty = (x: unknown) => x === 0 || (Array.isArray(x) && x.length === 0);
      while (packed.length > 7 && empty(packed[packed.length - 1])) packed.pop();
      return packed;
    }),
  };
}

/** Unpacks a lexicon; throws on a pack of another version. */
export function unpackLexicon(pack: LexiconPack): LexEntry[] {
  if (pack.version !== PACK_VERSION)
    throw new Error(`Lexicon pack version ${pack.version} is not ${PACK_VERSION}`);
  return pack.entries.map(
    ([pattern, term, forms, lang, role, flags, evidence, t, f, placeId, c]) => {
      const surface = term === 0 ? pattern : term;
      const allForms = forms === 0 ? { [lang]: surface } : forms;
      const entry: LexEntry = {
        role,
        strength: (flags & STRONG) !== 0 ? 'strong' : 'weak',
        lang,
        evidence,
        topics: t ?? [],
        concepts: c ?? [],
        factIds: Object.freeze(f ?? []) as string[],
        pattern,
        term: surface,
        langs: Object.keys(allForms) as Lang[],
        forms: allForms,
        leftBoundary: (flags & LEFT) !== 0,
        rightBoundary: (flags & RIGHT) !== 0,
      };
      if (placeId !== undefined && placeId !== 0) entry.placeId = placeId;
      return entry;
    },
  );
}
