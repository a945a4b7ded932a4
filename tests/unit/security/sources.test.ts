/**
 * What the extension's own sources never do, checked over every file of src/ and entrypoints/:
 * page text is rendered as text, never parsed as HTML; no code is built from strings; no
 * request is made except by the sharing outbox. (`web-ext lint` still warns about Preact's
 * `dangerouslySetInnerHTML` path, which this code never takes, and about the content script's
 * `import()` of its own card UI module; see SECURITY.md.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Files of the extension (src/cli and the build-time popup shell run in Node, not in it). */
const sources = [...files(join(root, 'src')), ...files(join(root, 'entrypoints'))]
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
  .filter(({ path }) => !path.startsWith(join('src', 'cli')));

function offenders(pattern: RegExp, allowed: string[] = []): string[] {
  return sources
    .filter(({ path, text }) => pattern.test(text) && !allowed.includes(path))
    .map(({ path }) => path);
}

describe('extension sources', () => {
  it('never write HTML from strings', () => {
    expect(
      offenders(
        /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write/,
      ),
    ).toEqual([]);
  });

  it('never build code from strings', () => {
    expect(offenders(/\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]/)).toEqual([]);
  });

  it('make network requests only in the sharing outbox', () => {
    expect(
      offenders(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|EventSource\s*\(/, [
        join('src', 'background', 'outbox-service.ts'),
        join('src', 'sightings', 'outbox.ts'),
        // Reads a file of the extension's own package, nothing on the network (checked below).
        join('src', 'i18n', 'fact-texts.ts'),
      ]),
    ).toEqual([]);
    const texts = readFileSync(join(root, 'src', 'i18n', 'fact-texts.ts'), 'utf8');
    expect(texts.match(/\bfetch\s*\(/g)).toHaveLength(1);
    expect(texts).toMatch(/\bfetch\(browser\.runtime\.getURL\(/);
  });

  it('keep the page world at arm’s length: no wrappedJSObject outside the sheet adopter', () => {
    expect(offenders(/wrappedJSObject/, [join('src', 'page', 'adopt-sheet.ts')])).toEqual([]);
  });
});
