/**
 * The overlay side of the lens: panel data, cards fetched from the background (the fact base
 * is not bundled into the content script), the floating card opened by a click on a
 * highlighted term or from the panel's term list, focus return, and "Report a sighting".
 */
import type { ReportRequest, SightingQuote } from '@/src/messaging/protocol';
import type { FloatingState } from '@/src/overlay/FloatingCard';
import { mountOverlay, type Overlay } from '@/src/overlay/mount';
import type { PanelData, RecordedLine } from '@/src/overlay/Panel';
import { reportQuoteAround, sha256Hex } from '@/src/overlay/report-quote';
import { nextOccurrence, type TermEntry, termEntries } from '@/src/overlay/terms';
import { anchorQuote } from '@/src/quote/anchor';
import type { CardView } from '@/src/ui/card-view';
import { formatDatePoint } from '@/src/ui/format-date';
import type { RouteMapData } from '@/src/ui/map/CompactRouteView';
import type { Highlighter } from './highlighter';
import { rangeIndexAtPoint } from './hit-test';
import { isFromHost, type OverlayHost } from './host';
import type { LensUiHandle } from './lens';
import { type RelevantScan, wordEnd } from './scan';

/** What the overlay asks of the background (through the content script's messaging). */
export interface UiDeps {
  fetchCards(factIds: string[], lang: string): Promise<CardView[]>;
  fetchSightingQuotes(): Promise<SightingQuote[]>;
  /** Gazetteer and shapes for the route-history card's map, asked for when it is opened. */
  fetchRouteMapData(): Promise<RouteMapData>;
  openReport(request: ReportRequest): void;
  turnOffSite(): void;
}

/** Lowest re-anchoring score (0..1) at which an edited recorded quote still counts as found. */
const MIN_ANCHOR_SCORE = 0.75;

interface OpenCard {
  matchIndex: number;
  restoreFocus: Element | null;
}

/** Overlay state and behaviour for one mounted host. */
export class LensUi implements LensUiHandle {
  private readonly overlay: Overlay;
  private readonly cards = new Map<string, CardView>();
  private scan: RelevantScan | null = null;
  private panel: PanelData = { cardCount: 0, cards: [], terms: [], recorded: [] };
  private open: OpenCard | null = null;
  private floatingSeq = 0;
  private generation = 0;
  private quotes: Promise<SightingQuote[]> | null = null;
  private readonly onClick = (event: MouseEvent) => this.handleClick(event);

