/**
 * The page's control and the panel it opens. Collapsed, the control is a slim tab at the edge;
 * open, the panel docks to the side of the window the article does not use, or becomes a bottom
 * sheet in a narrow window, so it never covers the text being read. The panel lists the page's
 * best cards in rank order, each with why it is shown, then a "more" control for the rest, the
 * recorded sightings found on the page (in a closed shadow root: see `SealedLines.tsx`) and the
 * marked terms (a keyboard route to every mark).
 */
import { useRef, useState } from 'preact/hooks';
import type { PageCardView } from '@/src/messaging/protocol';
import { FactCard } from '@/src/ui/FactCard';
import { CompactRouteView, type RouteMapData } from '@/src/ui/map/CompactRouteView';
import { TOPIC_LABELS } from '@/src/vocabulary';
import { SealedLines } from './SealedLines';
import type { TermEntry } from './terms';

/** A recorded sighting whose quote is on this page. */
export interface RecordedLine {
  id: string;
  /** Already formatted, e.g. "21 Mar 2026". */
  recordedOn: string;
  exact: string;
}

/** Which side of the window the panel docks to (the side the article leaves free). */
export type DockSide = 'left' | 'right';

/** What the panel shows. */
export interface PanelData {
  /** The page's cards, best first. */
  cards: PageCardView[];
  terms: TermEntry[];
  recorded: RecordedLine[];
  /** One line on the date the cards were ranked by, e.g. "Article dated 12 Aug 2025". */
  dateLine?: string;
  /** The page's own sentences the verdict rests on ("Why this page?"). */
  evidence?: string[];
  side?: DockSide;
}

/** Callbacks from the panel to the controller. */
export interface PanelActions {
  onTerm(entry: TermEntry, button: HTMLElement): void;
  onReport(factId: string): void;
  onTurnOffSite(): void;
  /** The route-history map's data, from the background when the reader opens the map. */
  loadRouteMap(): Promise<RouteMapData>;
}

/** How many cards the panel shows before its "more" control. */
export const PANEL_FIRST_CARDS = 7;

const cardsLabel = (n: number) => `${n} context card${n === 1 ? '' : 's'}`;

/** The control and, when expanded, the panel. */
export function Panel(props: { data: PanelData; actions: PanelActions }) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const { data, actions } = props;
  const side = data.side ?? 'right';
  const shown = all ? data.cards : data.cards.slice(0, PANEL_FIRST_CARDS);
  const hidden = data.cards.length - shown.length;
  const routeCards = shown.filter((c) => c.topic === 'route-history');
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        class={`toggle dock-${side}`}
        aria-expanded={open}
        aria-controls="lens-panel"
        onClick={() => setOpen(!open)}
      >
        <span class="dot" aria-hidden="true" />
        {cardsLabel(data.cards.length)}
      </button>
      {open ? (
        <section
          id="lens-panel"
          class={`panel dock-${side}`}
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
          <p class="meta summary">
            {cardsLabel(data.cards.length)} for this page
            {data.dateLine ? ` · ${data.dateLine}` : ''}
          </p>
          {data.evidence && data.evidence.length > 0 ? (
            <details class="why-page">
              <summary>Why this page?</summary>
              <p class="meta">These sentences of the page are about North Korean workers abroad:</p>
              <ul>
                {data.evidence.map((sentence) => (
                  <li key={sentence}>“{sentence}”</li>
                ))}
              </ul>
            </details>
          ) : null}
          <SealedLines
            lines={data.recorded.map((r) => `You recorded this on ${r.recordedOn}: “${r.exact}”`)}
          />
          <ol class="cards" aria-label="Context cards">
            {shown.map((card) => (
              <li key={card.id} data-topic={card.topic}>
                <p class="topic-label">{TOPIC_LABELS[card.topic]}</p>
                <FactCard
                  card={card}
                  why={card.why}
                  headingId={`lens-card-${card.id}`}
                  actions={
                    <button type="button" onClick={() => actions.onReport(card.id)}>
                      Report a sighting
                    </button>
                  }
                />
              </li>
            ))}
          </ol>
          {hidden > 0 ? (
            <button type="button" class="more-cards" onClick={() => setAll(true)}>
              Show {hidden} more card{hidden === 1 ? '' : 's'}
            </button>
          ) : null}
          {routeCards.length > 0 ? (
            <section aria-label="Route map and timeline" class="route-view">
              <h3>Routes on a map</h3>
              <CompactRouteView cards={routeCards} fetchMapData={actions.loadRouteMap} />
            </section>
          ) : null}
          {data.terms.length > 0 ? (
            <details class="term-list">
              <summary>
                Marked terms ({data.terms.length}) — open one beside its place in the article
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
          ) : null}
        </section>
      ) : null}
    </>
  );
}
