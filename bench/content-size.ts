/**
 * Bundles the content script entry with esbuild (minified, like the build) and attributes the
 * output bytes to parts of the code base, to show where the content script's weight comes from.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PARTS: [RegExp, string][] = [
  [/src\/facts\/data\//, 'fact base data (JSON)'],
  [/src\/facts\//, 'fact base code'],
  [/src\/detect\//, 'detector'],
  [/src\/page\/text-map|src\/page\/main-text/, 'text map'],
  [/src\/page\//, 'page glue (lens, host, highlights)'],
  [/src\/overlay\/|src\/ui\//, 'overlay UI components'],
  [/src\/settings\//, 'settings'],
  [/node_modules\/preact\//, 'preact'],
  [/node_modules\/@floating-ui\//, '@floating-ui/dom'],
  [/node_modules\/valibot\//, 'valibot'],
  [
    /node_modules\/(webextension-polyfill|@webext-core|@wxt-dev|wxt)\//,
    'extension API + messaging + storage',
  ],
];

/** Minified bytes per part, the total, and the gzipped total of an esbuild bundle. */
export async function contentBreakdown(root: string) {
  const result = await build({
    entryPoints: [resolve(root, 'entrypoints/content/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': root },
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const parts = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const part = PARTS.find(([re]) => re.test(input))?.[1] ?? 'other';
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    total: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    parts: [...parts].sort((a, b) => b[1] - a[1]),
  };
}