  constructor(
    private readonly doc: Document,
    host: OverlayHost,
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
      },
      this.panel,
    );
    doc.addEventListener('click', this.onClick, true);
  }

  /** Shows a new scan; `generation` guards late card and sighting answers. */
  show(scan: RelevantScan, generation: number): void {
    this.scan = scan;
    this.generation = generation;
    const { detection, map } = scan;
    this.panel = {
      cardCount: detection.facts.length,
      cards: this.cardsFor(detection.facts),
      terms: termEntries(
        map.text,
        detection.matches.map((m) => ({ ...m, end: wordEnd(map.text, m.end) })),
      )
        .map((entry) => ({
          ...entry,
          occurrences: entry.occurrences.filter((i) => scan.ranges[i]),
        }))
        .filter((entry) => entry.occurrences.length > 0),
      recorded: this.panel.recorded,
    };
    this.overlay.setPanel(this.panel);
    if (this.open && !scan.ranges[this.open.matchIndex]) this.closeCard();
    const missing = detection.facts.filter((id) => !this.cards.has(id));
    if (missing.length > 0) void this.loadCards(missing, detection.lang, generation);
    void this.loadRecorded(generation);
  }

  /** Unmounts the UI and stops listening to the page. */
  destroy(): void {
    this.doc.removeEventListener('click', this.onClick, true);
    this.overlay.destroy();
    this.highlighter?.setActive(null);
  }

  private cardsFor(ids: readonly string[]): CardView[] {
    return ids.flatMap((id) => this.cards.get(id) ?? []);
  }

  private async loadCards(ids: string[], lang: string, generation: number): Promise<void> {
    const cards = await this.deps.fetchCards(ids, lang).catch(() => [] as CardView[]);
    for (const card of cards) this.cards.set(card.id, card);
    if (generation !== this.generation || !this.scan) return;
    this.panel = { ...this.panel, cards: this.cardsFor(this.scan.detection.facts) };
    this.overlay.setPanel(this.panel);
    if (this.open) this.openCard(this.open.matchIndex, this.open.restoreFocus);
  }

  private async loadRecorded(generation: number): Promise<void> {
    // Asked once per mounted overlay: rescans of a busy page must not message on every batch.
    this.quotes ??= this.deps.fetchSightingQuotes().catch(() => []);
    const quotes = await this.quotes;
    if (generation !== this.generation || !this.scan) return;
    const text = this.scan.map.text;
    const here = this.doc.location.href;
    // Exact quotes anywhere; fuzzy re-anchoring (edited wording) only for quotes recorded on
    // this very URL, so many journal entries cost one substring search each.
    const recorded: RecordedLine[] = quotes
      .filter(
        (q) =>
          q.exact.length > 0 &&
          (text.includes(q.exact) ||
            (q.url === here && (anchorQuote(text, q)?.score ?? 0) >= MIN_ANCHOR_SCORE)),
      )
      .map((q) => ({
        id: q.id,
        exact: q.exact,
        recordedOn: formatDatePoint(q.createdAt.slice(0, 10), 'day'),
      }));
    this.panel = { ...this.panel, recorded };
    this.overlay.setPanel(this.panel);
  }

  private handleClick(event: MouseEvent): void {
    if (!this.scan || event.button !== 0 || isFromHost(event)) return;
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
    const index = nextOccurrence(entry, this.open?.matchIndex ?? null);
    const range = this.scan?.ranges[index];
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.openCard(index, button);
  }

  private openCard(matchIndex: number, restoreFocus: Element | null): void {
    const scan = this.scan;
    const match = scan?.detection.matches[matchIndex];
    const range = scan?.ranges[matchIndex];
    if (!scan || !match || !range) return;
    const ids = match.factIds.length > 0 ? match.factIds : scan.detection.facts.slice(0, 1);
    this.open = { matchIndex, restoreFocus };
    this.highlighter?.setActive(range);
    const state: FloatingState = {
      id: ++this.floatingSeq,
      term: range.toString(),
      range,
      cards: this.cardsFor(ids),
    };
    this.overlay.setFloating(state);
    const missing = ids.filter((id) => !this.cards.has(id));
    if (missing.length > 0) void this.loadCards(missing, scan.detection.lang, this.generation);
  }

  private closeCard(): void {
    const restore = this.open?.restoreFocus;
    this.open = null;
    this.highlighter?.setActive(null);
    this.overlay.setFloating(null);
    if (restore instanceof HTMLElement || restore instanceof SVGElement) {
      if (restore.isConnected) restore.focus({ preventScroll: true });
    }
  }

  private async report(factId: string): Promise<void> {
    const scan = this.scan;
    if (!scan) return;
    const { matches, facts, lang } = scan.detection;
    const openMatch = this.open ? matches[this.open.matchIndex] : undefined;
    const anchor =
      (openMatch?.factIds.includes(factId) ? openMatch : undefined) ??
      matches.find((m, i) => m.factIds.includes(factId) && scan.ranges[i]) ??
      matches[0];
    if (!anchor) return;
    const request: ReportRequest = {
      url: this.doc.location.href,
      title: this.doc.title,
      lang,
      quote: reportQuoteAround(scan.map.text, anchor.start, anchor.end),
      textSha256: await sha256Hex(scan.map.text),
      factIds: [factId, ...facts.filter((id) => id !== factId)],
    };
    this.deps.openReport(request);
  }
}
