/**
 * The collapsed control ("3 context cards") and the panel it opens: matched terms (a keyboard
 * route to every highlight), then the cards grouped by topic, and recorded sightings found on
 * the page.
 */
import { useRef, useState } from 'preact/hooks';
import type { CardView } from '@/src/ui/card-view';
import { FactCard } from '@/src/ui/FactCard';
import { CompactRouteView, type RouteMapData } from '@/src/ui/map/CompactRouteView';
import { groupByTopic } from '@/src/ui/topics';
import type { TermEntry } from './terms';

/** A recorded sighting whose quote is on this page. */
export interface RecordedLine {
  id: string;
  /** Already formatted, e.g. "21 Mar 2026". */
  recordedOn: string;
  exact: string;
}

/** What the panel shows. */
export interface PanelData {
  /** Number of cards the page has (known before the cards themselves arrive). */
  cardCount: number;
  cards: CardView[];
  terms: TermEntry[];
  recorded: RecordedLine[];
}

/** Callbacks from the panel to the controller. */
export interface PanelActions {
  onTerm(entry: TermEntry, button: HTMLElement): void;
  onReport(factId: string): void;
  onTurnOffSite(): void;
  /** The route-history map's data, from the background when the reader opens the map. */
  loadRouteMap(): Promise<RouteMapData>;
}

/** The control and, when expanded, the panel. */
export function Panel(props: { data: PanelData; actions: PanelActions }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const { data, actions } = props;
  const label = `${data.cardCount} context card${data.cardCount === 1 ? '' : 's'}`;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        class="toggle"
        aria-expanded={open}
        aria-controls="lens-panel"
        onClick={() => setOpen(!open)}
      >
        <span class="dot" aria-hidden="true" />
        {label}
      </button>
      {open ? (
        <section
          id="lens-panel"
          class="panel"
          aria-label="DPRK Labor Lens"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        >
          <header>
            <h2>DPRK Labor Lens</h2>
            <button type="button" onClick={actions.onTurnOffSite}>
              Off on this site
            </button>
            <button type="button" aria-label="Close panel" onClick={close}>
              ×
            </button>
          </header>
          {data.recorded.map((r) => (
            <p class="recorded" key={r.id}>
              You recorded this on {r.recordedOn}: “{r.exact}”
            </p>
          ))}
          <details class="term-list">
            <summary>
              Matched terms ({data.terms.length}) — open one beside its place in the article
            </summary>
            <ul class="terms">
              {data.terms.map((entry) => (
                <li key={entry.key}>
                  <button
                    type="button"
                    onClick={(event) => actions.onTerm(entry, event.currentTarget)}
                  >
                    {entry.label}
                    {entry.occurrences.length > 1 ? (
                      <span class="count">×{entry.occurrences.length}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </details>
          {data.cards.length === 0 ? <p class="meta">Loading cards…</p> : null}
          {groupByTopic(data.cards).map((group) => (
            <section key={group.topic} aria-label={group.label} data-topic={group.topic}>
              <h3>{group.label}</h3>
              {group.items.map((card) => (
                <FactCard
                  key={card.id}
                  card={card}
                  headingId={`lens-card-${card.id}`}
                  actions={
                    <button type="button" onClick={() => actions.onReport(card.id)}>
                      Report a sighting
                    </button>
                  }
                />
              ))}
              {group.topic === 'route-history' ? (
                <CompactRouteView cards={group.items} fetchMapData={actions.loadRouteMap} />
              ) : null}
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}
