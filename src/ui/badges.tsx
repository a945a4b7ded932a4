/**
 * Small presentational pieces of a fact card: the badge that says how sure the fact is and
 * what kind of statement it is, the "who says it" line and the full attribution line. Shared by
 * the overlay and any other view of a fact. The badge is built from the same data the card's
 * text shows, so it cannot contradict it: an estimate says "Estimate", a reading of another
 * outlet's report says "Interpretation", whatever the number of outlets that repeat it.
 */
import type { Confidence } from '@/src/facts/schema';
import type { AttributionView } from './card-view';
import { compactDate } from './format-date';

/** The human wording of a confidence level, e.g. "Confirmed by 4 independent sources". */
export function confidenceLabel(confidence: Confidence, confirmedBy?: number): string {
  switch (confidence) {
    case 'confirmed':
      return confirmedBy ? `Confirmed by ${confirmedBy} independent sources` : 'Confirmed';
    case 'in-source':
      return 'Only in this report';
    case 'single-source':
      return 'One source';
    case 'unverified':
      return 'Unverified';
  }
}

/** Kinds of statement a badge names, because they are not plain reports of what happened. */
const KIND_LABELS: Record<string, string> = {
  claim: 'Claim',
  estimate: 'Estimate',
  interpretation: 'Interpretation',
  projection: 'Projection',
};

/** The badge's text: the kind of statement where it matters, then the confidence. */
export function badgeLabel(confidence: Confidence, confirmedBy?: number, kind?: string): string {
  const label = confidenceLabel(confidence, confirmedBy);
  const named = kind ? KIND_LABELS[kind] : undefined;
  return named ? `${named} · ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/** How sure the fact base is of a fact, and what kind of statement it is, as a badge. */
export function ConfidenceBadge(props: {
  confidence: Confidence;
  confirmedBy?: number;
  kind?: string;
}) {
  return (
    <span class={`badge ${props.confidence}`}>
      {badgeLabel(props.confidence, props.confirmedBy, props.kind)}
    </span>
  );
}

/** "According to BBC News (interviews with six escaped workers)", or with "and 2 others". */
export function whoSays(attributions: readonly AttributionView[]): string {
  const first = attributions[0];
  if (!first) return '';
  const others = attributions.length - 1;
  const rest = others === 0 ? '' : others === 1 ? ' and 1 other' : ` and ${others} others`;
  return `According to ${first.who}${rest}`;
}

/** "Kim Dong Nam (head of INFNK), claim, in Daily NK, Mar 2017". */
export function attributionText(a: AttributionView): string {
  const where = a.source ? `in ${a.source.publication}` : '';
  const when = a.date ? compactDate(a.date) : a.source ? compactDate(a.source.date) : '';
  return [`${a.who} (${a.role})`, a.kind, where, when].filter(Boolean).join(', ');
}

/** Who says it, in what role, in which source, when. */
export function AttributionLine(props: { attributions: AttributionView[] }) {
  if (props.attributions.length === 0) return null;
  return (
    <p class="meta attribution">
      <span>Who says it: </span>
      {props.attributions.map((a, i) => (
        <span key={`${a.who}-${i}`}>
          {i > 0 ? '; ' : ''}
          {attributionText(a)}
        </span>
      ))}
    </p>
  );
}
