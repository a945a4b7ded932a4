/**
 * Builds the caller-facing parts of a verdict from the standing matches: the matches worth
 * highlighting (evidence that took part in a counted cluster, strong terms, places, actors,
 * events, fact triggers) and the ranked topics and facts. Fact triggers lend their fact ids to
 * the evidence matches they overlap and are shown on their own where they overlap nothing.
 */
import type { CompiledLexicon } from './compiled';
import { EV, type LexEntry } from './lexicon';

/** Local copy: hot loops read plain properties, not module bindings. */
const E = { ...EV };

import type { ScanResult } from './scanner';
import { selectCards } from './select';
import type { ConceptWeight, Lang, Match, SubjectWeight, Topic, Zone } from './types';

/** Highlights beyond this many add nothing for a reader and cost memory on huge pages. */
export const MAX_MATCHES = 5000;

const ALWAYS_SHOWN = new Set(['place', 'org', 'meeting', 'dprk-worker', 'labor-export']);

/** Per-pattern highlight flags, read by the report's loop over every standing match. */
export const SHOWN = 1;
export const NEVER_SHOWN = 2;

/**
 * Highlight flags of each lexicon entry: never shown (vetoes; purpose, sanctions-only, inside-
 * the-country and nationality terms), or always shown (strong terms, places, actors, events,
 * fact anchors); other evidence is shown only where it took part in a counted cluster.
 */
export function highlightFlags(entries: readonly LexEntry[], isVeto: Uint8Array): Uint8Array {
  return Uint8Array.from(entries, (entry, p) => {
    if (isVeto[p] === 1 || (entry.evidence & (E.M | E.S | E.I | E.N | E.T)) !== 0)
      return NEVER_SHOWN;
    const always =
      entry.strength === 'strong' || ALWAYS_SHOWN.has(entry.role) || entry.factIds.length > 0;
    return always ? SHOWN : 0;
  });
}

/**
 * The matches `order` lists, by start (stable). They come by end, so each is only a few places
 * from where it belongs (none, mostly): an insertion sort moves each that far and no further.
 */
function byStart(order: readonly number[], start: Int32Array): number[] {
  const out = order.slice();
  for (let k = 1; k < out.length; k++) {
    const m = out[k] as number;
    const s = start[m] as number;
    let j = k - 1;
    while (j >= 0 && (start[out[j] as number] as number) > s) {
      out[j + 1] = out[j] as number;
      j--;
    }
    out[j + 1] = m;
  }
  return out;
}

/** True when `pos` lies in one of the zones. */
function inZones(pos: number, zones: readonly Zone[]): boolean {
  for (const z of zones) if (pos >= z.start && pos < z.end) return true;
  return false;
}

/** How a pattern's matches read on a page in one language: the form shown and its language. */
interface ShownForm {
  term: string;
  lang: Lang;
}

/**
 * Shown forms per lexicon and page language, filled as patterns first match: a page meets the
 * same few hundred patterns again and again, and the popup and the content script call the
 * detector many times over one lexicon.
 */
const shownForms = new WeakMap<
  readonly LexEntry[],
  Map<Lang | 'und', Array<ShownForm | undefined>>
>();

/** Builds the matches of reports in `lang` over one lexicon's entries. */
function matchMaker(
  entries: readonly LexEntry[],
  lang: Lang | 'und',
): (entry: LexEntry, p: number, start: number, end: number) => Match {
  const byLang = shownForms.get(entries) ?? new Map<Lang | 'und', Array<ShownForm | undefined>>();
  shownForms.set(entries, byLang);
  const forms = byLang.get(lang) ?? new Array<ShownForm | undefined>(entries.length);
  byLang.set(lang, forms);
  return (entry, p, start, end) => {
    let form = forms[p];
    if (form === undefined) {
      const matchLang = lang !== 'und' && entry.langs.includes(lang) ? lang : entry.lang;
      form = { term: entry.forms[matchLang] ?? entry.term, lang: matchLang };
      forms[p] = form;
    }
    // One shape for every match: placeId is present, undefined where the term names no place.
    return {
      term: form.term,
      start,
      end,
      role: entry.role,
      strength: entry.strength,
      lang: form.lang,
      factIds: entry.factIds,
      placeId: entry.placeId,
    };
  };
}

export interface ReportInput {
  scan: ScanResult;
  lex: CompiledLexicon;
  kept: Int32Array;
  triggers: number[];
  inZone: Uint8Array;
  supporting: Uint8Array;
  zones: readonly Zone[];
  lang: Lang | 'und';
  relevant: boolean;
  /** Reads the original text (a merged mark that no one term spans is named by its own words). */
  slice: (start: number, end: number) => string;
}

