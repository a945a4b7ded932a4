/**
 * The content script's weight: the built files (initial script and the lazily loaded card UI
 * module, gzipped, for both browsers), and a per-module breakdown of the initial script from an
 * esbuild bundle of the same entry, so the parts that push it over budget are named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const PARTS: [RegExp, string][] = [
  [/src\/detect\/gate/, 'gate (needles JSON + search)'],
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

const gz = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

/** Gzipped sizes of the built initial script and card UI module, per browser, if built. */
export function builtSizes(root: string, outDir: string) {
  return ['chrome-mv3', 'firefox-mv2'].map((target) => {
    const file = (name: string) => join(root, outDir, target, 'content-scripts', name);
    const size = (name: string) =>
      existsSync(file(name)) ? gz(readFileSync(file(name))) : undefined;
    return { target, initial: size('content.js'), ui: size('ui.js') };
  });
}

/** Replaces `@/src/detect` with a gate that passes nothing: what the script weighs without it. */
const withoutGate: Plugin = {
  name: 'without-gate',
  setup(b) {
    b.onResolve({ filter: /^@\/src\/detect(\/gate)?$/ }, () => ({
      path: 'gate',
      namespace: 'stub',
    }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const quickGate = () => false;',
    }));
  },
};

async function bundle(root: string, plugins: Plugin[] = []) {
  return build({
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
    plugins,
  });
}

/** Minified bytes per part, the total, the gzipped total, and the gzipped total sans gate. */
export async function contentBreakdown(root: string) {
  const result = await bundle(root);
  const output = Object.values(result.metafile.outputs)[0];
  const parts = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const part = PARTS.find(([re]) => re.test(input))?.[1] ?? 'other';
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const sansGate = (await bundle(root, [withoutGate])).outputFiles[0]?.contents;
  return {
    total: code.length,
    gzip: gz(code),
    gzipWithoutGate: sansGate ? gz(sansGate) : 0,
    parts: [...parts].sort((a, b) => b[1] - a[1]),
  };
}
