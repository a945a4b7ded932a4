/**
 * The lexicon compiled once per process (or content-script run) into the typed arrays the
 * scanner and scorer read: the automaton, per-pattern boundary, veto, evidence and strength
 * flags; and, separately, a tiny automaton over North Korea terms only for `quickGate`.
 */
import factsJson from '../facts/data/facts.json';
import placesJson from '../facts/data/places.json';
import { bundledTerms, type TermsFile } from '../facts/terms';
import { buildAutomaton } from './automaton';
import {
  compileLexicon,
  EV,
  type FactTriggers,
  groupEvidence,
  type LexEntry,
  type PlaceNames,
  placeNamesCountry,
  VETO_ROLES,
} from './lexicon';
import { type ScanPatterns, scanPatterns } from './scanner';

/** Everything detection needs, built from one lexicon. */
export interface CompiledLexicon {
  entries: LexEntry[];
  scan: ScanPatterns;
  isVeto: Uint8Array;
  isTrigger: Uint8Array;
  evidence: Uint16Array;
  strong: Uint8Array;
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
  const entries = compileLexicon(terms, places, facts);
  return {
    entries,
    scan: patternsOf(entries),
    isVeto: Uint8Array.from(entries, (e) => (VETO_ROLES.has(e.role) ? 1 : 0)),
    isTrigger: Uint8Array.from(entries, (e) => (e.role === 'fact' ? 1 : 0)),
    evidence: Uint16Array.from(entries, (e) => e.evidence),
    strong: Uint8Array.from(entries, (e) => (e.strength === 'strong' ? 1 : 0)),
  };
}

/**
 * The gate's patterns: only the terms and places that name North Korea (every relevant page
 * has one). Compiled from the data subset, so the gate never pays for the whole lexicon.
 */
export function compileGate(terms: TermsFile, places: readonly PlaceNames[]): ScanPatterns {
  const subset = { ...terms, groups: terms.groups.filter((g) => groupEvidence(g).includes('D')) };
  const named = places.filter((p) => placeNamesCountry(terms, p.id));
  return patternsOf(compileLexicon(subset, named, []).filter((e) => (e.evidence & EV.D) !== 0));
}

let bundled: CompiledLexicon | undefined;
let bundledGatePatterns: ScanPatterns | undefined;

/** The bundled lexicon: terms.json, the gazetteer and the fact base's triggers. */
export function bundledLexicon(): CompiledLexicon {
  bundled ??= compile(bundledTerms, placesJson as PlaceNames[], factsJson as FactTriggers[]);
  return bundled;
}

/** The bundled gate patterns (built on first use, independently of the full lexicon). */
export function bundledGate(): ScanPatterns {
  bundledGatePatterns ??= compileGate(bundledTerms, placesJson as PlaceNames[]);
  return bundledGatePatterns;
}
