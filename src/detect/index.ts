/**
 * The detector: is this text about North Korean workers sent abroad, in which language, which
 * cards does it deserve and which terms anchor them. Pure (no DOM, no extension API); the
 * content script, the popup and the `scan` CLI all call this one module.
 */
import { bundledLexicon, type CompiledLexicon } from './compiled';
import { chunkSlicer, evidenceSentences, type TextSlicer } from './evidence';
import { EV } from './lexicon';
import { isOtherLanguage, LANGUAGE_REACH } from './other-language';
import { buildReport } from './report';
import { resolveOverlaps } from './resolve';
import { Scanner, type ScanResult, scriptCounts } from './scanner';
import {
  type EvidenceView,
  IN_BOILERPLATE,
  IN_OTHER_LANGUAGE,
  scoreEvidence,
  zoneFlags,
} from './score';
import { languageFromCounts } from './script';
import type { Detection, DetectOptions, ExplainedMatch, Lang, Sensitivity, Zone } from './types';

export type { Evidence } from './evidence';
export { fold, normalize } from './fold';
export { quickGate } from './gate';
export type {
  ConceptWeight,
  Detection,
  DetectOptions,
  ExplainedMatch,
  Lang,
  Match,
  Sensitivity,
  SubjectWeight,
  TermRole,
  Topic,
  Zone,
} from './types';

/** Raw score needed for relevance at each sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { low: 3.5, normal: 2.5, high: 1.75 };

/** Turns a finished scan into a verdict; `slice` reads the text for the evidence sentences. */
function judge(
  scan: ScanResult,
  zones: readonly Zone[],
  options: DetectOptions,
  lex: CompiledLexicon,
  slice: TextSlicer,
): Detection {
  const { kept, triggers } = resolveOverlaps(scan, lex.isVeto, lex.isTrigger);
  const n = kept.length;
  const view = {
    count: n,
    start: new Int32Array(n),
    end: new Int32Array(n),
    evidence: new Uint16Array(n),
    strong: new Uint8Array(n),
    pattern: new Int32Array(n),
    homePlace: new Uint8Array(n),
    originForm: new Uint8Array(n),
    namesWorkers: new Uint8Array(n),
  };
  for (let k = 0; k < n; k++) {
    const i = kept[k] as number;
    const p = scan.pattern[i] as number;
    view.start[k] = scan.start[i] as number;
    view.end[k] = scan.end[i] as number;
    view.evidence[k] = lex.evidence[p] as number;
    view.strong[k] = lex.strong[p] as number;
    view.pattern[k] = p;
    view.homePlace[k] = lex.homePlace[p] as number;
    view.originForm[k] = lex.originForm[p] as number;
    view.namesWorkers[k] = lex.namesWorkers[p] as number;
  }
  const lang = languageFromCounts(scan.scripts);
  const threshold = THRESHOLDS[options.sensitivity ?? 'normal'];
  // A verdict that rests on text in another language (a Ukrainian or German paragraph naming
  // КНДР or Kim Jong Un) is taken again without that text, until it rests on a core language.
  let allZones = zones;
  let inZone = zoneFlags(view, allZones);
  let scored = scoreEvidence(view, inZone, lang, scan.length, slice);
  for (let round = 0; round < 3 && scored.raw >= threshold; round++) {
    const foreign = otherLanguageZones(slice, scan.length, view, scored.decisive);
    if (foreign.length === 0) break;
    allZones = [...allZones, ...foreign];
    inZone = zoneFlags(view, allZones);
    scored = scoreEvidence(view, inZone, lang, scan.length, slice);
  }
  const { raw, supporting, decisive } = scored;
  const relevant = raw >= threshold;
  const report = buildReport({
    scan,
    lex,
    kept,
    triggers,
    inZone,
    supporting,
    zones: allZones,
    lang,
    relevant,
    slice,
  });
  const evidence = relevant
    ? evidenceSentences(
        slice,
        scan.length,
        evidenceAnchors(view, inZone, decisive, (k) =>
          isOtherLanguage(
            slice(
              Math.max(0, (view.start[k] as number) - LANGUAGE_REACH / 3),
              (view.end[k] as number) + LANGUAGE_REACH / 3,
            ),
          ),
        ),
      ).slice(0, 3)
    : [];
  return {
    relevant,
    score: Math.round((raw / (raw + threshold)) * 1000) / 1000,
    rawScore: Math.round(raw * 1000) / 1000,
    lang,
    evidence,
    topics: report.topics,
    subjects: report.subjects,
    concepts: report.concepts,
    facts: report.facts,
    matches: report.matches,
    ...(options.explain ? { explained: explainMatches(view, inZone, slice) } : {}),
  };
}

