/**
 * Build step that writes the popup's first screen (`./shell.tsx`) into `popup.html`, so the
 * popup paints its fact list without waiting for its script. The markup is rendered in a
 * child `tsx` process, which compiles the Preact components as the tests do. If that fails,
 * the build warns and ships the page without it: the script still renders everything, only
 * later.
 *
 * It also drops the module script WXT adds to every page to start its runtime plugins: the
 * popup's own script (an unlisted script, `entrypoints/popup-app.ts`) starts them already, and
 * a module script holds back the page's first frame until it has run. And it inlines the
 * popup's style sheet, one request fewer before that frame.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { LANGS, type Lang } from '../vocabulary';
import { popupPageFile } from './pages';

/** The markup of each interface language (English at least). */
export type ShellMarkups = Partial<Record<Lang, string>> & { en: string };

/** The element the popup renders into; the markup goes inside it. */
const APP_ELEMENT = '<div id="app"></div>';

/** The page's built style sheet: its link, and its file name in the bundle. */
const STYLE_LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/;

/** WXT's plugin-starting module script, as the built page references it. */
const WXT_PLUGINS_SCRIPT = /<script type="module"[^>]*_virtual_wxt-html-plugins[^>]*><\/script>\s*/;

/** `html` with its linked style sheet (when the bundle has it) as a `<style>` element. */
function inlineStyle(html: string, bundle: IndexHtmlTransformContext['bundle']): string {
  const link = STYLE_LINK.exec(html);
  const asset = link?.[1] ? bundle?.[link[1]] : undefined;
  if (!link || asset?.type !== 'asset') return html;
  const css =
    typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  return html.replace(link[0], () => `<style>${css}</style>`);
}

/** The shell's markups, rendered by `./shell.tsx` in a child process run from `root`. */
function renderInChild(root: string): ShellMarkups {
  const json = execFileSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'src', 'popup', 'shell.tsx')],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 },
  );
  return JSON.parse(json) as ShellMarkups;
}

/** `html` with `markup` in its app element and its root element in `lang`. */
function withMarkup(html: string, markup: string, lang: Lang): string {
  // A function, so "$&" and the like in fact texts are not read as replacement patterns.
  return html
    .replace(APP_ELEMENT, () => `<div id="app">${markup}</div>`)
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
}

/** The markups of this build, kept for {@link writeLocalizedPopups}. */
const rendered: { markups?: ShellMarkups } = {};

/**
 * After the build: `popup-<lang>.html` for each other interface language, the built
 * `popup.html` with that language's markup (the background points the toolbar at the reader's).
 * Written next to the built page rather than emitted into the bundle, where WXT expects only
 * the pages of its entrypoints. Without markups (the render failed) each copy is the page as
 * built, which the script then renders in its language.
 */
export function writeLocalizedPopups(outDir: string): void {
  const page = join(outDir, 'popup.html');
  if (!existsSync(page)) return;
  const built = readFileSync(page, 'utf8');
  const markups = rendered.markups;
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    const markup = markups?.[lang];
    const html =
      markups && markup
        ? built.replace(`<div id="app">${markups.en}</div>`, () => `<div id="app">${markup}</div>`)
        : built;
    writeFileSync(
      join(outDir, popupPageFile(lang)),
      html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`),
    );
  }
}

/**
 * Vite plugin: the prerendered popup shell in `entrypoints/popup/index.html`, and a copy of the
 * page for each other interface language (`popup-ko.html`…), builds only. `render` produces the
 * markups (tests pass their own).
 */
export function popupShell(
  render: () => ShellMarkups = () => renderInChild(process.cwd()),
): Plugin {
  let markups: ShellMarkups | undefined;
  return {
    name: 'dprk-labor-lens:popup-shell',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has bundled the page's scripts, so WXT's script has its built name.
      order: 'post',
      handler(page, context) {
        if (!/[\\/]popup[\\/]index\.html$/.test(context.filename)) return page;
        const html = inlineStyle(page.replace(WXT_PLUGINS_SCRIPT, ''), context.bundle);
        if (!html.includes(APP_ELEMENT)) return html;
        try {
          markups ??= render();
        } catch (error) {
          console.warn(`popup shell not prerendered, the popup renders on load only: ${error}`);
          return html;
        }
        rendered.markups = markups;
        return withMarkup(html, markups.en, 'en');
      },
    },
  };
}
