/**
 * The labelled evaluation set (`tests/fixtures/detect/`): runs each document through the same
 * path as the `scan` CLI and tallies precision and recall per language. Only labels and verdicts
 * are reported; tuning looks at `dev/` alone, `holdout/` numbers show whether it generalises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '@/src/cli/scan';
import { detect, THRESHOLDS } from '@/src/detect';

const ROOT = join(import.meta.dirname, '../../fixtures/detect');

export interface Label {
  file: string;
  lang: string;
  relevant: boolean;
  category: string;
  note: string;
  /** For relevant dev documents: the card topics the story is about, most central first. */
  subjects?: string[];
}

export interface Outcome extends Label {
  predicted: boolean;
  score: number;
  /** The detector's raw evidence score, compared with a sensitivity's threshold. */
  rawScore: number;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

/** Labels of one split (`dev` or `holdout`). */
export function labels(split: 'dev' | 'holdout'): Label[] {
  const all = JSON.parse(readFileSync(join(ROOT, 'labels.json'), 'utf8')) as Label[];
  return all.filter((l) => l.file.startsWith(`${split}/`));
}

/** Detector verdicts for every labelled document of a split. */
export function evaluate(split: 'dev' | 'holdout'): Outcome[] {
  return labels(split).map((label) => {
    const content = readFileSync(join(ROOT, label.file), 'utf8');
    const d = detect(loadDocument(label.file, content));
    return { ...label, predicted: d.relevant, score: d.score, rawScore: d.rawScore };
  });
}

/** Precision and recall of a set of outcomes (1 when nothing was predicted or expected). */
export function tally(outcomes: readonly Outcome[]): Tally {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const o of outcomes) {
    if (o.predicted && o.relevant) t.tp++;
    else if (o.predicted) t.fp++;
    else if (o.relevant) t.fn++;
    else t.tn++;
  }
  return {
    ...t,
    precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
  };
}

/** A printable table: one row per language plus the total, and the misclassified files. */
export function report(name: string, outcomes: readonly Outcome[]): string {
  const langs = [...new Set(outcomes.map((o) => o.lang))].sort();
  const row = (label: string, t: Tally): string =>
    `${label.padEnd(6)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.tn).padStart(4)}   ${t.precision.toFixed(3)}     ${t.recall.toFixed(3)}`;
  const lines = [
    `${name}: ${outcomes.length} documents`,
    'lang     TP   FP   FN   TN   precision recall',
  ];
  for (const lang of langs) lines.push(row(lang, tally(outcomes.filter((o) => o.lang === lang))));
  lines.push(row('all', tally(outcomes)));
  const wrong = outcomes.filter((o) => o.predicted !== o.relevant);
  if (wrong.length > 0) lines.push('misclassified:');
  for (const o of wrong) {
    lines.push(
      `  ${o.file} expected ${o.relevant ? 'relevant' : 'irrelevant'} (${o.category}), score ${o.score}`,
    );
  }
  return lines.join('\n');
}

/**
 * Precision and recall at raw-score thresholds from 1 to 5, the three sensitivities marked:
 * what the settings' sensitivity trades, measured.
 */
export function curve(name: string, outcomes: readonly Outcome[]): string {
  const marks = new Map(Object.entries(THRESHOLDS).map(([k, v]) => [v, k]));
  const steps = [
    ...new Set([...Array.from({ length: 17 }, (_, i) => 1 + i * 0.25), ...marks.keys()]),
  ].sort((a, b) => a - b);
  const lines = [`${name}: precision/recall by threshold (raw score ≥ threshold is relevant)`];
  lines.push('threshold  precision recall  sensitivity');
  for (const t of steps) {
    const at = tally(outcomes.map((o) => ({ ...o, predicted: o.rawScore >= t })));
    lines.push(
      `${t.toFixed(2).padStart(9)}  ${at.precision.toFixed(3).padStart(9)} ${at.recall.toFixed(3).padStart(6)}  ${marks.get(t) ?? ''}`,
    );
  }
  return lines.join('\n');
}
