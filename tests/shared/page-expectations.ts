/**
 * The expected results for the fixture news pages (`tests/fixtures/pages/expectations.json`),
 * read the same way by the fixture checks, the scan CLI test and the in-browser overlay test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one fixture page should yield. */
export interface PageExpectation {
  page: string;
  lang: string;
  relevant: boolean;
  topics: string[];
  mustHighlight: string[];
}

/** Folder of the fixture pages. */
export const PAGES_DIR = join(import.meta.dirname, '../fixtures/pages');

/** Every page's expectation, in file order. */
export function pageExpectations(): PageExpectation[] {
  return JSON.parse(
    readFileSync(join(PAGES_DIR, 'expectations.json'), 'utf8'),
  ) as PageExpectation[];
}
