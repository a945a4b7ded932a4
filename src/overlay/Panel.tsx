/**
 * The page's control and the panel it opens. Collapsed, the control is a slim tab at the edge;
 * open, the panel docks to the side of the window the article does not use, or becomes a bottom
 * sheet in a narrow window, so it never covers the text being read. The panel lists the page's
 * best cards in rank order, each with why it is shown, then a "more" control for the rest, the
 * recorded sightings found on the page (in a closed shadow root: see `SealedLines.tsx`) and the
 * marked terms (a keyboard route to every mark).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageCardView } from '@/src/messaging/protocol';
import { moveFocusByArrows } from '@/src/ui/arrow-focus';
import type { CardView } from '@/src/ui/card-view';
import { FactCard } from '@/src/ui/FactCard';
import { useI18n } from '@/src/ui/i18n';
import { CompactRouteView, type RouteMapData } from '@/src/ui/map/CompactRouteView';
import type { Lang } from '@/src/vocabulary';
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
  /** The terms are marked but not yet coloured (a huge page): the list says so. */
  termsUncoloured?: boolean;
  recorded: RecordedLine[];
  /** One line on the date the cards were ranked by, e.g. "Article dated 12 Aug 2025". */
  dateLine?: string;
  /** The page's own sentences the verdict rests on ("Why this page?"). */
  evidence?: string[];
  /** The page's language, for its quoted sentences and terms (`und` when unknown). */
  pageLang?: string;
  side?: DockSide;
  /**
   * Bumped by the controller to open the panel from outside (the extension's command), with
   * the element to give focus back to when it closes.
   */
  openRequest?: { seq: number; returnFocus: Element | null };
}

/** Callbacks from the panel to the controller. */
export interface PanelActions {
  onTerm(entry: TermEntry, button: HTMLElement): void;
  onReport(factId: string): void;
  onTurnOffSite(): void;
  /** The route-history map's data, from the background when the reader opens the map. */
  loadRouteMap(): Promise<RouteMapData>;
  /** A card with its text in another language (the card's language switch). */
  readCardIn?(factId: string, lang: Lang): Promise<CardView>;
}

/**
 * How long "Off on this site" waits, showing Undo where the button was, before it acts: the
 * overlay goes away when the site is off, so the undo has to come first.
 */
export const SITE_OFF_UNDO_MS = 5000;

/** How many cards the panel shows before its "more" control. */
export const PANEL_FIRST_CARDS = 7;

