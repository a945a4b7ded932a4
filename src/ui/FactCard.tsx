/**
 * One context card: title, summary, key facts with honestly-precise dates and places, who says
 * it, how sure we are, where a source is wrong, and the sources (opened in a new tab).
 * Page and data text is rendered as text only.
 */
import type { ComponentChildren } from 'preact';
import { AttributionLine, ConfidenceBadge } from './badges';
import type { CardView, SourceView } from './card-view';
import { dateTimeAttribute, formatFuzzyDate } from './format-date';

function SourceLink(props: { source: SourceView }) {
  const s = props.source;
  return (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {s.publication}, “{s.title}”, {formatFuzzyDate(s.date)}
    </a>
  );
}

/** A fact card; `actions` renders below the sources (e.g. "Report a sighting"). */
export function FactCard(props: {
  card: CardView;
  headingId?: string;
  actions?: ComponentChildren;
}) {
  const { card } = props;
  return (
    <article class="card" aria-labelledby={props.headingId} data-fact={card.id}>
      <h4 id={props.headingId}>{card.title}</h4>
      <ConfidenceBadge confidence={card.confidence} confirmedBy={card.confirmedBy} />
      <p>{card.summary}</p>
      {card.corrections.map((c) => (
        <div class="correction" role="note" key={c.sourceSaid}>
          <strong>Correction:</strong> the source says “{c.sourceSaid}”; correct: {c.correct}.{' '}
          {c.why}
          {c.sources.length > 0 ? (
            <span class="meta"> ({c.sources.map((s) => s.publication).join(', ')})</span>
          ) : null}
        </div>
      ))}
      {card.details.length > 0 ? (
        <ul class="details">
          {card.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {card.dates.length > 0 || card.places.length > 0 ? (
        <p class="meta">
          {card.dates.map((d, i) => (
            <span key={`${d.date}-${i}`}>
              {i > 0 ? ' · ' : ''}
              <time dateTime={dateTimeAttribute(d)}>{formatFuzzyDate(d)}</time>
            </span>
          ))}
          {card.dates.length > 0 && card.places.length > 0 ? ' · ' : ''}
          {card.places.join(', ')}
        </p>
      ) : null}
      <AttributionLine attributions={card.attributions} />
      {card.sources.length > 0 ? (
        <ol class="sources" aria-label="Sources">
          {card.sources.map((s) => (
            <li key={s.url}>
              <SourceLink source={s} />
            </li>
          ))}
        </ol>
      ) : null}
      {props.actions ? <div class="actions">{props.actions}</div> : null}
    </article>
  );
}
