/**
 * The one message protocol of the extension, split by direction so that each side sees only
 * the calls it may make. Every handler validates its payload where it enters (see the
 * `handlers` in `entrypoints/background.ts`); senders get typed results.
 *
 * Add a message by extending the map for its direction; the map is the documentation.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { TabReportOutcome } from '@/src/background/context-menu';
import type { CardReason } from '@/src/cards/why';
import type { PageDate, PageDateHints, PageDateSource } from '@/src/dates/page-date';
import type { Lang, Sensitivity, Zone } from '@/src/detect/types';
import type { Sighting } from '@/src/sightings/model';
import type { OutboxEntry } from '@/src/sightings/outbox';
import type { ImportOutcome, WriteResult } from '@/src/sightings/store';
import type { CardView } from '@/src/ui/card-view';
import type { RouteMapData } from '@/src/ui/map/CompactRouteView';

/**
 * What the background keeps about a tab's page (in session storage) and shows from it: the
 * badge counts `cards`, the popup's "This page" lists them in this order with their why lines,
 * and the page's own control says the same number. An irrelevant page is kept as
 * `relevant: false` with no cards, so the popup can say so.
 */
export interface PageReport {
  url: string;
  title: string;
  /** Language of the page text as the detector judged it (`en`, `ko`, `ru`, `zh`, `ja`, `und`). */
  lang: string;
  relevant: boolean;
  /** The page's cards, best first. */
  cards: PageCardRef[];
  /** Number of marked terms on the page. */
  markCount: number;
}

/** A card of a page as the tab state keeps it: the fact, its topic and why it is shown. */
export interface PageCardRef {
  fact: string;
  topic: string;
  why: string;
}

/**
 * A request to open the sighting form for a quote on a page. The form (an extension page)
 * pre-fills itself from it; the user confirms every field before anything is saved.
 */
export interface ReportRequest {
  url: string;
  title: string;
  /** The page's language as the sender judged it; the quote's own script decides first. */
  lang: string;
  /**
   * The quote as a W3C TextQuoteSelector, with its TextPositionSelector offsets in the page
   * text when that text was read (never for a `quoteOnly` request).
   */
  quote: { exact: string; prefix: string; suffix: string; start?: number; end?: number };
  /** SHA-256 (hex) of the page's main text at capture time (of the quote when `quoteOnly`). */
  textSha256: string;
  /** Facts the page matched, offered as related facts in the form. */
  factIds: string[];
  /** The page's own publication date, when it states one (ISO 8601), for inferring years. */
  pageDate?: string;
  /** Where `pageDate` was found; a year is never inferred from a `text-year` guess. */
  pageDateFrom?: PageDateSource;
  /** The fact of the card the report was started from: its date may complete a year. */
  cardFact?: string;
  /**
   * True when only the quote was available (a deep link, the popup without a selection, a
   * page that refuses scripts): the hash then covers the quote alone and there are no offsets.
   * The form says so.
   */
  quoteOnly?: boolean;
}

/**
 * A page's main text for analysis in the background, where the lexicon is compiled once and
 * the fact base lives. Offsets in the answer are offsets into `text`; the content script keeps
 * its text map to turn them into Ranges. The page's URL and title are taken from the message's
 * sender, never from the request.
 */
export interface PageRequest {
  /** The visible main text, at most {@link MAX_PAGE_CHARS} characters. */
  text: string;
  /** Boilerplate zones (offsets into `text`). */
  zones: Zone[];
  sensitivity: Sensitivity;
  /** What the page says about its publication date (meta tags, `<time>`, JSON-LD). */
  dateHints: Omit<PageDateHints, 'text' | 'url'>;
}

/** Longest text a content script sends; the background refuses longer ones. */
export const MAX_PAGE_CHARS = 8_000_000;

/** A term to mark on the page: the span, and the card (fact id) a click on it opens. */
export interface PageMark {
  start: number;
  end: number;
  /** The lexicon's form of the term (the term list groups marks by their page text). */
  term: string;
  strong: boolean;
  card: string;
}

/** A recorded sighting whose quote the page contains, where it is in the page text. */
export interface RecordedMark {
  sightingId: string;
  start: number;
  end: number;
  /** When the sighting was recorded (ISO 8601). */
  recordedAt: string;
}