/** The control and, when expanded, the panel. */
export function Panel(props: {
  data: PanelData;
  actions: PanelActions;
  /**
   * Closes the card open beside a term, if one is: Esc closes that card first, then the panel,
   * wherever focus is (the card takes focus only once it is placed).
   */
  closeOpenCard?: () => boolean;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus goes when the panel closes: the toggle, or what had it before the command.
  const returnFocus = useRef<Element | null>(null);
  const request = props.data.openRequest;
  useEffect(() => {
    if (!request) return;
    returnFocus.current = request.returnFocus;
    setOpen(true);
    // After the panel has rendered.
    requestAnimationFrame(() => heading.current?.focus());
  }, [request?.seq]);
  const [turningOff, setTurningOff] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const { data, actions } = props;
  const turnOff = useRef(actions.onTurnOffSite);
  turnOff.current = actions.onTurnOffSite;
  useEffect(() => {
    if (!turningOff) return;
    undoButton.current?.focus();
    const timer = setTimeout(() => turnOff.current(), SITE_OFF_UNDO_MS);
    return () => clearTimeout(timer);
  }, [turningOff]);
  const side = data.side ?? 'right';
  const shown = all ? data.cards : data.cards.slice(0, PANEL_FIRST_CARDS);
  const hidden = data.cards.length - shown.length;
  const routeCards = shown.filter((c) => c.topic === 'route-history');
  const close = () => {
    setOpen(false);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    else toggle.current?.focus();
  };
  const readIn = actions.readCardIn;
  return (
    <>
      <button
        ref={toggle}
        type="button"
        class={`toggle dock-${side}`}
        aria-expanded={open}
        aria-controls="lens-panel"
        lang={lang}
        onClick={() => {
          returnFocus.current = null;
          setOpen(!open);
        }}
      >
        <span class="dot" aria-hidden="true" />
        {t('panel.cards', { count: data.cards.length })}
      </button>
      {open ? (
        <section
          ref={panel}
          id="lens-panel"
          class={`panel dock-${side}`}
          aria-label={t('ext.name')}
          lang={lang}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              if (!props.closeOpenCard?.()) close();
            }
          }}
        >
          <header>
            <h2 ref={heading} tabIndex={-1}>
              {t('ext.name')}
            </h2>
            {turningOff ? (
              <span class="site-off" role="status">
                {t('panel.turningOff')}{' '}
                <button ref={undoButton} type="button" onClick={() => setTurningOff(false)}>
                  {t('panel.undo')}
                </button>
              </span>
            ) : (
              <button type="button" class="site-off" onClick={() => setTurningOff(true)}>
                {t('panel.offOnSite')}
              </button>
            )}
            <button type="button" aria-label={t('panel.close')} onClick={close}>
              ×
            </button>
          </header>
          <p class="meta summary">
            {t('panel.cardsForPage', { count: data.cards.length })}
            {data.dateLine ? ` · ${data.dateLine}` : ''}
          </p>
          {data.evidence && data.evidence.length > 0 ? (
            <details class="why-page">
              <summary>{t('panel.whyPage')}</summary>
              <p class="meta">{t('panel.whyPageIntro')}</p>
              <ul>
                {data.evidence.map((sentence) => (
                  <li key={sentence}>
                    <q lang={data.pageLang}>{sentence}</q>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <SealedLines
            lines={data.recorded.map((r) =>
              t('panel.recorded', { date: r.recordedOn, quote: t('quote', { text: r.exact }) }),
            )}
          />
          <ol
            class="cards"
            aria-label={t('panel.cardList')}
            onKeyDown={(event) =>
              moveFocusByArrows(event, event.currentTarget, ':scope > li > article.card')
            }
          >
            {shown.map((card) => (
              <li key={card.id} data-topic={card.topic}>
                <p class="topic-label">{t(`topic.${card.topic}`)}</p>
                <FactCard
                  card={card}
                  why={card.why}
                  headingId={`lens-card-${card.id}`}
                  focusable
                  readIn={readIn ? (to) => readIn(card.id, to) : undefined}
                  actions={
                    <button type="button" onClick={() => actions.onReport(card.id)}>
                      {t('panel.report')}
                    </button>
                  }
                />
              </li>
            ))}
          </ol>
          {hidden > 0 ? (
            <button type="button" class="more-cards" onClick={() => setAll(true)}>
              {t('panel.showMore', { count: hidden })}
            </button>
          ) : null}
          {routeCards.length > 0 ? (
            <section aria-label={t('panel.routeSection')} class="route-view">
              <h3>{t('panel.routes')}</h3>
              <CompactRouteView cards={routeCards} fetchMapData={actions.loadRouteMap} />
            </section>
          ) : null}
          {data.terms.length > 0 ? (
            <details class="term-list">
              <summary>{t('panel.terms', { count: data.terms.length })}</summary>
              {data.termsUncoloured ? <p class="terms-note">{t('panel.termsUncoloured')}</p> : null}
              <ul
                class="terms"
                onKeyDown={(event) =>
                  moveFocusByArrows(event, event.currentTarget, ':scope > li > button')
                }
              >
                {data.terms.map((entry) => (
                  <li key={entry.key}>
                    <button
                      type="button"
                      lang={data.pageLang}
                      onClick={(event) => actions.onTerm(entry, event.currentTarget)}
                    >
                      {entry.label}
                      {entry.occurrences.length > 1 ? (
                        <span class="count" lang={lang}>
                          <span aria-hidden="true">×{entry.occurrences.length}</span>
                          <span class="visually-hidden">
                            {t('panel.termCount', { count: entry.occurrences.length })}
                          </span>
                        </span>
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
