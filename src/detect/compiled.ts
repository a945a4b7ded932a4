/**
 * The lexicon compiled once per process (or content-script run) into the typed arrays the
 * scanner and scorer read: the automaton, per-pattern boundary, veto, evidence and strength
 * flags. (The page gate, `quickGate`, needs none of this: see `gate.ts`.)
 */
import factsJson from '../facts/data/facts.json';
import placesJson from '../facts/data/places.json';
import { bundledTerms, type TermsFile } from '../facts/terms';
import { buildAutomaton } from './automaton';
import {
  compileLexicon,
  type FactTriggers,
  type LexEntry,
  type PlaceNames,
  VETO_ROLES,
} from './lexicon';
import { highlightFlags } from './report';
import { type ScanPatterns, scanPatterns } from './scanner';

/** Everything detection needs, built from one lexicon. */
export interface CompiledLexicon {
  entries: LexEntry[];
  scan: ScanPatterns;
  isVeto: Uint8Array;
  isTrigger: Uint8Array;
  evidence: Uint16Array;
  strong: Uint8Array;
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
  const entries = compileLexicon(terms, places, facts);
  const isVeto = Uint8Array.from(entries, (e) => (VETO_ROLES.has(e.role) ? 1 : 0));
  return {
    entries,
    scan: patternsOf(entries),
    isVeto,
    highlight: highlightFlags(entries, isVeto),
    isTrigger: Uint8Array.from(entries, (e) => (e.role === 'fact' ? 1 : 0)),
    evidence: Uint16Array.from(entries, (e) => e.evidence),
    strong: Uint8Array.from(entries, (e) => (e.strength === 'strong' ? 1 : 0)),
  };
}

let bundled: CompiledLexicon | undefined;

/** The bundled lexicon: terms.json, the gazetteer and the fact base's triggers. */
export function bundledLexicon(): CompiledLexicon {
  bundled ??= compile(bundledTerms, placesJson as PlaceNames[], factsJson as FactTriggers[]);
  return bundled;
}
