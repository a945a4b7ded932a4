/**
 * `npm run bench:content`: what the content script costs a page, against the budgets in
 * docs/design.md — an irrelevant 100 KB article (gate only), a relevant one (gate, text map,
 * detection, Ranges, overlay mount) — measured on a happy-dom document, whose DOM is slower
 * than a browser's, so these are upper bounds for the DOM parts. Then the content script's
 * size: the built file (gzipped) when a build exists, and a per-module breakdown from an
 * esbuild bundle of the same entry. With `--browser`, also load → overlay time and long tasks
 * in real Chromium (see content-browser.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { detect, quickGate } from '../src/detect';
import { bundledGate, bundledLexicon } from '../src/detect/compiled';
import { gateSample, scanPage } from '../src/page/scan';
import { buildTextMap } from '../src/page/text-map';
import { contentBreakdown } from './content-size';

const root = resolve(import.meta.dirname, '..');
const win = new Window({ url: 'https://news.example/world/article' });
const doc = win.document as unknown as Document;

const WORDS =
  'the city council met on tuesday to discuss a new budget for schools roads and parks while residents asked about bus routes housing prices summer festivals and the weather which has been unusually warm this year according to local officials and several shop owners near the harbour'.split(
    ' ',
  );
const RELEVANT = [
  'Groups of about two hundred North Korean workers from Pyongyang stayed for a week at two inns in Dandong before boarding trains for Russia.',
  'The usual route runs by rail from Rason to Khasan and on to Vladivostok; the Dandong groups travel through Harbin toward inland Russia.',
  'Labor dispatch was discussed at a Russia–DPRK working-group meeting in Pyongyang on 17 March.',
];

/** A news-like page of about `bytes` of text: header, nav, article paragraphs, aside. */
function page(bytes: number, relevant: boolean): string {
  const paragraphs: string[] = [];
  let size = 0;
  let k = 0;
  while (size < bytes) {
    const words = Array.from({ length: 80 }, (_, i) => WORDS[(k * 7 + i * 13) % WORDS.length]);
    const p = `${words.join(' ')}.`;
    paragraphs.push(p);
    size += p.length;
    k++;
  }
  if (relevant) paragraphs.splice(paragraphs.length >> 1, 0, ...RELEVANT);
  return `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>Council news</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><aside><a href="/x">Related story</a></aside>`;
}

function median(fn: () => unknown, runs = 21): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] as number;
}

const deps = {
  quickGate,
  buildTextMap: (el: Element) => buildTextMap(el),
  detect: (input: { text: string }, options: object) => detect(input, options),
};
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

doc.body.innerHTML = page(100_000, false);
const irrelevantBytes = Buffer.byteLength(doc.body.textContent ?? '');
const t0 = performance.now();
bundledGate();
const gateCompileMs = performance.now() - t0;
const t1 = performance.now();
bundledLexicon();
const compileMs = performance.now() - t1;
const sample = gateSample(doc);
const gateOnly = median(() => quickGate(sample));
const sampleMs = median(() => gateSample(doc));
const irrelevantScan = median(() => scanPage(doc, deps, {}));
console.log(`irrelevant article (${(irrelevantBytes / 1000).toFixed(0)} KB of text)`);
console.log(`  gate compile, once per page load:                    ${fmt(gateCompileMs)}`);
console.log(`  full lexicon compile, pages that pass the gate:      ${fmt(compileMs)}`);
console.log(
  `  quickGate on the 100 KB sample, median:              ${fmt(gateOnly)}   budget ≤ 1 ms`,
);
console.log(`  textContent sample (happy-dom; a browser is faster): ${fmt(sampleMs)}`);
console.log(`  whole scan as the content script runs it, median:    ${fmt(irrelevantScan)}`);

doc.body.innerHTML = page(100_000, true);
const scan = scanPage(doc, deps, {});
const relevantScan = median(() => scanPage(doc, deps, {}));
const mapMs = median(() => buildTextMap(doc.body));
const text = buildTextMap(doc.body).text;
const detectMs = median(() => detect(text));
console.log(`relevant article: relevant=${scan !== null}, ${scan?.ranges.length ?? 0} matches`);
console.log(`  text map alone (happy-dom), median:                  ${fmt(mapMs)}`);
console.log(`  detect alone on the map's text, median:              ${fmt(detectMs)}`);
console.log(
  `  gate + text map + detect + Ranges, median:           ${fmt(relevantScan)}   budget ≤ 50 ms to overlay`,
);

const built = join(
  root,
  process.env.LENS_OUT_DIR ?? '.output',
  'chrome-mv3/content-scripts/content.js',
);
if (existsSync(built)) {
  const code = readFileSync(built);
  console.log(
    `built content script ${built.slice(root.length + 1)}: ${(code.length / 1024).toFixed(1)} KB, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzipped   budget ≤ 20 KB gzipped`,
  );
} else {
  console.log(`no build at ${built}; build first for the shipped size`);
}
const breakdown = await contentBreakdown(root);
console.log(
  `esbuild bundle of the same entry: ${(breakdown.total / 1024).toFixed(1)} KB minified, ${(breakdown.gzip / 1024).toFixed(1)} KB gzipped; by part (minified):`,
);
for (const [part, bytes] of breakdown.parts) {
  console.log(`  ${part.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(6)} KB`);
}
await win.happyDOM.close();

if (process.argv.includes('--browser')) {
  const { benchInBrowser } = await import('./content-browser');
  console.log('real Chromium with the built extension:');
  await benchInBrowser([
    '/fixtures/en-dandong-route.html',
    '/fixtures/zh-chaoxian-laogong.html',
    '/fixtures/en-missile-test.html',
    '/fixtures/zh-dandong-tourism.html',
  ]);
}
