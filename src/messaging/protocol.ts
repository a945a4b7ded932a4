/**
 * The one message protocol of the extension, split by direction so that each side sees only
 * the calls it may make. Every handler validates its payload where it enters (see the
 * `handlers` in `entrypoints/background.ts`); senders get typed results.
 *
 * Add a message by extending the map for its direction; the map is the documentation.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

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
}

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  /** Liveness check used by the browser tests and by the content script's start-up. */
  ping(): 'pong';
  /** The page's detection result; the sender's tab id comes from the message sender. */
  pageDetected(report: PageReport): void;
  /** Opens the sighting form (an extension page) pre-filled from the request. */
  openReport(request: ReportRequest): void;
}

/** Calls the popup and extension pages make to the background. */
export interface PageToBackground {
  /** Liveness check used by the browser tests. */
  pagePing(): 'pong';
  /** The last {@link PageReport} of a tab (the active tab when omitted), or null. */
  getTabState(tabId?: number): PageReport | null;
}

/** Messaging bound to {@link ContentToBackground}. */
export const contentToBackground = defineExtensionMessaging<ContentToBackground>();

/** Messaging bound to {@link PageToBackground}. */
export const pageToBackground = defineExtensionMessaging<PageToBackground>();
