/**
 * `npm run bench:page` (tables) and `npm run bench:page -- --json` (one JSON object): what the
 * content script costs the pages a person opens, measured side by side in one run, in real
 * Chromium and Firefox, against the budgets of docs/design.md.
 *
 * Pages (`./page/pages.ts`): a 100 KB recipe and match report with no word of Korea, Russia or
 * China; 100 KB of North Korea news that is not about labour; the relevant fixture articles in
 * five languages and a 100 KB relevant article; a 5 MB / 200,000-node forum page, unrelated,
 * and with a relevant story after its first megabyte. Variants (`./page/variants.ts`): no
 * extension, an extension whose content script is empty (the floor every extension pays), the
 * build, and a baseline highlighter built on mark.js marking the same terms.
 *
 * Chromium, per load in a fresh tab: the renderer main thread's whole task time (CDP
 * `TaskDuration`), the long tasks the page saw, load → overlay, the JS heap after a forced
 * garbage collection; the extra over the floor is the median against the floor's median. Then
 * traced loads, whose events name the extension's scripts (`./page/trace.ts`): the
 * extension's own main-thread time load by load, split by script and step, and the long tasks
 * it took part in. Firefox: load → overlay and the longest timer gap (no counters or traces
 * over WebDriver BiDi). Sizes of the three content scripts, gzipped. The load average is
 * printed with the numbers; the machine's other work shows in every variant alike.
 *
 * Options: `--runs N` (loads of each 100 KB page per variant, default 10; other pages take
 * fewer), `--only name,name` (some pages), `--no-firefox`, `--no-huge`, `--json`. Builds both browsers into `.output-bench`
 * first unless `LENS_OUT_DIR` names a build to measure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDocument } from '../src/cli/scan';
import { GATE_SCRIPT_PATH, LENS_MODULE_PATH, UI_MODULE_PATH } from '../src/content/paths';
import { detect, quickGate } from '../src/detect';
import { startFixtureServer } from '../tests/e2e/harness';
import { type ChromiumLoad, type ChromiumRun, launchChromiumRun } from './page/chromium';
import { type FirefoxRun, launchFirefoxRun } from './page/firefox';
import { type BenchPage, benchPages, pageHtml } from './page/pages';
import type { ProbeResult } from './page/probe';
import { median, num, ratio, summary, worst } from './page/stats';
import type { TraceCost } from './page/trace';
import { prepareVariants, TARGETS, VARIANTS, type Variant } from './page/variants';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run bench:page -- [options]

Loads each page with no extension, an empty content script, the build and a mark.js baseline,
in Chromium and Firefox, and prints task time, long tasks, load → overlay, heap and sizes.

  --runs N          loads of each 100 KB page per variant (default 10, at least 3)
  --only a,b        only these pages (unrelated-100k, dprk-news-100k, relevant-100k, fixture names…)
  --no-firefox      Chromium only
  --no-huge         leave out the 5 MB pages
  --json            one JSON object instead of tables
  LENS_OUT_DIR=dir  measure that build instead of building into .output-bench`);
  process.exit(0);
}
const json = args.includes('--json');
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Math.max(3, Number(option('--runs') ?? 10));
const only = option('--only')?.split(',');
const withFirefox = !args.includes('--no-firefox');
const withHuge = !args.includes('--no-huge');
const log = (line = '') => {
  if (!json) console.log(line);
};
const root = resolve(new URL('..', import.meta.url).pathname);
const loadAverage = () => loadavg().map((x) => Math.round(x * 100) / 100);

/** Loads of one page per variant, and how long each load is given to settle. */
function plan(page: BenchPage): { loads: number; settleMs: number; variants: readonly Variant[] } {
  if (page.kind.startsWith('huge')) return { loads: 2, settleMs: 6000, variants: VARIANTS };
  if (page.kind === 'relevant')
    return { loads: Math.max(3, Math.round(runs / 2)), settleMs: 1500, variants: VARIANTS };
  return { loads: runs, settleMs: 1500, variants: VARIANTS };
}

/** Pages that are also traced, and how often. */
const TRACED = new Set(['unrelated-100k', 'dprk-news-100k', 'en-dandong-route', 'relevant-100k']);
const tracedLoads = (page: BenchPage) =>
  page.kind.startsWith('huge') ? 1 : TRACED.has(page.name) ? Math.max(3, Math.round(runs / 2)) : 0;

