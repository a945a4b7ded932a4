/**
 * `npm run bench:content`: what the content script costs a page, against the budgets in
 * docs/design.md. An irrelevant 100 KB article pays for the gate only; a relevant one pays for
 * the gate and text map in the page, analysis in the background (detection, with the lexicon
 * compiled once per background lifetime, and card ranking), the message both ways, and Ranges
 * for the marks. DOM parts run on a
 * happy-dom document, whose DOM is slower than a browser's, so they are upper bounds. Then the
 * sizes: initial script and lazily loaded card UI module, gzipped, for both browsers. With
 * `--browser`, load → overlay and long tasks in real Chromium (see content-browser.ts).
 */
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { analyzePage } from '../src/background/page-service';
import { bundledLexicon } from '../src/detect/compiled';
import { quickGate } from '../src/detect/gate';
import { factBase } from '../src/facts';
import type { PageAnswer, PageRequest } from '../src/messaging/protocol';
import { gateSample, mapIfGatePasses, relevantScan, type ScanDeps } from '../src/page/scan';
import { buildTextMap } from '../src/page/text-map';
import { newsPage } from './content-page';
import { builtSizes, contentBreakdown } from './content-size';
import { machineLoad } from './measure';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env.LENS_OUT_DIR ?? '.output';
const win = new Window({ url: 'https://news.example/world/article' });
const doc = win.document as unknown as Document;

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
const once = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const fmt = (ms: number) => `${ms.toFixed(3)} ms`.padStart(11);
const line = (label: string, ms: number, note = '') =>
  console.log(`  ${label.padEnd(62)} ${fmt(ms)}${note ? `   ${note}` : ''}`);
const kb = (bytes: number | undefined) =>
  bytes === undefined ? 'not built' : `${(bytes / 1024).toFixed(1)} KB gz`;

const sender = { url: 'https://news.example/world/article', title: 'Article' };
const serviceDeps = { base: factBase, recordedQuotes: async () => [] };
const analyze = async (request: PageRequest): Promise<PageAnswer> =>
  (await analyzePage(request, sender, serviceDeps)).answer;

/** The scan's parts, with the text map built in one go so each step can be timed alone. */
const deps = {
  quickGate,
  buildTextMap: (el: Element) => buildTextMap(el),
  analyze,
} satisfies ScanDeps;

/** Median time of an async function over `runs` calls, after one warm-up call. */
async function medianAsync(fn: () => Promise<unknown>, runs = 21): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] as number;
}

const { load1, cores } = machineLoad();
console.log(`load average ${load1.toFixed(2)} on ${cores} cores`);
doc.body.innerHTML = newsPage(100_000, false);
const irrelevantKb = Buffer.byteLength(doc.body.textContent ?? '') / 1000;
console.log(`irrelevant article (${irrelevantKb.toFixed(0)} KB of text), all in the page:`);
line(
  'text sample, node by node (happy-dom; a browser is faster), median',
  median(() => gateSample(doc)),
);
const sample = gateSample(doc);
line(
  'quickGate on the sample, first call (cold code)',
  once(() => quickGate(sample)),
);
line(
  'quickGate on the sample, median',
  median(() => quickGate(sample)),
);
line(
  'gate sample + quickGate as the content script runs them, median',
  median(() => mapIfGatePasses(doc, deps)),
  'budget ≤ 1 ms',
);

doc.body.innerHTML = newsPage(100_000, true);
const lexiconMs = once(() => bundledLexicon());
const map = mapIfGatePasses(doc, deps);
if (!map) throw new Error('The relevant page did not pass the gate');
const request: PageRequest = {
  text: map.text,
  zones: map.zones ?? [],
  sensitivity: 'normal',
  dateHints: {},
};
const pageAnswer = await analyze(request);
const scan = relevantScan(map, pageAnswer);
const json = JSON.stringify(request);
const answer = JSON.stringify(pageAnswer);
console.log(
  `relevant article: relevant=${scan !== null}, ${pageAnswer.cards.length} cards, ${scan?.ranges.length ?? 0} marks`,
);
const inPage = median(() => mapIfGatePasses(doc, deps));
line('page: gate + text map (happy-dom), median', inPage);
line('background: full lexicon compile, once per background lifetime', lexiconMs);
const bgDetect = await medianAsync(() => analyze(request));
line('background: detect, rank cards, resurface, warm, median', bgDetect);
const serialise = median(() => JSON.parse(JSON.stringify(request)));
const reply = median(() => JSON.parse(JSON.stringify(pageAnswer)));
line(`message: ${(json.length / 1000).toFixed(0)} KB request, JSON out and in, median`, serialise);
line(`message: ${(answer.length / 1000).toFixed(1)} KB answer, JSON out and in, median`, reply);
const ranges = median(() => relevantScan(map, pageAnswer));
line('page: Ranges for the marks, median', ranges);
line(
  'sum without the browser transit (see --browser), median parts',
  inPage + bgDetect + serialise + reply + ranges,
  'budget ≤ 50 ms to overlay',
);
await win.happyDOM.close();

console.log(`built content script (${outDir}):`);
for (const { target, initial, ui } of builtSizes(root, outDir)) {
  console.log(
    `  ${target.padEnd(12)} initial ${kb(initial).padEnd(12)} budget ≤ 20 KB gz   card UI module (relevant pages only) ${kb(ui)}`,
  );
}
const breakdown = await contentBreakdown(root);
console.log(
  `esbuild bundle of the initial script: ${(breakdown.total / 1024).toFixed(1)} KB minified, ${kb(breakdown.gzip)}; ${kb(breakdown.gzipWithoutGate)} without the gate (src/detect); by part (minified):`,
);
for (const [part, bytes] of breakdown.parts) {
  console.log(`  ${part.padEnd(46)} ${(bytes / 1024).toFixed(1).padStart(6)} KB`);
}

if (process.argv.includes('--browser')) {
  const { benchInBrowser } = await import('./content-browser');
  console.log('real Chromium with the built extension:');
  await benchInBrowser(
    [
      '/fixtures/en-dandong-route.html',
      '/fixtures/zh-chaoxian-laogong.html',
      '/fixtures/en-missile-test.html',
      '/fixtures/zh-dandong-tourism.html',
    ],
    newsPage(100_000, true),
  );
}