/** For a relevant page: highlightable matches (sorted, non-overlapping), topics, facts; else nothing. */
export function buildReport(input: ReportInput): {
  matches: Match[];
  topics: Topic[];
  subjects: SubjectWeight[];
  concepts: ConceptWeight[];
  facts: string[];
} {
  if (!input.relevant) return { matches: [], topics: [], subjects: [], concepts: [], facts: [] };
  const { scan, lex, kept, inZone, supporting, lang } = input;
  const flags = lex.highlight;
  const { isVeto } = lex;
  const matches: Match[] = [];
  const toMatch = matchMaker(lex.entries, lang);
  const hits = new Int32Array(lex.entries.length);
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k] as number;
    const p = scan.pattern[i] as number;
    const flag = flags[p] as number;
    if (inZone[k] !== 0 || isVeto[p] === 1) continue;
    // Every standing term tells what the page discusses, shown or not ("summit", "students").
    hits[p] = (hits[p] as number) + 1;
    if (flag === NEVER_SHOWN) continue;
    if ((flag === SHOWN || supporting[k] === 1) && matches.length < MAX_MATCHES)
      matches.push(
        toMatch(lex.entries[p] as LexEntry, p, scan.start[i] as number, scan.end[i] as number),
      );
  }
  // The scanner finds matches by their end; the merge below walks them by start.
  const triggers = byStart(
    input.zones.length === 0
      ? input.triggers
      : input.triggers.filter((i) => !inZones(scan.start[i] as number, input.zones)),
    scan.start,
  );
  const loose: Match[] = [];
  const merged: Merged[] = [];
  let j = 0;
  let looseEnd = -1;
  for (const t of triggers) {
    const p = scan.pattern[t] as number;
    const entry = lex.entries[p] as LexEntry;
    hits[p] = (hits[p] as number) + 1;
    // Subject words only count towards the page's subjects; they anchor no card.
    if (entry.role === 'subject') continue;
    const ts = scan.start[t] as number;
    const te = scan.end[t] as number;
    while (j < matches.length && (matches[j] as Match).end <= ts) j++;
    let k = j;
    while (k < matches.length && (matches[k] as Match).start < te) k++;
    if (k > j) {
      mergeTrigger(merged, matches, j, k, toMatch(entry, p, ts, te), input.slice);
    } else if (ts >= looseEnd) {
      loose.push(toMatch(entry, p, ts, te));
      looseEnd = te;
    }
  }
  const standing = merged.length === 0 ? matches : applyMerged(matches, merged);
  const all = loose.length === 0 ? standing : mergeSorted(standing, loose);
  const counted: Array<[LexEntry, number]> = [];
  hits.forEach((n, p) => {
    if (n > 0) counted.push([lex.entries[p] as LexEntry, n]);
  });
  return { matches: all, ...selectCards(counted) };
}

/** Matches `from`..`to`-1 (exclusive) of the list, replaced by one trigger match over them. */
interface Merged {
  from: number;
  to: number;
  match: Match;
}

/**
 * Folds the evidence matches a trigger overlaps into one match over the trigger's phrase: the
 * mark then shows the phrase that names the fact ("300 North Korean workers", "inland Russia")
 * and opens its card, where lending the fact to "Russia" alone would mark a common word. A
 * trigger overlapping the previous merged span widens it. A span wider than the phrase it is
 * named after ("Khasan–Rajin" over "Khasan" and "Rajin-Sonbong") is named by the page's own
 * words, spaces collapsed, so that a mark's term always reads as its text.
 */
function mergeTrigger(
  merged: Merged[],
  matches: Match[],
  from: number,
  to: number,
  trigger: Match,
  slice: (start: number, end: number) => string,
) {
  const last = merged[merged.length - 1];
  const target = last && last.to > from ? last : undefined;
  const base = target?.match ?? trigger;
  const spanFrom = target ? target.to : from;
  const factIds = base.factIds.slice();
  const addFacts = (m: Match): void => {
    for (const f of m.factIds) if (!factIds.includes(f)) factIds.push(f);
  };
  let strong = base.strength === 'strong';
  let placeId = base.placeId;
  for (let q = spanFrom; q < to; q++) {
    const m = matches[q] as Match;
    addFacts(m);
    if (m.strength === 'strong') strong = true;
    placeId ??= m.placeId;
  }
  addFacts(trigger);
  const first = spanFrom < to ? (matches[spanFrom] as Match) : undefined;
  const final = spanFrom < to ? (matches[to - 1] as Match) : undefined;
  const start = Math.min(base.start, trigger.start, first?.start ?? base.start);
  const end = Math.max(base.end, trigger.end, final?.end ?? base.end);
  const match: Match = {
    ...base,
    term:
      start === base.start && end === base.end
        ? base.term
        : slice(start, end).replace(/\s+/g, ' ').trim(),
    start,
    end,
    strength: strong ? 'strong' : base.strength,
    factIds,
    placeId,
  };
  if (target) {
    target.to = Math.max(target.to, to);
    target.match = match;
  } else merged.push({ from, to, match });
}

/** The match list with each merged span in place of the matches it covers. */
function applyMerged(matches: readonly Match[], merged: readonly Merged[]): Match[] {
  const out: Match[] = [];
  let r = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = merged[r];
    if (m && m.from === i) {
      out.push(m.match);
      i = m.to - 1;
      r++;
    } else out.push(matches[i] as Match);
  }
  return out;
}

/** Merges two start-sorted lists, dropping entries of `extra` that overlap entries of `base`. */
function mergeSorted(base: Match[], extra: Match[]): Match[] {
  const out: Match[] = [];
  let i = 0;
  let j = 0;
  /** Length of `out` right after its last entry from `extra` was pushed. */
  let extraPushed = -1;
  while (i < base.length || j < extra.length) {
    const b = base[i];
    const e = extra[j];
    if (e === undefined || (b !== undefined && b.start <= e.start)) {
      // A loose trigger reaching into this match gives way to it.
      const last = out[out.length - 1];
      if (last && extraPushed === out.length && last.end > (b as Match).start) out.pop();
      out.push(b as Match);
      i++;
    } else {
      const last = out[out.length - 1];
      if (!last || last.end <= e.start) {
        out.push(e);
        extraPushed = out.length;
      }
      j++;
    }
  }
  return out;
}