/** Evidence letters in the order `ExplainedMatch` lists them. */
const EVIDENCE_LETTERS = Object.entries(EV) as [string, number][];

/** Every standing match with its evidence letters (see `DetectOptions.explain`). */
function explainMatches(
  view: EvidenceView,
  inZone: Uint8Array,
  slice: TextSlicer,
): ExplainedMatch[] {
  const out: ExplainedMatch[] = [];
  for (let k = 0; k < view.count; k++) {
    const start = view.start[k] as number;
    const end = view.end[k] as number;
    const bits = view.evidence[k] as number;
    const zone =
      inZone[k] === IN_BOILERPLATE
        ? 'boilerplate'
        : inZone[k] === IN_OTHER_LANGUAGE
          ? 'other-language'
          : undefined;
    out.push({
      term: slice(start, end),
      start,
      end,
      evidence: EVIDENCE_LETTERS.filter(([, bit]) => (bits & bit) !== 0)
        .map(([letter]) => letter)
        .join(''),
      strong: view.strong[k] === 1,
      ...(zone ? { zone } : {}),
    });
  }
  return out;
}

/** Zones over the decisive anchors whose surrounding text is in a language the extension does not read. */
function otherLanguageZones(
  slice: TextSlicer,
  length: number,
  view: { start: Int32Array; end: Int32Array },
  decisive: readonly number[],
): Zone[] {
  const zones: Zone[] = [];
  for (const k of decisive) {
    const start = Math.max(0, (view.start[k] as number) - LANGUAGE_REACH);
    const end = Math.min(length, (view.end[k] as number) + LANGUAGE_REACH);
    if (isOtherLanguage(slice(start, end))) zones.push({ start, end, kind: 'other-language' });
  }
  return zones;
}

/** Distance within which a North Korea term is taken as part of an anchor's evidence. */
const EVIDENCE_REACH = 250;

/**
 * The spans whose sentences are shown as evidence: each decisive anchor, and for the best one
 * also the North Korea term nearest to it when that lies in another sentence (a headline naming
 * the country over a paragraph about the workers).
 */
function evidenceAnchors(
  view: { count: number; start: Int32Array; end: Int32Array; evidence: Uint16Array },
  inZone: Uint8Array,
  decisive: readonly number[],
  inOtherLanguage: (k: number) => boolean,
): Array<[number, number]> {
  const spans: Array<[number, number]> = decisive.map((k) => [
    view.start[k] as number,
    view.end[k] as number,
  ]);
  const best = decisive[0];
  if (best === undefined) return spans;
  let nearest = -1;
  let gap = EVIDENCE_REACH;
  for (let k = 0; k < view.count; k++) {
    if (((view.evidence[k] as number) & EV.D) === 0 || k === best || inZone[k] !== 0) continue;
    const d = Math.abs((view.start[k] as number) - (view.start[best] as number));
    if (d < gap) {
      gap = d;
      nearest = k;
    }
  }
  if (nearest >= 0 && !inOtherLanguage(nearest))
    spans.splice(1, 0, [view.start[nearest] as number, view.end[nearest] as number]);
  return spans;
}

/**
 * Detects over a whole text, optionally with boilerplate zones (offsets into `text`).
 * Never throws on any string.
 */
export function detect(
  input: string | { text: string; zones?: Zone[] },
  options: DetectOptions = {},
): Detection {
  const text = typeof input === 'string' ? input : input.text;
  const zones = typeof input === 'string' ? [] : (input.zones ?? []);
  return detectChunks([text], zones, options);
}

/**
 * Detects over pieces of one text (e.g. DOM text nodes) without joining them; offsets and the
 * verdict equal those of `detect(chunks.join(''))`.
 */
export function detectChunks(
  chunks: Iterable<string>,
  zones: readonly Zone[] = [],
  options: DetectOptions = {},
  lex: CompiledLexicon = bundledLexicon(),
): Detection {
  const scanner = new Scanner(lex.scan);
  const kept: string[] = [];
  for (const chunk of chunks) {
    scanner.feed(chunk);
    kept.push(chunk);
  }
  const slice = kept.length === 1 ? textSlicer(kept[0] as string) : chunkSlicer(kept);
  return judge(scanner.finish(), zones, options, lex, slice);
}

const textSlicer =
  (text: string): TextSlicer =>
  (start, end) =>
    text.slice(start, end);

/** Language of a text by script, as `detect` reports it. */
export function detectLanguage(text: string): Lang | 'und' {
  return languageFromCounts(scriptCounts(text));
}
