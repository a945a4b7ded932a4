/**
 * The one message protocol of the extension, split by direction so that each side sees only
 * the calls it may make. Every handler validates its payload where it enters (see the
 * `handlers` in `entrypoints/background.ts`); senders get typed results.
 *
 * Add a message by extending the map for its direction; the map is the documentation.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Detection, Sensitivity, Zone } from '@/src/detect/types';
import type { Sighting } from '@/src/sightings/model';
import type { OutboxEntry } from '@/src/sightings/outbox';
import type { ImportOutcome, WriteResult } from '@/src/sightings/store';
import type { CardView } from '@/src/ui/card-view';
import type { RouteMapData } from '@/src/ui/map/CompactRouteView';

/**
 * What a content script tells the background about its page after detection: the badge and
 * the popup's "This page" list are drawn from it. An irrelevant page reports `relevant: false`
 * with no facts, which clears any earlier state for the tab (SPA navigation).
 */
export interface PageReport {
  url: string;
  title: string;
  /** Language of the page text as the detector judged it (`en`, `ko`, `ru`, `zh`, `ja`, `und`). */
  lang: string;
  relevant: boolean;
  /** Fact ids the page matched, most relevant first. */
  factIds: string[];
  /** Topic ids the page matched. */
  topics: string[];
  /** Number of highlighted term matches. */
  matchCount: number;
}

/**
 * A request to open the sighting form for a quote on a page. The form (an extension page)
 * pre-fills itself from it; the user confirms every field before anything is saved.
 */
export interface ReportRequest {
  url: string;
  title: string;
  lang: string;
  /** The quote as a W3C TextQuoteSelector plus its TextPositionSelector offsets in the page text. */
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** SHA-256 (hex) of the page's main text at capture time. */
  textSha256: string;
  /** Facts the page matched, offered as related facts in the form. */
  factIds: string[];
  /** The page's own publication date, when it states one (ISO 8601), for inferring years. */
  pageDate?: string;
  /**
   * True when only the quote was available (a deep link, a page that refuses scripts): the
   * hash then covers the quote alone and the offsets are within it. The form says so.
   */
  quoteOnly?: boolean;
}

/**
 * A page's main text for detection in the background, where the lexicon is compiled once and
 * stays warm across pages. Offsets in the answer are offsets into `text`; the content script
 * keeps its text map to turn them into Ranges.
 */
export interface DetectRequest {
  /** The visible main text, at most {@link MAX_DETECT_CHARS} characters. */
  text: string;
  /** Boilerplate zones (offsets into `text`). */
  zones: Zone[];
  sensitivity: Sensitivity;
}

/** Longest text a content script sends for detection; the background refuses longer ones. */
export const MAX_DETECT_CHARS = 8_000_000;

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  /** Liveness check used by the browser tests and by the content script's start-up. */
  ping(): 'pong';
  /** Runs the detector over a page's main text (the content script has no lexicon). */
  detectPage(request: DetectRequest): Detection;
  /** The page's detection result; the sender's tab id comes from the message sender. */
  pageDetected(report: PageReport): void;
  /**
   * Context cards for fact ids, in that order, with place names in the page's language. The
   * overlay asks for them so that the fact base stays out of the content script's bundle.
   */
  getFactCards(request: { factIds: string[]; lang: string }): CardView[];
  /** Opens the sighting form (an extension page) pre-filled from the request. */
  openReport(request: ReportRequest): void;
  /** Quotes of recorded sightings, for re-anchoring "You recorded this on DATE" on a page. */
  getSightingQuotes(): SightingQuote[];
  /** Gazetteer and country shapes for the route-history card's map, sent only when it is shown. */
  getRouteMapData(): RouteMapData;
}

/** What the content script needs to find a recorded sighting's quote again on a page. */
export interface SightingQuote {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** ISO time the sighting was recorded. */
  createdAt: string;
  /** The observed date as stored (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  observedDate: string;
  /** The page the quote was taken from and its position there: a same-page re-anchor is exact. */
  url: string;
  start: number;
  end: number;
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
