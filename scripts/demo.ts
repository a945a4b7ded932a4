/**
 * `npm run demo`: builds the Chrome extension, serves the bundled demo article on 127.0.0.1 and
 * opens it in Chromium with the extension loaded, so a newcomer sees the overlay in one step.
 *
 *   npm run demo                                    a browser window; close it to stop
 *   npm run demo -- --headless --screenshot FILE    no display: waits for the overlay, opens its
 *                                                   panel, writes a PNG, exits non-zero when the
 *                                                   overlay never appeared
 * Other flags: `--no-build` (use the existing build), `--page PATH` (another served page, e.g.
 * `/demo/unrelated.html` or `/fixtures/ja-haken-law.html`), `--timeout SECONDS` (default 30).
 * The build goes to `LENS_OUT_DIR` (default `.output`).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../tests/e2e/harness/fixture-server';
import type { PageHandle } from '../tests/e2e/harness/page-handle';
import { repoRoot } from '../tests/e2e/harness/paths';
import { launchExtension } from '../tests/e2e/harness/session';

const HOST = 'dprk-labor-lens';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    page: { type: 'string', default: '/demo/index.html' },
    timeout: { type: 'string', default: '30' },
  },
});

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

/** Opens the overlay's panel through its toggle button, when it has one. */
async function openPanel(page: PageHandle): Promise<void> {
  const toggle = `${HOST} >>> button[aria-expanded="false"]`;
  if ((await page.count(toggle)) === 0) return;
  await page.click(toggle);
  await page.waitFor(`${HOST} >>> button[aria-expanded="true"]`, { timeout: 5000 });
}

async function main(): Promise<number> {
  const headless = values.headless || values.screenshot !== undefined;
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run: npm run demo -- --headless --screenshot demo.png');
    return 2;
  }
  const seconds = Number(values.timeout);
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
