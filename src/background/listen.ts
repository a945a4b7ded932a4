/**
 * The only way background code registers a message handler: each map of the protocol through
 * its own function, which refuses senders the map does not admit (`src/messaging/senders.ts`)
 * before the handler runs. Handlers get the payload as `unknown`, so each must check it before
 * use (valibot schemas, where it enters); the protocol's types describe what a well-behaved
 * sender sends, not what arrives.
 */
import type { ExtensionMessenger, GetReturnType, MaybePromise } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import {
  type ContentToBackground,
  contentToBackground,
  type PageToBackground,
  pageToBackground,
} from '@/src/messaging/protocol';
import {
  type MessageSenderInfo,
  RefusedSenderError,
  type SelfInfo,
  type SenderKind,
  senderAllowed,
} from '@/src/messaging/senders';

/** What a handler gets: the unchecked payload and the sender the browser filled in. */
export interface IncomingMessage {
  data: unknown;
  sender: MessageSenderInfo & { tab?: { id?: number; url?: string; title?: string } };
}

/** Registers a handler of one message type; returns the function that removes it. */
export type GuardedOnMessage<P extends object> = <T extends keyof P & string>(
  type: T,
  handler: (message: IncomingMessage) => MaybePromise<GetReturnType<P[T]>>,
) => () => void;

/** Wraps a messenger's `onMessage` so that only senders of `kind` reach the handlers. */
export function guardedOnMessage<P extends object>(
  messenger: Pick<ExtensionMessenger<P & Record<string, unknown>>, 'onMessage'>,
  kind: SenderKind,
  self: () => SelfInfo,
): GuardedOnMessage<P> {
  return (type, handler) =>
    messenger.onMessage(type, (message) => {
      const sender = message.sender as IncomingMessage['sender'];
      if (!senderAllowed(kind, sender, self())) throw new RefusedSenderError(type, kind);
      return handler({ data: message.data as unknown, sender });
    });
}

/** This extension's id and origin, as senders are compared with them. */
function selfInfo(): SelfInfo {
  const root = (browser.runtime.getURL as (path: string) => string)('/');
  return { id: browser.runtime.id, origin: root.replace(/\/$/, '') };
}

/** Handlers of {@link ContentToBackground}: the content script in a tab's top frame only. */
export const onContentMessage: GuardedOnMessage<ContentToBackground> = guardedOnMessage(
  contentToBackground,
  'content-script',
  selfInfo,
);

/** Handlers of {@link PageToBackground}: the extension's own pages only. */
export const onPageMessage: GuardedOnMessage<PageToBackground> = guardedOnMessage(
  pageToBackground,
  'extension-page',
  selfInfo,
);
