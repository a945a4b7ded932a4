/**
 * The overlay side of the lens: panel data drawn from the background's answer (cards in rank
 * order, the marked terms, recorded sightings found on the page), the floating card opened by a
 * click on a marked term or from the panel's term list, focus return, and "Report a sighting".
 * Every card comes with the answer, so nothing is fetched when a card opens.
 */
import { translate } from '@/src/i18n/translate';
import type { ReportRequest } from '@/src/messaging/protocol';
import type { FloatingState } from '@/src/overlay/FloatingCard';
import { mountOverlay, type Overlay, type OverlayData } from '@/src/overlay/mount';
import type { RecordedLine } from '@/src/overlay/Panel';
import { pageDateLine } from '@/src/overlay/page-date-line';
import { reportQuoteAround, sha256Hex } from '@/src/overlay/report-quote';
import { nextOccurrence, type TermEntry, termEntries } from '@/src/overlay/terms';
import type { CardView } from '@/src/ui/card-view';
import { formatDatePoint } from '@/src/ui/format-date';
import type { RouteMapData } from '@/src/ui/map/CompactRouteView';
import type { Lang } from '@/src/vocabulary';
import { freeSide } from './dock';
import type { Highlighter } from './highlighter';
import { rangeIndexAtPoint } from './hit-test';
import type { OverlayHost } from './host';
import type { LensUiHandle } from './lens';
import { type RelevantScan, wordEnd } from './scan';

/** What the overlay asks of the background (through the content script's messaging). */
export interface UiDeps {
  /** Gazetteer and shapes for the route-history card's map, asked for when it is opened. */
  fetchRouteMapData(): Promise<RouteMapData>;
  openReport(request: ReportRequest): void;
  turnOffSite(): void;
  /** Cards with their text in another language (a card's language switch). */
  cardsIn?(factIds: string[], lang: Lang): Promise<CardView[]>;
}

interface OpenCard {
  markIndex: number;
  restoreFocus: Element | null;
}

const EMPTY_PANEL: OverlayData = { cards: [], terms: [], recorded: [] };

/**
 * True inside text the user edits (a rich-text editor, a form field): a click there places the
 * caret and must not open a card, which would take the focus away from the typing.
 */
function inEditable(target: EventTarget | null): boolean {
  const element =
    target instanceof Node ? (target instanceof Element ? target : target.parentElement) : null;
  if (!element) return false;
  if (element.ownerDocument.designMode === 'on') return true;
  return (
    (element as HTMLElement).isContentEditable === true ||
    element.closest('input, textarea, select') !== null
  );
}

