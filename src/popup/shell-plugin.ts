/**
 * Build step that writes the popup's first screen (`./shell.tsx`) into `popup.html`, so the
 * popup paints its fact list without waiting for its script. The markup is rendered in a
 * child `tsx` process, which compiles the Preact components as the tests do. If that fails,
 * the build warns and ships the page without it: the script still renders everything, only
 * later.
 *
 * It also drops the module script WXT adds to every page to start its runtime plugins: the
 * popup's own script (an unlisted script, `entrypoints/popup-app.ts`) starts them already, and
 * a module script holds back the page's first frame until it has run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The element the popup renders into; the markup goes inside it. */
const APP_ELEMENT = '<div id="app"></div>';

/** WXT's plugin-starting module script, as the built page references it. */
const WXT_PLUGINS_SCRIPT = /<script type="module"[^>]*_virtual_wxt-html-plugins[^>]*><\/script>\s*/;

/** The shell's markup, rendered by `./shell.tsx` in a child process run from `root`. */
function renderInChild(root: string): string {
  return execFileSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'src', 'popup', 'shell.tsx')],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/**
 * Vite plugin: the prerendered popup shell in `entrypoints/popup/index.html`, builds only.
 * `render` produces the markup (tests pass their own).
 */
export function popupShell(render = () => renderInChild(process.cwd())): Plugin {
  let markup: string | undefined;
  return {
    name: 'dprk-labor-lens:popup-shell',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has bundled the page's scripts, so WXT's script has its built name.
      order: 'post',
      handler(page, context) {
        if (!/[\\/]popup[\\/]index\.html$/.test(context.filename)) return page;
        const html = page.replace(WXT_PLUGINS_SCRIPT, '');
        if (!html.includes(APP_ELEMENT)) return html;
        try {
          markup ??= render();
        } catch (error) {
          console.warn(`popup shell not prerendered, the popup renders on load only: ${error}`);
          return html;
        }
        // A function, so "$&" and the like in fact texts are not read as replacement patterns.
        return html.replace(APP_ELEMENT, () => `<div id="app">${markup}</div>`);
      },
    },
  };
}
