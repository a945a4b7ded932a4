/**
 * The one message protocol of the extension, split by direction so that each side sees only
 * the calls it may make. Every handler validates its payload where it enters (see the
 * `handlers` in `entrypoints/background.ts`); senders get typed results.
 *
 * Add a message by extending the map for its direction; the map is the documentation.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  /** Liveness check used by the browser tests and by the content script's start-up. */
  ping(): 'pong';
}

/** Calls the popup and extension pages make to the background. */
export interface PageToBackground {
  /** Liveness check used by the browser tests. */
  pagePing(): 'pong';
}

/** Messaging bound to {@link ContentToBackground}. */
export const contentToBackground = defineExtensionMessaging<ContentToBackground>();

/** Messaging bound to {@link PageToBackground}. */
export const pageToBackground = defineExtensionMessaging<PageToBackground>();
