/**
 * Where the browser tests find browsers, the built extension and their artifact folder.
 * Everything is overridable by environment so CI, a developer machine and parallel builds
 * (`LENS_OUT_DIR`) can share one harness.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two browsers every browser test runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** Repository root, independent of the directory the tests were started from. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const browserSetup: Record<BrowserName, { env: string; fallback: string; debianPackage: string }> =
  {
    chromium: { env: 'CHROMIUM_PATH', fallback: '/usr/bin/chromium', debianPackage: 'chromium' },
    firefox: {
      env: 'FIREFOX_PATH',
      fallback: '/usr/bin/firefox-esr',
      debianPackage: 'firefox-esr',
    },
  };

/**
 * The browser executable: `CHROMIUM_PATH` / `FIREFOX_PATH`, else the Debian location. Throws a
 * message naming the package to install, because a missing browser is the most common set-up
 * failure and should not surface as a cryptic spawn error.
 */
export function findBrowserExecutable(browser: BrowserName): string {
  const { env, fallback, debianPackage } = browserSetup[browser];
  const fromEnv = process.env[env];
  const path = fromEnv && fromEnv.length > 0 ? fromEnv : fallback;
  if (!existsSync(path)) {
    const origin = fromEnv ? `${env}=${fromEnv}` : `${fallback} (set ${env} to use another path)`;
    throw new Error(
      `${browser} not found at ${origin}. Install it with: sudo apt-get install -y ${debianPackage}`,
    );
  }
  return path;
}

/** The build folder the tests load: `LENS_OUT_DIR` (default `.output`), relative to the repo. */
export function outputDir(outDir?: string): string {
  return resolve(repoRoot, outDir ?? process.env.LENS_OUT_DIR ?? '.output');
}

/**
 * The unpacked extension for one browser inside the build folder. Fails with the build command
 * when it is missing, so a stale or absent build is obvious.
 */
export function extensionDir(browser: BrowserName, outDir?: string): string {
  const root = outputDir(outDir);
  const candidates = browser === 'chromium' ? ['chrome-mv3'] : ['firefox-mv2', 'firefox-mv3'];
  for (const name of candidates) {
    const dir = join(root, name);
    if (existsSync(join(dir, 'manifest.json'))) return dir;
  }
  const buildCommand = browser === 'chromium' ? 'npx wxt build' : 'npx wxt build -b firefox';
  throw new Error(
    `No ${browser} build in ${root} (looked for ${candidates.join(', ')}). Run: ` +
      `LENS_OUT_DIR=${root} ${buildCommand}`,
  );
}

/** The parsed `manifest.json` of a built extension (used for the Firefox add-on id). */
export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** `test-results/<...parts>` (created on demand, gitignored): screenshots and other artifacts. */
export function artifactPath(...parts: string[]): string {
  const path = join(repoRoot, 'test-results', ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