/** The build to measure: `LENS_OUT_DIR`, or a fresh build of both browsers. */
function buildToMeasure(): string {
  const given = process.env.LENS_OUT_DIR;
  if (given) {
    if (!existsSync(join(given, TARGETS.chromium, 'manifest.json')))
      throw new Error(`No build in ${given}; run: LENS_OUT_DIR=${given} npm run build`);
    return resolve(given);
  }
  const outDir = resolve(root, '.output-bench');
  log(`building the extension into ${outDir} …`);
  for (const browserArgs of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...browserArgs], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, LENS_OUT_DIR: outDir },
    });
  }
  return outDir;
}

/** Fails the run when a page would not test what its name says. */
function checkPages(pages: readonly BenchPage[]): void {
  for (const page of pages) {
    const doc = loadDocument(`${page.name}.html`, pageHtml(page, root));
    const gate = quickGate(doc.text);
    const relevant = detect(doc).relevant;
    const wantGate = page.kind !== 'unrelated' && page.kind !== 'huge-unrelated';
    if (relevant !== page.relevant || gate !== wantGate)
      throw new Error(`${page.name}: gate ${gate}, relevant ${relevant}; not what it is for`);
  }
}

/** Gzipped sizes of the three content scripts, per browser. */
function scriptSizes(outDir: string) {
  const size = (target: string, path: string) =>
    gzipSync(readFileSync(join(outDir, target, path)), { level: 9 }).length;
  return Object.fromEntries(
    Object.entries(TARGETS).map(([browser, target]) => [
      browser,
      {
        gate: size(target, GATE_SCRIPT_PATH),
        lens: size(target, LENS_MODULE_PATH),
        ui: size(target, UI_MODULE_PATH),
      },
    ]),
  );
}

type Samples<T> = Record<string, Partial<Record<Variant, T[]>>>;

/** Runs `load` for every page and variant, round by round, so drift spreads over all. */
async function interleave<R, T>(
  pages: readonly BenchPage[],
  runsOf: Partial<Record<Variant, R>>,
  url: (page: BenchPage) => string,
  load: (run: R, url: string, settleMs: number) => Promise<T>,
  loadsOf: (page: BenchPage) => number = (page) => plan(page).loads,
): Promise<Samples<T>> {
  const samples: Samples<T> = {};
  const rounds = Math.max(...pages.map(loadsOf)) + 1;
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      const { settleMs, variants } = plan(page);
      // The first round warms the browser's caches and the extension's background; the 5 MB
      // pages, which take long, follow a warmed 100 KB one instead.
      const warmUp = !page.kind.startsWith('huge');
      const at = warmUp ? round : round + 1;
      if (at > loadsOf(page) || (at === 0 && !warmUp)) continue;
      for (const variant of variants) {
        const run = runsOf[variant];
        if (!run) continue;
        const sample = await load(run, `${url(page)}?load=${round}`, settleMs);
        if (at === 0) continue;
        const forPage = samples[page.name] ?? {};
        samples[page.name] = forPage;
        forPage[variant] = [...(forPage[variant] ?? []), sample];
      }
    }
  }
  return samples;
}

const server = await startFixtureServer();
const pages = benchPages(withHuge).filter((page) => !only || only.includes(page.name));
checkPages(pages);
for (const page of pages) {
  if (page.html === undefined) continue;
  const html = page.html;
  server.route('GET', page.path, () => ({
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  }));
}
const outDir = buildToMeasure();
const sizes = scriptSizes(outDir);
const variants = await prepareVariants(root, outDir);
const dirOf = (variant: Variant, target: string) =>
  variant === 'none' ? null : join(variants.dirs[variant], target);
const startLoad = loadAverage();
const started = Date.now();
log(
  `bench:page — ${pages.length} pages × ${VARIANTS.join(', ')}; ${runs} loads of each 100 KB page; load average ${startLoad.join(' ')} on ${availableParallelism()} cores`,
);

