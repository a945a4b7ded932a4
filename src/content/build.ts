/**
 * Build step for the three content scripts, run from `wxt.config.ts`. WXT would bundle a
 * content script as one classic script with its own runtime (a script context that posts a
 * message to the page on start, the browser-API polyfill the project aliases `wxt/browser` to),
 * which costs every page several milliseconds before the gate has read a word. So the scripts
 * are built here with Vite on their own, without WXT's aliases (`wxt/browser` is then the
 * browser's own promise-based API), each as a single minified file:
 *
 * - `content-scripts/content.js`: the gate (`./gate-script.ts`), a classic script, the only one
 *   the manifest injects;
 * - `content-scripts/lens.js`: the lens (`./lens-script.ts`), an ES module the gate imports;
 * - `content-scripts/ui.js`: the card UI (`src/page/ui-module.ts`), an ES module the lens
 *   imports once a page is relevant.
 *
 * The two modules are web-accessible resources (see `wxt.config.ts`), which a dynamic import
 * from a content script requires in both browsers. `LENS_MINIFY=0` leaves them unminified, so a
 * CPU profile of a page names the extension's own functions.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';
import { GATE_SCRIPT_PATH, LENS_MODULE_PATH, UI_MODULE_PATH } from './paths';

/** One content script: its entry module, where it lands, and its format. */
interface ContentScript {
  entry: string;
  path: string;
  format: 'es' | 'iife';
}

/** The content scripts, in the order the page loads them. */
export const CONTENT_SCRIPTS: readonly ContentScript[] = [
  { entry: 'src/content/gate-script.ts', path: GATE_SCRIPT_PATH, format: 'iife' },
  { entry: 'src/content/lens-script.ts', path: LENS_MODULE_PATH, format: 'es' },
  { entry: 'src/page/ui-module.ts', path: UI_MODULE_PATH, format: 'es' },
];

/** Builds one content script (minified, no chunks) and returns its code. */
export async function buildContentScript(root: string, script: ContentScript): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [preact()],
    resolve: { alias: { '@': root } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: process.env.LENS_MINIFY !== '0',
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: {
        input: resolve(root, script.entry),
        // Keep a module's exports: it is an entry for another script, not a page.
        preserveEntrySignatures: script.format === 'es' ? 'strict' : false,
        output: { format: script.format, entryFileNames: script.path, codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const [chunk] = chunks;
  if (!chunk || chunks.length !== 1) {
    throw new Error(`${script.path} must build to one file, got ${chunks.length}`);
  }
  return chunk.code;
}

/** Builds every content script; `relativeDest` is its path in the extension. */
export async function buildContentScripts(
  root: string,
): Promise<{ relativeDest: string; contents: string }[]> {
  const files = [];
  for (const script of CONTENT_SCRIPTS) {
    files.push({ relativeDest: script.path, contents: await buildContentScript(root, script) });
  }
  return files;
}