/** A card of the page: the fact resolved for display, and why the page gets it. */
export interface PageCardView extends CardView {
  why: string;
  reason: CardReason;
}

/**
 * The background's whole answer about a page, in one message: the verdict, the cards in rank
 * order, the terms to mark with the card each opens, and the page's recorded sightings. An
 * irrelevant page gets `relevant: false` and empty lists.
 */
export interface PageAnswer {
  /** The interface language: the overlay speaks it, and the cards are written in it. */
  uiLang: Lang;
  relevant: boolean;
  score: number;
  lang: Lang | 'und';
  /** The date the cards were ranked by, and where it was found; null when the page gives none. */
  pageDate: PageDate | null;
  cards: PageCardView[];
  marks: PageMark[];
  recorded: RecordedMark[];
  /** The sentences the verdict rests on, as offsets into the request's text ("Why this page?"). */
  evidence: Array<{ start: number; end: number }>;
}

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  /** Liveness check used by the browser tests and by the content script's start-up. */
  ping(): 'pong';
  /**
   * Detects over a page's main text, ranks its cards and finds its recorded sightings, and keeps
   * the answer as the sender tab's state (badge, popup). The one conversation about a page: the
   * content script has no lexicon, no fact base and no journal.
   */
  analyzePage(request: PageRequest): PageAnswer;
  /**
   * The page the tab shows stopped being relevant without a new analysis (its text no longer
   * names North Korea after an SPA navigation): the tab's state says so.
   */
  forgetPage(): void;
  /** Opens the sighting form (an extension page) pre-filled from the request. */
  openReport(request: ReportRequest): void;
  /** Gazetteer and country shapes for the route-history card's map, sent only when it is shown. */
  getRouteMapData(): RouteMapData;
  /** The cards `factIds` with their text in `lang`: a card's "read in another language". */
  cardsIn(request: { factIds: string[]; lang: Lang }): CardView[];
}

/** The sharing endpoint and the delivery state of every sighting the user sent. */
export interface SharingState {
  endpoint: string | null;
  outbox: Record<string, OutboxEntry>;
}

/** Calls the popup and extension pages make to the background. */
export interface PageToBackground {
  /** Liveness check used by the browser tests. */
  pagePing(): 'pong';
  /** The last {@link PageReport} of a tab (the active tab when omitted), or null. */
  getTabState(tabId?: number): PageReport | null;
  /**
   * The popup's "Report a sighting" for a tab: opens the form on the tab's selection, or on its
   * address, title and page date when nothing is selected; says which.
   */
  reportFromTab(tabId: number): TabReportOutcome;
  /** The report request stashed for a report window (`report.html?request=ID`), once. */
  takeReportRequest(id: string): ReportRequest | null;
  /** Every sighting in the journal, oldest first. */
  listSightings(): Sighting[];
  /** Stores a new or edited sighting (validated again in the background). */
  saveSighting(sighting: Sighting): WriteResult<Sighting>;
  /** Deletes a sighting and returns it, so the journal can offer undo. */
  deleteSighting(id: string): WriteResult<Sighting>;
  /** Puts a deleted sighting back (undo). */
  restoreSighting(sighting: Sighting): WriteResult<Sighting>;
  /** Imports a JSON export (the file's text): all records or none. */
  importSightings(text: string): ImportOutcome;
  /** The sharing endpoint and outbox. */
  getSharing(): SharingState;
  /** Sets (or clears, with null) the endpoint, after the page obtained its host permission. */
  setSharingEndpoint(endpoint: string | null): WriteResult<string | null>;
  /** Puts a sighting in the outbox for the configured endpoint (the user pressed Send). */
  sendSighting(id: string): WriteResult<OutboxEntry>;
}

/** Messaging bound to {@link ContentToBackground}. */
export const contentToBackground = defineExtensionMessaging<ContentToBackground>();

/** Messaging bound to {@link PageToBackground}. */
export const pageToBackground = defineExtensionMessaging<PageToBackground>();

/** Calls the background makes to a tab's content script. */
export interface BackgroundToContent {
  /**
   * The reader pressed the extension's command (Alt+Shift+L): open the page's panel and move
   * focus into it. Answers false when the page has no panel (no cards).
   */
  openPanel(): boolean;
}

/** Background → content script calls (sent to one tab). */
export const backgroundToContent = defineExtensionMessaging<BackgroundToContent>();