/** Overlay state and behaviour for one mounted host. */
export class LensUi implements LensUiHandle {
  private readonly overlay: Overlay;
  private scan: RelevantScan | null = null;
  private panel: OverlayData = EMPTY_PANEL;
  /** The page address last announced to screen readers: one announcement per page. */
  private announcedFor: string | null = null;
  private openSeq = 0;
  private open: OpenCard | null = null;
  private floatingSeq = 0;
  private readonly onClick = (event: MouseEvent) => this.handleClick(event);
  /** Esc closes an open card wherever focus is (the page, after a click on a mark). */
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.isTrusted === false) return;
    if (event.key === 'Escape' && this.open && !event.defaultPrevented) this.closeCard();
  };

  constructor(
    private readonly doc: Document,
    private readonly host: OverlayHost,
    private readonly deps: UiDeps,
    private readonly highlighter: Highlighter | null,
  ) {
    this.overlay = mountOverlay(
      host.container,
      {
        onTerm: (entry, button) => this.activateTerm(entry, button),
        onReport: (factId) => void this.report(factId),
        onTurnOffSite: () => deps.turnOffSite(),
        loadRouteMap: () => deps.fetchRouteMapData(),
        onCloseCard: () => this.closeCard(),
        readCardIn: deps.cardsIn
          ? async (factId, lang) => {
              const [card] = (await deps.cardsIn?.([factId], lang)) ?? [];
              if (!card) throw new Error(`No card ${factId} in ${lang}`);
              return card;
            }
          : undefined,
      },
      this.panel,
    );
    doc.addEventListener('click', this.onClick, true);
    doc.addEventListener('keydown', this.onKey);
  }

  /** Shows a new scan (the generation is the lens's; the answer already belongs to it). */
  show(scan: RelevantScan, _generation: number): void {
    this.scan = scan;
    const { answer, map } = scan;
    const lang = answer.uiLang;
    const address = this.doc.location.href.split('#', 1)[0] ?? '';
    const announce = answer.cards.length > 0 && this.announcedFor !== address;
    if (announce) this.announcedFor = address;
    this.panel = {
      lang,
      pageLang: answer.lang,
      announcement: announce
        ? translate(lang, 'panel.announce', { count: answer.cards.length })
        : this.panel.announcement,
      openRequest: this.panel.openRequest,
      cards: answer.cards,
      terms: termEntries(
        map.text,
        answer.marks.map((m) => ({ start: m.start, end: wordEnd(map.text, m.end), card: m.card })),
      )
        .map((entry) => ({
          ...entry,
          occurrences: entry.occurrences.filter((i) => scan.ranges[i]),
        }))
        .filter((entry) => entry.occurrences.length > 0),
      termsUncoloured: this.highlighter ? !this.highlighter.coloured : false,
      recorded: answer.recorded.map(
        (r): RecordedLine => ({
          id: r.sightingId,
          exact: map.text.slice(r.start, r.end),
          recordedOn: formatDatePoint(r.recordedAt.slice(0, 10), 'day', lang),
        }),
      ),
      dateLine: pageDateLine(answer.pageDate, lang),
      evidence: answer.evidence.map((e) => map.text.slice(e.start, e.end)),
      side: freeSide(this.doc, scan.ranges),
    };
    this.overlay.setPanel(this.panel);
    if (this.open) {
      // The same card again over the new scan's range, without taking focus: the page changed
      // (the user may be typing in it), the user did not ask for the card.
      if (scan.ranges[this.open.markIndex])
        this.openCard(this.open.markIndex, this.open.restoreFocus, false);
      else this.closeCard();
    }
  }

  /**
   * Opens the panel and moves focus into it (the extension's command); Esc gives focus back to
   * what had it. False when the page has no cards, so there is no panel to open.
   */
  openPanel(): boolean {
    if (this.panel.cards.length === 0) return false;
    this.panel = {
      ...this.panel,
      openRequest: { seq: ++this.openSeq, returnFocus: this.doc.activeElement },
    };
    this.overlay.setPanel(this.panel);
    return true;
  }

  /** Unmounts the UI and stops listening to the page. */
  destroy(): void {
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('keydown', this.onKey);
    this.overlay.destroy();
    this.highlighter?.setActive(null);
  }

  private handleClick(event: MouseEvent): void {
    // Only the user's own clicks: a page script cannot open cards by faking them.
    if (!this.scan || event.isTrusted === false || event.button !== 0) return;
    if (this.host.contains(event) || inEditable(event.target)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const { ranges, painted } = this.scan;
    const live = ranges.filter((r, i): r is Range => r !== null && painted[i] === true);
    const hit = rangeIndexAtPoint(this.doc, live, event.clientX, event.clientY);
    if (hit < 0) return;
    this.openCard(ranges.indexOf(live[hit] as Range), this.doc.activeElement);
  }

  private activateTerm(entry: TermEntry, button: HTMLElement): void {
    const index = nextOccurrence(entry, this.open?.markIndex ?? null);
    const range = this.scan?.ranges[index];
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.openCard(index, button);
  }

  /** Opens the card of mark `markIndex` beside it: the mark's own card, never another. */
  private openCard(markIndex: number, restoreFocus: Element | null, focus = true): void {
    const scan = this.scan;
    const mark = scan?.answer.marks[markIndex];
    const range = scan?.ranges[markIndex];
    const card = scan?.answer.cards.find((c) => c.id === mark?.card);
    if (!scan || !mark || !range || !card) return;
    this.open = { markIndex, restoreFocus };
    this.highlighter?.setActive(range);
    if (this.panel.termsUncoloured && this.highlighter?.coloured) {
      this.panel = { ...this.panel, termsUncoloured: false };
      this.overlay.setPanel(this.panel);
    }
    const state: FloatingState = {
      id: ++this.floatingSeq,
      term: range.toString(),
      range,
      card,
      focus,
    };
    this.overlay.setFloating(state);
  }

  private closeCard(): void {
    const restore = this.open?.restoreFocus;
    this.open = null;
    this.highlighter?.setActive(null);
    this.overlay.setFloating(null);
    // Focus goes back only when it was ours (in the overlay, or nowhere): never taken from a
    // field the user has since moved to.
    const active = this.doc.activeElement;
    if (active && active !== this.doc.body && active !== this.host.element) return;
    if (restore instanceof HTMLElement || restore instanceof SVGElement) {
      if (restore.isConnected) restore.focus({ preventScroll: true });
    }
  }

  private async report(factId: string): Promise<void> {
    const scan = this.scan;
    if (!scan) return;
    const { marks, cards, lang, pageDate } = scan.answer;
    const openMark = this.open ? marks[this.open.markIndex] : undefined;
    const anchor =
      (openMark?.card === factId ? openMark : undefined) ??
      marks.find((m, i) => m.card === factId && scan.ranges[i]) ??
      marks[0];
    if (!anchor) return;
    const request: ReportRequest = {
      url: this.doc.location.href,
      title: this.doc.title,
      lang,
      quote: reportQuoteAround(scan.map.text, anchor.start, anchor.end),
      textSha256: await sha256Hex(scan.map.text),
      factIds: [factId, ...cards.map((c) => c.id).filter((id) => id !== factId)],
      ...(pageDate ? { pageDate: pageDate.date, pageDateFrom: pageDate.source } : {}),
      cardFact: factId,
    };
    this.deps.openReport(request);
  }
}
