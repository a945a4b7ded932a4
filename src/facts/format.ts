/**
 * Plain-text and JSON renderings of the fact base for the `npm run facts` command. Kept pure
 * (data in, string out) so the CLI stays a thin shell and the output is unit-tested.
 */

import { MONTH_ABBREVIATIONS } from '../dates/calendar';
import { TOPIC_LABELS } from '../vocabulary';
import type { FactBase } from './index';
import { type Confidence, type Fact, type FuzzyDate, TOPICS } from './schema';

const MONTHS = MONTH_ABBREVIATIONS;

const CONFIDENCE_LABELS: Record<Confidence, string> = {
  'in-source': 'in source',
  confirmed: 'confirmed',
  'single-source': 'single source',
  unverified: 'unverified',
};

function formatPoint(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (month === undefined) return y ?? date;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/**
 * A date as precise as its source and no more: `17 Mar 2017`, `Mar 2017`, `2017`,
 * `c. 2007`, ranges as `start – end`. Approximate dates are marked on each end.
 */
export function formatFuzzyDate(date: FuzzyDate): string {
  const mark = (text: string, precision: string) =>
    precision === 'approximate' ? `c. ${text}` : text;
  const start = mark(formatPoint(date.date), date.precision);
  if (!date.end) return start;
  return `${start} – ${mark(formatPoint(date.end.date), date.end.precision)}`;
}

/** The confidence label as a reader sees it, e.g. `confirmed (3 sources)`. */
export function formatConfidence(fact: Fact): string {
  const label = CONFIDENCE_LABELS[fact.confidence];
  return fact.confirmedBy === undefined ? label : `${label} (${fact.confirmedBy} sources)`;
}

/** One line per fact, grouped under a heading per topic: title, date, confidence, main source. */
export function formatSummary(base: FactBase): string {
  const lines: string[] = [
    `DPRK Labor Lens fact base: ${base.facts.length} facts, ${base.sources.length} sources, ${base.places.length} places`,
  ];
  for (const topic of TOPICS) {
    const facts = base.factsByTopic(topic);
    lines.push('', `## ${TOPIC_LABELS[topic]} (${facts.length})`);
    for (const fact of facts) {
      const first = fact.dates[0];
      const source = base.mainSource(fact);
      const cite = source ? `${source.publication}, ${formatFuzzyDate(source.date)}` : 'no source';
      lines.push(`- ${fact.title}`);
      lines.push(
        `    ${first ? formatFuzzyDate(first) : 'undated'} · ${formatConfidence(fact)} · ${cite}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The whole fact base (and the detection lexicon, when given) as one JSON document. */
export function formatJson(base: FactBase, terms?: unknown): string {
  const doc: Record<string, unknown> = {
    facts: base.facts,
    sources: base.sources,
    places: base.places,
  };
  if (terms !== undefined) doc.terms = terms;
  return `${JSON.stringify(doc, null, 2)}\n`;
}
