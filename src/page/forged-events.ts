/**
 * WXT signals within a content script, and between an old and a new instance of it, with DOM
 * events whose names anyone can work out (`<extension id>:<entry point>:wxt:<name>`; the id of
 * a store extension is public), and DOM events cross script worlds: a page could dispatch them
 * itself. A forged "content script started" event would make WXT shut the running instance down
 * (as it does when an updated extension starts a new one); a forged "location changed" event
 * would make the lens clear and rescan the page, as often as the page liked.
 */

/**
 * Stops forged "content script started" events (`type`) before WXT's listener on the document
 * sees them. While this instance's extension context is alive (`alive`), no newer instance can
 * be replacing it, so every such event is forged; once the context is gone (the extension was
 * updated or reloaded), the real event of the new instance passes and WXT shuts this one down.
 * Returns the function that removes the filter.
 */
export function blockForgedStartEvents(
  win: Window,
  type: string,
  alive: () => boolean,
): () => void {
  const filter = (event: Event) => {
    if (alive()) event.stopImmediatePropagation();
  };
  win.addEventListener(type, filter, true);
  return () => win.removeEventListener(type, filter, true);
}

/**
 * True for WXT's own location-change event. WXT dispatches an event object it made in this
 * script world, with the new URL as a property; an event a page dispatched has no such property
 * here (each world sees its own view of a DOM event: Chrome's isolated worlds, Firefox's Xrays).
 */
export function isOwnLocationChange(event: Event): boolean {
  const { newUrl } = event as Event & { newUrl?: unknown };
  return newUrl instanceof URL;
}
