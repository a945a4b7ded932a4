/**
 * `npm run demo`: builds the Chrome extension, serves the bundled demo article on 127.0.0.1 and
 * opens it in Chromium with the extension loaded, so a newcomer sees the overlay in one step.
 *
 *   npm run demo                                    a browser window; close it to stop
 *   npm run demo -- --headless --screenshot FILE    no display: waits for the overlay, opens its
 *                                                   panel, writes a PNG, exits non-zero when the
 *                                                   overlay never appeared
 * Other flags: `--no-build` (use the existing build), `--page PATH` (another served page, e.g.
 * `/demo/unrelated.html` or `/fixtures/ja-haken-law.html`), `--timeout SECONDS` (default 30),
 * `--no-install` (never install Chromium), `--help`. The build goes to `LENS_OUT_DIR` (default
 * `.output`). Without Chromium, the demo installs Debian's package when it may and otherwise
 * prints the command that does (`./demo-setup.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../tests/e2e/harness/fixture-server';
import type { PageHandle } from '../tests/e2e/harness/page-handle';
import { repoRoot } from '../tests/e2e/harness/paths';
import { launchExtension } from '../tests/e2e/harness/session';
import { CHROMIUM_DEFAULT_PATH, chromiumPlan } from './demo-setup';

const HOST = 'dprk-labor-lens';

const USAGE = `Usage: npm run demo [-- options]

Builds DPRK Labor Lens and opens Chromium with it on a demo news article (served on 127.0.0.1).

  --headless             no window (implied by --screenshot)
  --screenshot FILE      wait for the overlay, open its panel, write a PNG, exit 1 if it never appears
  --page PATH            another served page, e.g. /demo/unrelated.html (default /demo/index.html)
  --timeout SECONDS      how long to wait for the overlay (default 30)
  --no-build             use the existing build in LENS_OUT_DIR (default .output)
  --no-install           never install Chromium; print the command instead
  -h, --help             this text

Chromium: CHROMIUM_PATH, or Debian's package at ${CHROMIUM_DEFAULT_PATH}. When it is missing, the
demo installs the package if it runs as root or sudo needs no password, and otherwise prints the
command to run.`;

const OPTIONS = {
  headless: { type: 'boolean', default: false },
  screenshot: { type: 'string' },
  'no-build': { type: 'boolean', default: false },
  'no-install': { type: 'boolean', default: false },
  page: { type: 'string', default: '/demo/index.html' },
  timeout: { type: 'string', default: '30' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The options, or the exit code when there is nothing to run (help, a bad option). */
function readOptions():
  | ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values']
  | number {
  try {
    const { values } = parseArgs({ options: OPTIONS });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!(Number(values.timeout) > 0))
      throw new Error(`--timeout must be a number of seconds, not "${values.timeout}"`);
    return values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
}

/** Makes sure Chromium is there: installs it when the demo may, else says how; false to stop. */
function ensureChromium(noInstall: boolean): boolean {
  const fromEnv = Boolean(process.env.CHROMIUM_PATH);
  const path = process.env.CHROMIUM_PATH || CHROMIUM_DEFAULT_PATH;
  const state = {
    path,
    fromEnv,
    exists: existsSync(path),
    isRoot: process.getuid?.() === 0,
    sudoWithoutPassword: spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    noInstall,
  };
  const plan = chromiumPlan(state);
  if (plan.kind === 'ready') return true;
  if (plan.kind === 'stop') {
    console.error(plan.message);
    return false;
  }
  console.log(`Chromium is not installed; installing it: ${plan.shown}`);
  for (const [command = '', ...args] of plan.commands) {
    const run = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(`"${[command, ...args].join(' ')}" failed; see the output above.`);
      return false;
    }
  }
  return existsSync(path);
}

function build(): void {
  console.log('Building the Chrome extension (wxt build)...');
  const wxt = resolve(repoRoot, 'node_modules/.bin/wxt');
  const result = spawnSync(wxt, ['build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed; see the output above');
}

/** Waits for the overlay host; false when it did not appear in time. */
async function waitForOverlay(page: PageHandle, seconds: number): Promise<boolean> {
  try {
    await page.waitFor(HOST, { timeout: seconds * 1000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the overlay's panel through its toggle button, when it has one, and waits until it has
 * finished appearing: its cards are shown, its opening animation has run, fonts are loaded and
 * a frame has been painted since.
 */
async function openPanel(page: PageHandle): Promise<void> {
  const toggle = `${HOST} >>> button[aria-expanded="false"]`;
  if ((await page.count(toggle)) === 0) return;
  await page.click(toggle);
  await page.waitFor(`${HOST} >>> button[aria-expanded="true"]`, { timeout: 5000 });
  await page.waitFor(`${HOST} >>> .panel .card`, { state: 'visible', timeout: 5000 });
  await page.evaluate(async () => {
    const root = document.querySelector('dprk-labor-lens')?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function main(): Promise<number> {
  const values = readOptions();
  if (typeof values === 'number') return values;
  const headless = values.headless || values.screenshot !== undefined;
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run: npm run demo -- --headless --screenshot demo.png');
    return 2;
  }
  const seconds = Number(values.timeout);
  if (!ensureChromium(values['no-install'])) return 2;
  if (!values['no-build']) build();
  const server = await startFixtureServer();
  const session = await launchExtension('chromium', { headed: !headless });
  const page = await session.newPage();
  const url = server.url(values.page);
  console.log(`Opening ${url}`);
  await page.goto(url);

  if (!headless) {
    console.log(
      'Chromium is open with DPRK Labor Lens. Close the window (or press Ctrl+C) to stop.',
    );
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      (page.raw as import('playwright-core').Page).context().once('close', () => done());
    });
    await session.close();
    await server.close();
    return 0;
  }

  const appeared = await waitForOverlay(page, seconds);
  if (appeared) await openPanel(page).catch((error) => console.warn(`Panel: ${error}`));
  const file = resolve(process.cwd(), values.screenshot ?? 'test-results/demo.png');
  await page.screenshot(file);
  console.log(`Screenshot written: ${file}`);
  await session.close();
  await server.close();
  if (!appeared) {
    console.error(`The overlay <${HOST}> did not appear on ${values.page} within ${seconds} s.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
