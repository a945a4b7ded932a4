/**
 * The detector: is this text about North Korean workers sent abroad, in which language, which
 * cards does it deserve and which terms anchor them. Pure (no DOM, no extension API); the
 * content script, the popup and the `scan` CLI all call this one module.
 */
import { bundledLexicon, type CompiledLexicon } from './compiled';
import { buildReport } from './report';
import { resolveOverlaps } from './resolve';
import { Scanner, type ScanResult, scriptCounts } from './scanner';
import { scoreEvidence, zoneFlags } from './score';
import { languageFromCounts } from './script';
import type { Detection, DetectOptions, Lang, Sensitivity, Zone } from './types';

export { fold, normalize } from './fold';
export { quickGate } from './gate';
export type {
  Detection,
  DetectOptions,
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

/** Turns a finished scan into a verdict. */
function judge(
  scan: ScanResult,
  zones: readonly Zone[],
  options: DetectOptions,
  lex: CompiledLexicon,
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
  };
  for (let k = 0; k < n; k++) {
    const i = kept[k] as number;
    const p = scan.pattern[i] as number;
    view.start[k] = scan.start[i] as number;
    view.end[k] = scan.end[i] as number;
    view.evidence[k] = lex.evidence[p] as number;
    view.strong[k] = lex.strong[p] as number;
    view.pattern[k] = p;
  }
  const lang = languageFromCounts(scan.scripts);
  const inZone = zoneFlags(view, zones);
  const { raw, supporting } = scoreEvidence(view, inZone, lang, scan.length);
  const threshold = THRESHOLDS[options.sensitivity ?? 'normal'];
  const relevant = raw >= threshold;
  const report = buildReport({
    scan,
    lex,
    kept,
    triggers,
    inZone,
    supporting,
    zones,
    lang,
    relevant,
  });
  return {
    relevant,
    score: Math.round((raw / (raw + threshold)) * 1000) / 1000,
    lang,
    topics: report.topics,
    subjects: report.subjects,
    facts: report.facts,
    matches: report.matches,
  };
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
  for (const chunk of chunks) scanner.feed(chunk);
  return judge(scanner.finish(), zones, options, lex);
}

/** Language of a text by script, as `detect` reports it. */
export function detectLanguage(text: string): Lang | 'und' {
  return languageFromCounts(scriptCounts(text));
}