const chromiumRuns: Partial<Record<Variant, ChromiumRun>> = {};
let chromiumLoads: Samples<ChromiumLoad> = {};
let traces: Samples<TraceCost> = {};
let firefoxLoads: Samples<ProbeResult> = {};
try {
  for (const variant of VARIANTS)
    chromiumRuns[variant] = await launchChromiumRun(dirOf(variant, TARGETS.chromium));
  log('Chromium: metrics loads …');
  chromiumLoads = await interleave(
    pages,
    chromiumRuns,
    (p) => server.url(p.path),
    (run, url, settle) => run.load(url, settle),
  );
  log('Chromium: traced loads …');
  const traced = {
    floor: chromiumRuns.floor,
    build: chromiumRuns.build,
    markjs: chromiumRuns.markjs,
  };
  traces = await interleave(
    pages,
    traced,
    (p) => server.url(p.path),
    (run, url, settle) => run.trace(url, settle),
    tracedLoads,
  );
} finally {
  for (const run of Object.values(chromiumRuns)) await run?.close();
}
if (withFirefox) {
  const firefoxRuns: Partial<Record<Variant, FirefoxRun>> = {};
  try {
    for (const variant of VARIANTS)
      firefoxRuns[variant] = await launchFirefoxRun(dirOf(variant, TARGETS.firefox));
    log('Firefox: loads …');
    firefoxLoads = await interleave(
      pages,
      firefoxRuns,
      (p) => server.url(p.path),
      (run, url, settle) => run.load(url, settle),
      (page) => Math.max(2, Math.round(plan(page).loads / 2)),
    );
  } finally {
    for (const run of Object.values(firefoxRuns)) await run?.close();
  }
}
await server.close();
variants.cleanup();
const endLoad = loadAverage();

/** Per page and variant: the Chromium figures. */
function chromiumSummary(page: BenchPage) {
  const byVariant = chromiumLoads[page.name] ?? {};
  const floorTask = median((byVariant.floor ?? []).map((l) => l.taskMs));
  const floorHeap = median((byVariant.floor ?? []).map((l) => l.heapMb));
  const floorScript = median((traces[page.name]?.floor ?? []).map((t) => t.scriptMs));
  return Object.fromEntries(
    plan(page).variants.map((variant) => {
      const loads = byVariant[variant] ?? [];
      const traced = traces[page.name]?.[variant] ?? [];
      const overlays = loads.map((l) => l.overlayMs).filter((x): x is number => x !== null);
      const task = summary(loads.map((l) => l.taskMs));
      const script = summary(
        traced.map((t) => t.scriptMs),
        2,
      );
      const extensionLongTasks = traced.flatMap((t) => t.longTasks);
      const steps: Record<string, number> = {};
      for (const key of new Set(traced.flatMap((t) => Object.keys(t.steps)))) {
        steps[key] = Math.round(median(traced.map((t) => t.steps[key] ?? 0)) * 100) / 100;
      }
      return [
        variant,
        {
          loads: loads.length,
          taskMs: task,
          extraTaskMs: Math.round((task.median - floorTask) * 10) / 10,
          longTasks: {
            perLoad: median(loads.map((l) => l.longTasks.length)),
            longestMs: worst(loads.flatMap((l) => l.longTasks).concat(0)),
          },
          overlayMs: overlays.length ? summary(overlays) : null,
          overlaysSeen: overlays.length,
          heapMb: Math.round(median(loads.map((l) => l.heapMb)) * 10) / 10,
          heapGrowthMb: Math.round((median(loads.map((l) => l.heapMb)) - floorHeap) * 100) / 100,
          trace: traced.length
            ? {
                loads: traced.length,
                scriptMs: script,
                extraScriptMs: Math.round((script.median - floorScript) * 100) / 100,
                steps,
                longTasks: extensionLongTasks,
              }
            : null,
        },
      ];
    }),
  );
}

function firefoxSummary(page: BenchPage) {
  const byVariant = firefoxLoads[page.name] ?? {};
  return Object.fromEntries(
    plan(page).variants.map((variant) => {
      const loads = byVariant[variant] ?? [];
      const overlays = loads.map((l) => l.overlayMs).filter((x): x is number => x !== null);
      return [
        variant,
        {
          loads: loads.length,
          overlayMs: overlays.length ? summary(overlays) : null,
          overlaysSeen: overlays.length,
          longestGapMs: summary(
            loads.map((l) => l.longestGapMs),
            0,
          ),
        },
      ];
    }),
  );
}

