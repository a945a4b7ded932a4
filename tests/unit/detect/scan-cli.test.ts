import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLine } from '@/src/cli/scan';
import { PAGES_DIR, pageExpectations } from '@/tests/shared/page-expectations';

const ROOT = join(import.meta.dirname, '../../..');
const PAGES = PAGES_DIR;

describe('scan CLI', () => {
  const expectations = pageExpectations();

  it.each(expectations)('reduces $page to its main text and judges it', (exp) => {
    const html = readFileSync(join(PAGES, exp.page), 'utf8');
    const line = JSON.parse(scanLine(exp.page, html));
    expect(Object.keys(line)).toEqual([
      'file',
      'relevant',
      'score',
      'lang',
      'topics',
      'facts',
      'matches',
      'cards',
      'evidence',
    ]);
    // The verdict says why: two or three sentences of the page, empty when not relevant.
    if (exp.relevant) {
      expect(line.evidence.length).toBeGreaterThan(0);
      expect(line.evidence.length).toBeLessThanOrEqual(3);
    } else expect(line.evidence).toEqual([]);
    for (const e of line.evidence) {
      expect(Object.keys(e)).toEqual(['start', 'end', 'text']);
      expect(e.end - e.start).toBe(e.text.length);
    }
    expect(line.relevant).toBe(exp.relevant);
    // Cards in rank order, each with its topic and why; `facts` lists the same ids.
    expect(line.facts).toEqual(line.cards.map((c: { fact: string }) => c.fact));
    if (exp.relevant) expect(line.cards.length).toBeGreaterThanOrEqual(3);
    else expect(line.cards).toEqual([]);
    for (const card of line.cards) {
      expect(Object.keys(card)).toEqual(['fact', 'topic', 'why']);
      expect(card.why).toMatch(/\S/);
    }
    expect(line.lang).toBe(exp.lang);
    expect(line.topics).toEqual(expect.arrayContaining(exp.topics));
    const terms = line.matches.map((m: { term: string }) => m.term);
    // A place may be marked inside the trigger phrase that names its fact ("via Khasan").
    for (const term of exp.mustHighlight)
      expect(
        terms.some((t: string) => t.includes(term)),
        term,
      ).toBe(true);
  });

  it('prints one line per file, reads stdin, and reports a missing file with exit code 2', {
    timeout: 60_000,
  }, () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/scan.ts',
        'tests/fixtures/pages/en-missile-test.html',
        'missing.txt',
        '-',
      ],
      { cwd: ROOT, input: '북한 노동자들이 러시아로 파견됐다', encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.txt');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.relevant])).toEqual([
      ['tests/fixtures/pages/en-missile-test.html', false],
      ['-', true],
    ]);
    expect(lines[1].matches[0]).toEqual({ term: '북한 노동자', start: 0, end: 6 });
  });

  it('with --explain, lists every standing match with its evidence letters', () => {
    const text =
      'Hundreds of North Korean workers were sent to Vladivostok. Chinese tourists came too.';
    const line = JSON.parse(scanLine('brief.txt', text, '2026-12-01', { explain: true }));
    expect(line.rawScore).toBeGreaterThanOrEqual(2.5);
    const byTerm = Object.fromEntries(
      line.explained.map((m: { term: string; evidence: string }) => [m.term, m.evidence]),
    );
    expect(byTerm['North Korean worker']).toContain('D');
    expect(byTerm['North Korean worker']).toContain('W');
    expect(byTerm.Vladivostok).toContain('B');
    expect(byTerm.Chinese).toContain('F');
    expect(byTerm.tourists).toContain('S');
    for (const m of line.explained) expect(text.slice(m.start, m.end)).toBe(m.term);
    // Without the flag the line stays as it was.
    expect(JSON.parse(scanLine('brief.txt', text, '2026-12-01'))).not.toHaveProperty('explained');
  });

  it('prints its usage for --help and exits 0', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/^usage: npm run scan -- \[--explain\] FILE/);
  });

  it('exits 0 when every file is read', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', '-'], {
      cwd: ROOT,
      input: 'Weather: sunny.',
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({
      file: '-',
      relevant: false,
      topics: [],
      facts: [],
      matches: [],
    });
  });
});
