/**
 * The extensions `npm run bench:page` compares, each a copy of the build in a temporary folder
 * with only its content script changed, so background, manifest and permissions are the same:
 *
 * - `floor`: an empty content script, what every extension with a content script costs a page;
 * - `build`: the extension as built;
 * - `markjs`: a baseline highlighter built on mark.js, marking the lexicon's highlighted terms
 *   (the terms the build may mark) on every page it loads on, in one regular expression, the
 *   way a simple highlighter extension does. It is never shipped.
 *
 * With `none` (no extension at all) the benchmark also shows what the page costs by itself.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { GATE_SCRIPT_PATH } from '../../src/content/paths';
import { bundledLexicon } from '../../src/detect/compiled';

/** The variants, in the order the tables list them. */
export const VARIANTS = ['none', 'floor', 'build', 'markjs'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Browser build folders inside a build output. */
export const TARGETS = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

/** The surface forms of every term the build may highlight, longest first. */
export function highlightedTerms(): string[] {
  const lex = bundledLexicon();
  const forms = new Set<string>();
  lex.entries.forEach((entry, i) => {
    if (!lex.highlight[i]) return;
    forms.add(entry.term);
    for (const form of Object.values(entry.forms)) if (form) forms.add(form);
  });
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The mark.js baseline's content script, bundled into one classic script. */
async function markJsScript(root: string, dir: string): Promise<string> {
  const entry = join(dir, 'markjs-baseline.js');
  const escapeTerm = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = `import Mark from ${JSON.stringify(resolve(root, 'node_modules/mark.js/dist/mark.es6.js'))};
const TERMS = ${JSON.stringify(highlightedTerms().map(escapeTerm))};
new Mark(document.body).markRegExp(new RegExp(TERMS.join('|'), 'gi'), {
  exclude: ['script', 'style', 'noscript', 'textarea', 'dprk-labor-lens'],
});
`;
  writeFileSync(entry, source);
  const result = await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: entry, output: { format: 'iife', codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('The mark.js baseline did not build');
  return chunk.code;
}

/** Builds the floor and mark.js variants next to the build; returns each variant's folder. */
export async function prepareVariants(
  root: string,
  outDir: string,
): Promise<{ dirs: Record<Exclude<Variant, 'none'>, string>; cleanup(): void }> {
  const base = mkdtempSync(join(tmpdir(), 'lens-bench-page-'));
  const markJs = await markJsScript(root, base);
  const copy = (name: string, script: string) => {
    const dir = join(base, name);
    for (const target of Object.values(TARGETS)) {
      mkdirSync(join(dir, target), { recursive: true });
      cpSync(join(outDir, target), join(dir, target), { recursive: true });
      writeFileSync(join(dir, target, GATE_SCRIPT_PATH), script);
    }
    return dir;
  };
  return {
    dirs: { floor: copy('floor', 'void 0;\n'), build: outDir, markjs: copy('markjs', markJs) },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}
