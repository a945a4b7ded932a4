/**
 * One context card, made to be taken in at a glance: the headline, why the page gets it, one or
 * two sentences, who says it and how sure that is, and one compact source line. Details, the
 * corrections of what a source got wrong, dates, places and every source are one click away.
 * Shared by the overlay and the popup. Page and data text is rendered as text only.
 */
import type { ComponentChildren } from 'preact';
import { AttributionLine, ConfidenceBadge, whoSays } from './badges';
import type { CardView, SourceView } from './card-view';
import { compactDate, dateTimeAttribute, formatFuzzyDate, sentence } from './format-date';

/** "BBC News, 12 Aug 2025", linked; a copy on another site says so. */
function SourceLine(props: { source: SourceView; more: number }) {
  const s = props.source;
  return (
    <p class="meta source-line">
      <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
        {s.publication}, {compactDate(s.date)}
      </a>
      {s.via ? ` (copy at ${s.via})` : ''}
      {props.more > 0 ? ` · +${props.more} more` : ''}
    </p>
  );
}

/** A source in the full list: publication, title as published, date, copy and check dates. */
function SourceEntry(props: { source: SourceView }) {
  const s = props.source;
  return (
    <li>
      <a href={s.url} target="_blank" rel="noopener noreferrer">
        {s.publication}, “{s.title}”, {compactDate(s.date)}
      </a>
      {s.via ? ` — copy at ${s.via}` : ''}
      {s.perspective ? <span class="meta"> — {s.perspective}</span> : null}
    </li>
  );
}

/** A fact card; `why` is the page's reason for it, `actions` render at its foot. */
export function FactCard(props: {
  card: CardView;
  headingId?: string;
  why?: string;
  /** Open the details from the start (the popup's detail view). */
  expanded?: boolean;
  actions?: ComponentChildren;
}) {
  const { card } = props;
  const main = card.sources[0];
  const who = whoSays(card.attributions);
  const hasMore =
    card.details.length > 0 ||
    card.corrections.length > 0 ||
    card.sources.length > 1 ||
    card.attributions.length > 1 ||
    card.dates.length > 0 ||
    card.places.length > 0;
  return (
    <article class="card" aria-labelledby={props.headingId} data-fact={card.id}>
      <h4 id={props.headingId}>{card.title}</h4>
      {props.why ? <p class="why">{props.why}</p> : null}
      <p>{sentence(card.summary)}</p>
      <p class="who">
        <ConfidenceBadge
          confidence={card.confidence}
          confirmedBy={card.confirmedBy}
          kind={card.attributions[0]?.kind}
        />
        {card.corrections.length > 0 ? <span class="badge fix">Corrects its source</span> : null}
        {who ? <span class="meta">{who}</span> : null}
      </p>
      {main ? <SourceLine source={main} more={card.sources.length - 1} /> : null}
      {hasMore ? (
        <details class="more" open={props.expanded}>
          <summary>Details, corrections and sources</summary>
          {card.corrections.map((c) => (
            <div class="correction" role="note" key={c.sourceSaid}>
              <strong>Correction.</strong> The source says: {sentence(c.sourceSaid)} Correct:{' '}
              {sentence(c.correct)} {sentence(c.why)}
              {c.sources.length > 0 ? (
                <span class="meta"> ({c.sources.map((s) => s.publication).join(', ')})</span>
              ) : null}
            </div>
          ))}
          {card.details.length > 0 ? (
            <ul class="details">
              {card.details.map((d) => (
                <li key={d}>{sentence(d)}</li>
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
                <SourceEntry key={s.url} source={s} />
              ))}
            </ol>
          ) : null}
        </details>
      ) : null}
      {props.actions ? <div class="actions">{props.actions}</div> : null}
    </article>
  );
}
