/**
 * The lexicon compiled once per process (or background lifetime) into the typed arrays the
 * scanner and scorer read: the automaton, per-pattern boundary, veto, evidence and strength
 * flags. The bundled lexicon starts from its pack (`lexicon-pack.json`), not from the data
 * files. (The page gate, `quickGate`, needs none of this: see `gate.ts`.)
 */
import type { TermsFile } from '../facts/terms';
import { buildAutomaton } from './automaton';
import {
  compileLexicon,
  EV,
  type FactTriggers,
  type LexEntry,
  type PlaceNames,
  VETO_ROLES,
} from './lexicon';
import { type LexiconPack, unpackLexicon } from './lexicon-pack';
import packJson from './lexicon-pack.json';
import { highlightFlags } from './report';
import { Scanner, type ScanPatterns, scanPatterns } from './scanner';

/** Everything detection needs, built from one lexicon. */
export interface CompiledLexicon {
  entries: LexEntry[];
  scan: ScanPatterns;
  isVeto: Uint8Array;
  isTrigger: Uint8Array;
  evidence: Uint16Array;
  strong: Uint8Array;
  /**
   * 1 for a place inside North Korea that names the country only as a place (Pyongyang, Rajin):
   * next to workers it says where they are ("brigades in Pyongyang", "докеры Раджина"), not
   * whose they are, as "North Korean" or "из КНДР" does.
   */
  homePlace: Uint8Array;
  /**
   * 1 for a nationality or a North Korea term told as an origin ("из Узбекистана", "from
   * Tajikistan", "from Pyongyang"): right after workers it says where they come from, where an
   * adjective there ("hired through a Chinese broker") names someone else.
   */
  originForm: Uint8Array;
  /**
   * 1 for a nationality that names workers by itself ("Chinese workers", 中国工人, "китайские
   * рабочие"): a worker term lies inside it. Pages that tell of other countries' workers name
   * them so; an owner, a broker or a disguise ("posing as Japanese") does not.
   */
  namesWorkers: Uint8Array;
  /** Per-pattern highlight flags (see `highlightFlags`). */
  highlight: Uint8Array;
}

function patternsOf(entries: readonly LexEntry[]): ScanPatterns {
  return scanPatterns(
    buildAutomaton(entries.map((e) => e.pattern)),
    Uint8Array.from(entries, (e) => (e.leftBoundary ? 1 : 0)),
    Uint8Array.from(entries, (e) => (e.rightBoundary ? 1 : 0)),
  );
}

/** Compiles a lexicon from data (tests pass their own; the extension uses the bundled one). */
export function compile(
  terms: TermsFile,
  places: readonly PlaceNames[],
  facts: readonly FactTriggers[],
): CompiledLexicon {
  return compileEntries(compileLexicon(terms, places, facts));
}

/** Builds the automaton and per-pattern flags for compiled entries. */
export function compileEntries(entries: LexEntry[]): CompiledLexicon {
  const isVeto = Uint8Array.from(entries, (e) => (VETO_ROLES.has(e.role) ? 1 : 0));
  const scan = patternsOf(entries);
  return {
    entries,
    scan,
    namesWorkers: nationalitiesNamingWorkers(entries, scan),
    isVeto,
    highlight: highlightFlags(entries, isVeto),
    isTrigger: Uint8Array.from(entries, (e) => (STANDS_APART.has(e.role) ? 1 : 0)),
    evidence: Uint16Array.from(entries, (e) => e.evidence),
    strong: Uint8Array.from(entries, (e) => (e.strength === 'strong' ? 1 : 0)),
    originForm: Uint8Array.from(entries, (e) =>
      (e.evidence & (EV.F | EV.D)) !== 0 && ORIGIN_PREFIX.test(e.pattern) ? 1 : 0,
    ),
    homePlace: Uint8Array.from(entries, (e) =>
      e.placeId !== undefined && (e.evidence & (EV.A | EV.W)) === 0 && (e.evidence & EV.D) !== 0
        ? 1
        : 0,
    ),
  };
}

/**
 * Finds the nationality patterns with a worker pattern inside them: one scan over all of them,
 * one per line (a line break is a boundary, as between words), so compiling allocates one
 * scanner, not one per pattern.
 */
function nationalitiesNamingWorkers(entries: readonly LexEntry[], scan: ScanPatterns): Uint8Array {
  const flags = new Uint8Array(entries.length);
  const owners: number[] = [];
  const starts: number[] = [];
  const scanner = new Scanner(scan);
  let offset = 0;
  entries.forEach((e, p) => {
    if ((e.evidence & EV.F) === 0) return;
    owners.push(p);
    starts.push(offset);
    scanner.feed(e.pattern);
    scanner.feed('\n');
    offset += e.pattern.length + 1;
  });
  const found = scanner.finish();
  for (let k = 0; k < found.count; k++) {
    const q = entries[found.pattern[k] as number] as LexEntry;
    if ((q.evidence & EV.W) === 0 || (q.evidence & EV.F) !== 0) continue;
    // The line holding the match: the last one starting at or before it.
    const at = found.start[k] as number;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    flags[owners[lo] as number] = 1;
  }
  return flags;
}

/** How a folded nationality pattern reads when it tells an origin. */
const ORIGIN_PREFIX = /^(?:из|from) /;

/**
 * Roles whose matches never compete with evidence terms in overlaps: fact triggers and subject
 * words only point at cards, so a long one must not hide the evidence inside it.
 */
const STANDS_APART: ReadonlySet<string> = new Set(['fact', 'subject']);

let bundled: CompiledLexicon | undefined;

/** The bundled lexicon (terms.json, the gazetteer and the fact base's triggers), from its pack. */
export function bundledLexicon(): CompiledLexicon {
  bundled ??= compileEntries(unpackLexicon(packJson as LexiconPack));
  return bundled;
}
