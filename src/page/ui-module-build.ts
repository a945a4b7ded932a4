/**
 * Build step for the content script's lazily loaded card UI (`./ui-module.ts`). WXT bundles
 * content scripts as one classic script with every import inlined, so the UI module is built
 * here on its own, as a single ES module the content script can `import()` from the
 * extension's origin once a page is relevant. It is listed as a web-accessible resource (see
 * `wxt.config.ts`), which a dynamic import from a content script requires in both browsers.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';

/** Where the module lands in the extension, as `browser.runtime.getURL` wants it. */
export const UI_MODULE_PATH = 'content-scripts/ui.js';

/** Builds the UI module (minified ES, no chunks) and returns its code. */
export async function buildUiModule(root: string): Promise<string> {
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
      minify: true,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: {
        input: resolve(root, 'src/page/ui-module.ts'),
        // Keep the module's exports: it is an entry for another script, not a page.
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: UI_MODULE_PATH, codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const [chunk] = chunks;
  if (!chunk || chunks.length !== 1) {
    throw new Error(`The card UI module must build to one file, got ${chunks.length}`);
  }
  return chunk.code;
}
