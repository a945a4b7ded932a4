/**
 * Small presentational pieces of a fact card: the confidence badge and the attribution line.
 * Shared by the overlay and any other view of a fact.
 */
import type { Confidence } from '@/src/facts/schema';
import type { AttributionView } from './card-view';
import { formatFuzzyDate } from './format-date';

/** The human wording of a confidence level, e.g. "Confirmed by 4 sources". */
export function confidenceLabel(confidence: Confidence, confirmedBy?: number): string {
  switch (confidence) {
    case 'confirmed':
      return confirmedBy ? `Confirmed by ${confirmedBy} sources` : 'Confirmed';
    case 'in-source':
      return 'As reported in the article';
    case 'single-source':
      return 'Single source';
    case 'unverified':
      return 'Unverified';
  }
}

/** How sure the project is of a fact, as a badge. */
export function ConfidenceBadge(props: { confidence: Confidence; confirmedBy?: number }) {
  return (
    <span class={`badge ${props.confidence}`}>
      {confidenceLabel(props.confidence, props.confirmedBy)}
    </span>
  );
}

/** "Kim Dong Nam (head of INFNK), claim, in Daily NK, 21 Mar 2017". */
export function attributionText(a: AttributionView): string {
  const where = a.source ? `in ${a.source.publication}` : '';
  const when = a.date ? formatFuzzyDate(a.date) : a.source ? formatFuzzyDate(a.source.date) : '';
  return [`${a.who} (${a.role})`, a.kind, where, when].filter(Boolean).join(', ');
}

/** Who says it, in what role, in which source, when. */
export function AttributionLine(props: { attributions: AttributionView[] }) {
  if (props.attributions.length === 0) return null;
  return (
    <p class="meta attribution">
      <span>According to: </span>
      {props.attributions.map((a, i) => (
        <span key={`${a.who}-${i}`}>
          {i > 0 ? '; ' : ''}
          {attributionText(a)}
        </span>
      ))}
    </p>
  );
}
