/**
 * Re-anchoring benchmark: ~100 KB pages of mixed-language news text and 100 stored quotes,
 * in the situations resurfacing meets: the page unchanged, shifted by an inserted paragraph,
 * lightly edited around each quote, and a page that contains none of the quotes. Prints
 * milliseconds per situation (median of several runs) and per quote.
 *
 * Run: npm run bench:quote
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorQuote } from '../src/quote/anchor';
import { matchQuote } from '../src/quote/match-quote';
import { quoteSelectorFor } from '../src/quote/selectors';
import type { QuoteSelector, Sighting } from '../src/sightings/model';
import { recordedQuoteOf, resurface } from '../src/sightings/resurface';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same work. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceSentences(): string[] {
  const pages = join(import.meta.dirname, '../tests/fixtures/pages');
  const texts = readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(pages, f), 'utf8').replace(/<[^>]+>/g, ' '));
  return texts
    .join('\n')
    .split(/(?<=[.!?。！？])\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 20);
}

function buildPage(sentences: string[], size: number, rnd: () => number): string {
  let page = '';
  while (page.length < size) page += `${sentences[Math.floor(rnd() * sentences.length)]} `;
  return page;
}

/** Runs of 3–8 consecutive words from random places: reads like news, repeats like news. */
function buildNewsLikePage(sentences: string[], size: number, rnd: () => number): string {
  const words = sentences.join(' ').split(' ');
  let page = '';
  while (page.length < size) {
    const at = Math.floor(rnd() * (words.length - 8));
    page += `${words.slice(at, at + 3 + Math.floor(rnd() * 6)).join(' ')} `;
  }
  return page;
}

function editNear(text: string, q: Required<QuoteSelector>, rnd: () => number): string {
  const at = q.start + Math.floor(rnd() * (q.end - q.start));
  return `${text.slice(0, at)}X${text.slice(at + 1)}`;
}

function median(run: () => unknown, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(times / 2)] ?? 0;
}

function pickQuotes(page: string, rnd: () => number): Required<QuoteSelector>[] {
  const quotes: Required<QuoteSelector>[] = [];
  while (quotes.length < 100) {
    const start = Math.floor(rnd() * (page.length - 300));
    const q = quoteSelectorFor(page, start, start + 60 + Math.floor(rnd() * 140));
    if (page.indexOf(q.exact) === page.lastIndexOf(q.exact)) quotes.push(q);
  }
  return quotes;
}

/** Minimal stored sightings around quotes, for the batch `resurface` measurement. */
function sightingsFor(quotes: QuoteSelector[], url: string): Sighting[] {
  return quotes.map((quote, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    schemaVersion: 2,
    createdAt: '2026-11-28T00:00:00.000Z',
    updatedAt: '2026-11-28T00:00:00.000Z',
    page: {
      url,
      title: '',
      site: '',
      lang: 'en',
      capturedAt: '2026-11-28T00:00:00.000Z',
      textCaptured: true,
      textSha256: '0'.repeat(64),
    },
    quote,
    observed: { date: '2017', precision: 'year' },
    place: { name: 'Dandong' },
    count: { kind: 'unknown' },
    direction: 'unknown',
    relatedFacts: [],
    confidence: 'unverified',
    notes: '',
  }));
}

function runSituations(title: string, page: string, rnd: () => number): void {
  const quotes = pickQuotes(page, rnd);
  const shifted = `${'An inserted paragraph that moves every offset. '.repeat(20)}${page}`;
  let edited = page;
  for (const q of quotes) edited = editNear(edited, q, rnd);
  const other = buildPage(
    ['Completely unrelated text about weather and sport, nothing else. '],
    page.length,
    rnd,
  );
  const situations: Array<[string, string, number | undefined]> = [
    ['unchanged page (stored position)', page, undefined],
    ['shifted page (exact quote)', shifted, undefined],
    ['edited page, 1 edit per quote, max errors m/2', edited, undefined],
    ['edited page, 1 edit per quote, max errors m/8', edited, 1 / 8],
    ['unrelated page, max errors m/2', other, undefined],
    ['unrelated page, max errors m/8 (other URLs)', other, 1 / 8],
  ];
  console.log(
    `\n${title}: ${page.length} UTF-16 units, ${quotes.length} quotes of 60–200 characters`,
  );
  for (const [label, text, ratio] of situations) {
    let found = 0;
    const ms = median(() => {
      found = 0;
      for (const q of quotes) {
        const options =
          ratio === undefined ? {} : { maxErrors: Math.floor(q.exact.length * ratio) };
        if (anchorQuote(text, q, options)) found++;
      }
    });
    const perQuote = (ms / quotes.length).toFixed(3);
    console.log(
      `  ${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  ${perQuote} ms/quote  found ${found}`,
    );
  }
  const recorded = sightingsFor(quotes, 'https://example.org/recorded').map(recordedQuoteOf);
  const batches: Array<[string, string, string]> = [
    ['resurface(): recorded page, edited', edited, 'https://example.org/recorded'],
    ['resurface(): unrelated page, other URL', other, 'https://example.org/other'],
    ['resurface(): edited page, other URL', edited, 'https://example.org/other'],
  ];
  for (const [label, text, url] of batches) {
    let found = 0;
    const ms = median(() => {
      found = resurface(text, url, recorded).length;
    });
    console.log(
      `  ${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  for 100 sightings   found ${found}`,
    );
  }
  const q0 = quotes[0] as QuoteSelector;
  const single = median(() => matchQuote(other, q0.exact), 5);
  console.log(
    `  reference: one ${q0.exact.length}-character quote, full scan: ${single.toFixed(2)} ms`,
  );
}

const rnd = random(7);
const sentences = sourceSentences();
runSituations(
  'News-like page (word runs from the fixture pages)',
  buildNewsLikePage(sentences, 100_000, rnd),
  rnd,
);
runSituations(
  'Repetitive page (each fixture sentence about 3 times)',
  buildPage(sentences, 100_000, rnd),
  rnd,
);
