/**
 * Runs one test body in Chromium and in Firefox. Each browser gets its own `describe` block
 * that launches the extension once (beforeAll) and closes it at the end (afterAll), so a file
 * holds at most one browser at a time. Tabs a test opens are closed after it; when a test
 * fails, each of its open tabs is first saved as a screenshot under `test-results/`.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { type EgressProxy, startEgressProxy } from './egress-proxy';
import {
  type FixtureServer,
  type FixtureServerOptions,
  startFixtureServer,
} from './fixture-server';
import { artifactPath, type BrowserName } from './paths';
import { type ExtensionSession, type LaunchOptions, launchExtension } from './session';

/** What a test body gets; the getters throw when used outside a test or hook. */
export interface BrowserTestContext {
  readonly browser: BrowserName;
  /** The session of this browser (launched before the first test of the block). */
  readonly session: ExtensionSession;
  /** The fixture server of this block (fixture pages, demo, and any extra mounts). */
  readonly server: FixtureServer;
  /** Every request that left the browser (only with the `egress` option). */
  readonly egress: EgressProxy;
}

/** Options of {@link describeEachBrowser}. */
export interface DescribeEachBrowserOptions extends LaunchOptions {
  server?: FixtureServerOptions;
  /** Default: both, or the comma list in `LENS_BROWSERS` (e.g. `LENS_BROWSERS=firefox`). */
  browsers?: BrowserName[];
  /** Send all the browser's traffic through a recording proxy, read as `ctx.egress`. */
  egress?: boolean;
}

/** The browsers to run: `LENS_BROWSERS` when set, else Chromium and Firefox. */
export function selectedBrowsers(): BrowserName[] {
  const wanted = (process.env.LENS_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim());
  for (const name of wanted) {
    if (name !== 'chromium' && name !== 'firefox') {
      throw new Error(`LENS_BROWSERS: unknown browser "${name}" (use chromium, firefox)`);
    }
  }
  return wanted as BrowserName[];
}

/** Declares `name [chromium]` and `name [firefox]` suites that share one test body. */
export function describeEachBrowser(
  name: string,
  body: (ctx: BrowserTestContext) => void,
  options: DescribeEachBrowserOptions = {},
): void {
  const browsers = options.browsers ?? selectedBrowsers();
  for (const browser of browsers) {
    describe.sequential(`${name} [${browser}]`, () => {
      let session: ExtensionSession | undefined;
      let server: FixtureServer | undefined;
      let egress: EgressProxy | undefined;
      const before = new Set<unknown>();

      beforeAll(async () => {
        server = await startFixtureServer(options.server);
        if (options.egress) egress = await startEgressProxy();
        session = await launchExtension(browser, {
          ...options,
          ...(egress ? { proxy: { host: egress.host, port: egress.port } } : {}),
        });
      });
      afterAll(async () => {
        await session?.close();
        await server?.close();
        await egress?.close();
      });
      beforeEach(() => {
        for (const page of session?.openPages() ?? []) before.add(page);
      });
      afterEach(async (test) => {
        const failed = test.task.result?.state === 'fail';
        for (const [index, page] of (session?.openPages() ?? []).entries()) {
          if (failed) {
            const file = artifactPath(browser, `${slug(test.task.name)}-${index}.png`);
            await page.screenshot(file).catch(() => {});
          }
          if (!before.has(page)) await page.close().catch(() => {});
        }
      });

      body({
        browser,
        get session() {
          if (!session)
            throw new Error('The browser session starts in beforeAll; use it in a test');
          return session;
        },
        get server() {
          if (!server) throw new Error('The fixture server starts in beforeAll; use it in a test');
          return server;
        },
        get egress() {
          if (!egress)
            throw new Error('Pass { egress: true } to describeEachBrowser to record egress');
          return egress;
        },
      });
    });
  }
}

function slug(text: string): string {
  return (
    text
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'test'
  );
}
