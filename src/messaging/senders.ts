/**
 * Who may send which message. Both maps of the protocol share one `runtime.onMessage`, so
 * without a check any context of the extension could make any call: a content script (which
 * runs next to untrusted page code) could save a sighting or change the sharing endpoint. The
 * background checks every message's sender, which the browser fills in and no page can forge,
 * against the map its type belongs to:
 *
 * - `PageToBackground` only from the extension's own pages (popup, journal, report form,
 *   settings): the sender's URL is on the extension's origin, and so is its tab's, when it is
 *   in a tab (never an extension page framed inside a web page).
 * - `ContentToBackground` only from the content script in the top frame of a tab showing an
 *   http(s) page. The content script runs in top frames only (`allFrames: false`): the tab's
 *   state, its badge and the popup describe the page the tab shows, not an ad or an embed.
 *
 * Pure: the extension's id and origin are passed in.
 */

/** The parts of `runtime.MessageSender` the checks read (Chrome and Firefox fill them in). */
export interface MessageSenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** URL of the sending document (the frame's, for a content script). */
  url?: string;
  /** The tab the message came from, when it came from one. */
  tab?: { id?: number; url?: string };
  /** The frame within that tab; 0 is the top frame. */
  frameId?: number;
  /** Firefox only: `content_child` for content scripts, `addon_child` for extension pages. */
  envType?: string;
}

/** This extension, as the checks compare senders with it. */
export interface SelfInfo {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('')` without its trailing slash: `chrome-extension://…`, `moz-extension://…`. */
  origin: string;
}

/** Which contexts a map of the protocol admits. */
export type SenderKind = 'extension-page' | 'content-script';

function onOrigin(url: string | undefined, origin: string): boolean {
  return typeof url === 'string' && url.startsWith(`${origin}/`);
}

/** True when the sender is one of this extension's own pages, not framed inside a web page. */
export function isExtensionPageSender(sender: MessageSenderInfo, self: SelfInfo): boolean {
  if (sender.id !== self.id || !onOrigin(sender.url, self.origin)) return false;
  if (sender.envType !== undefined && sender.envType !== 'addon_child') return false;
  const tabUrl = sender.tab?.url;
  return tabUrl === undefined || tabUrl === '' || onOrigin(tabUrl, self.origin);
}

/** True when the sender is this extension's content script in the top frame of an http(s) tab. */
export function isTopFrameContentScript(sender: MessageSenderInfo, self: SelfInfo): boolean {
  if (sender.id !== self.id) return false;
  if (sender.envType !== undefined && sender.envType !== 'content_child') return false;
  if (typeof sender.tab?.id !== 'number' || sender.frameId !== 0) return false;
  return typeof sender.url === 'string' && /^https?:\/\//i.test(sender.url);
}

/** Whether `sender` may send a message of a map that admits `kind`. */
export function senderAllowed(
  kind: SenderKind,
  sender: MessageSenderInfo,
  self: SelfInfo,
): boolean {
  return kind === 'extension-page'
    ? isExtensionPageSender(sender, self)
    : isTopFrameContentScript(sender, self);
}

/** The error a refused sender gets back: the message and who may send it. */
export class RefusedSenderError extends Error {
  constructor(type: string, kind: SenderKind) {
    super(
      `Refused "${type}": it is accepted only from ${
        kind === 'extension-page'
          ? "the extension's own pages"
          : "the extension's content script in a tab's top frame"
      }.`,
    );
    this.name = 'RefusedSenderError';
  }
}