const result = {
  loadAverage: { start: startLoad, end: endLoad, cores: availableParallelism() },
  minutes: Math.round((Date.now() - started) / 6000) / 10,
  runs,
  scriptSizesGzip: sizes,
  pages: pages.map((page) => ({
    name: page.name,
    kind: page.kind,
    relevant: page.relevant,
    chromium: chromiumSummary(page),
    firefox: withFirefox ? firefoxSummary(page) : null,
  })),
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  log();
  log(`Chromium (${runs} loads of each 100 KB page per variant; medians, worst in brackets)`);
  for (const page of result.pages) {
    log(`\n  ${page.name}${page.relevant ? ' (relevant)' : ''}`);
    log(
      `    ${pad('variant', 8)} ${pad('task ms', 17)} ${pad('extra', 7)} ${pad('long tasks', 14)} ${pad('load→overlay ms', 17)} ${pad('heap MB (+floor)', 18)} extension script ms [trace] (+floor)`,
    );
    for (const [variant, s] of Object.entries(page.chromium)) {
      const overlay = s.overlayMs ? `${num(s.overlayMs.median)} (${num(s.overlayMs.worst)})` : '–';
      const trace = s.trace
        ? `${num(s.trace.scriptMs.median, 2)} (${num(s.trace.scriptMs.worst, 2)}) (+${num(s.trace.extraScriptMs, 2)})`
        : '–';
      log(
        `    ${pad(variant, 8)} ${pad(`${num(s.taskMs.median)} (${num(s.taskMs.worst)})`, 17)} ${pad(variant === 'floor' || variant === 'none' ? '' : `+${num(s.extraTaskMs)}`, 7)} ${pad(`${s.longTasks.perLoad}/load, ≤${s.longTasks.longestMs}`, 14)} ${pad(overlay, 17)} ${pad(`${num(s.heapMb)} (${s.heapGrowthMb >= 0 ? '+' : ''}${num(s.heapGrowthMb, 2)})`, 18)} ${trace}`,
      );
    }
    const build = page.chromium.build;
    const markjs = page.chromium.markjs;
    if (build && markjs) {
      log(
        `    mark.js ÷ build: extra task time ${ratio(markjs.extraTaskMs, build.extraTaskMs)}, extension script time ${ratio(markjs.trace?.extraScriptMs ?? Number.NaN, build.trace?.extraScriptMs ?? Number.NaN)}, load→overlay ${ratio(markjs.overlayMs?.median ?? Number.NaN, build.overlayMs?.median ?? Number.NaN)}, heap growth ${ratio(markjs.heapGrowthMb, build.heapGrowthMb)}`,
      );
    }
    const steps = build?.trace?.steps ?? {};
    const stepText = Object.entries(steps)
      .filter(([, ms]) => ms > 0)
      .map(([step, ms]) => `${step} ${num(ms, 2)}`)
      .join(', ');
    if (stepText) log(`    build, by script and step (medians, ms): ${stepText}`);
    const extLong = build?.trace?.longTasks ?? [];
    log(
      `    build, main-thread tasks ≥ 50 ms with extension work: ${extLong.length ? extLong.map((t) => `${num(t.taskMs, 0)} ms (extension ${num(t.extensionMs, 0)})`).join(', ') : 'none'}`,
    );
  }
  if (withFirefox) {
    log(`\nFirefox (medians, worst in brackets; no task counters over WebDriver BiDi)`);
    for (const page of result.pages) {
      const cells = Object.entries(page.firefox ?? {}).map(([variant, s]) => {
        const overlay = s.overlayMs
          ? `overlay ${num(s.overlayMs.median)} (${num(s.overlayMs.worst)})`
          : 'no overlay';
        return `${variant}: ${overlay}, gap ${s.longestGapMs.median} (${s.longestGapMs.worst})`;
      });
      log(`  ${pad(page.name, 22)} ${cells.join('; ')}`);
    }
  }
  log('\nContent scripts, gzipped:');
  for (const [browser, s] of Object.entries(sizes)) {
    log(
      `  ${pad(browser, 9)} gate (every page) ${(s.gate / 1024).toFixed(1)} KB (budget ≤ 20 KB), lens (pages naming North Korea) ${(s.lens / 1024).toFixed(1)} KB, card UI (relevant pages) ${(s.ui / 1024).toFixed(1)} KB`,
    );
  }
  log(
    `\nload average ${startLoad.join(' ')} at the start, ${endLoad.join(' ')} at the end; ${result.minutes} min`,
  );
}
