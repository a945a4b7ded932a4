/**
 * The popup's first screen as static markup, rendered at build time into `popup.html`: the
 * search box, the summary line and every fact by topic, exactly as the app renders them before
 * the tab state and the search arrive. The browser paints it as soon as the page is parsed;
 * the script then renders the same tree over it (Preact reuses the nodes) and takes over.
 * Runs in Node with happy-dom standing in for the page.
 */

import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { render } from 'preact';
import { type FactBase, factBase } from '@/src/facts';
import { App } from './App';
import { popupLinks } from './links';

/** The app's markup before the tab state and the search are known. */
export function popupShellMarkup(base: FactBase = factBase): string {
  const window = new Window();
  const scope = globalThis as { document?: unknown };
  const previous = scope.document;
  // Preact creates nodes through the global document.
  scope.document = window.document;
  try {
    const root = window.document.createElement('div');
    render(
      <App base={base} search={undefined} report={undefined} links={popupLinks(undefined)} />,
      root as unknown as HTMLElement,
    );
    const markup = root.innerHTML;
    // Unmount before effects run: they would focus and listen on a page that is not there.
    render(null, root as unknown as HTMLElement);
    return markup;
  } finally {
    scope.document = previous;
    void window.happyDOM.close();
  }
}

// `tsx src/popup/shell.tsx` prints the markup (the build's popup-shell plugin runs this).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(popupShellMarkup());
}
