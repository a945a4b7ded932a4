/**
 * Meta-test of the bundled fact base: sources with URLs, known ids, unique ids, well-formed
 * dates, triggers that survive normalisation, and no sentence-length copying from the seed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '@/src/detect/compiled';
import { fold } from '@/src/detect/fold';
import { Scanner } from '@/src/detect/scanner';
import {
  type FuzzyDate,
  factBase,
  isCalendarDate,
  LANGS,
  referenceProblems,
} from '@/src/facts/index';
import { shingleDigest, shingles, stringFields, words } from './text';

const { facts, sources, places } = factBase;
const SEED_DIR = join(__dirname, '../../../../shared/seed');
const SEED_SHINGLES = join(__dirname, 'seed-shingles.json');

function allDates(): Array<[string, FuzzyDate]> {
  const out: Array<[string, FuzzyDate]> = [];
  for (const f of facts) {
    for (const [i, d] of f.dates.entries()) out.push([`${f.id}.dates.${i}`, d]);
    for (const [i, a] of f.attributions.entries()) {
      if (a.date) out.push([`${f.id}.attributions.${i}.date`, a.date]);
    }
  }
  for (const s of sources) out.push([`${s.id}.date`, s.date]);
  return out;
}

describe('fact base references', () => {
  it('has no duplicate ids and no unknown place, source or related-fact id', () => {
    expect(referenceProblems({ facts, sources, places })).toEqual([]);
  });

  it('gives every fact a source with an http(s) URL, the first being the one to cite', () => {
    for (const fact of facts) {
      const main = factBase.mainSource(fact);
      expect(main?.url, fact.id).toMatch(/^https?:\/\/\S+$/);
      for (const id of fact.sources)
        expect(factBase.sourceById(id)?.url, `${fact.id}: ${id}`).toBeTruthy();
    }
  });

  it('cites in `sources` every source an attribution or correction relies on', () => {
    for (const fact of facts) {
      for (const a of fact.attributions)
        expect(fact.sources, `${fact.id}: ${a.source}`).toContain(a.source);
    }
  });

  it('keeps `confirmedBy` within the number of sources the fact cites', () => {
    for (const fact of facts) {
      if (fact.confirmedBy !== undefined) {
        expect(fact.sources.length, fact.id).toBeGreaterThanOrEqual(fact.confirmedBy);
      }
    }
  });
});

describe('fact base dates', () => {
  it('gives every date a precision and a value of the matching form', () => {
    const form = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    for (const [path, d] of allDates()) {
      for (const point of d.end ? [d, d.end] : [d]) {
        expect(isCalendarDate(point.date), path).toBe(true);
        expect(['day', 'month', 'year', 'approximate'], path).toContain(point.precision);
        if (point.precision !== 'approximate')
          expect(point.date, path).toMatch(form[point.precision]);
      }
    }
  });
});

describe('fact triggers', () => {
  const script: Record<string, RegExp> = {
    ko: /\p{Script=Hangul}/u,
    ru: /\p{Script=Cyrillic}/u,
    zh: /\p{Script=Han}/u,
    ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    en: /\p{Script=Latin}/u,
  };
  // Running text around a term, in the way each language writes it.
  const around: Record<string, [string, string]> = {
    en: ['The report said ', ', officials noted.'],
    ru: ['Как сообщается, ', ' — заявили источники.'],
    ko: ['보도에 따르면 ', ' 관련 내용이다.'],
    zh: ['据报道，', '。'],
    ja: ['報道によると、', 'とされる。'],
  };
  const lexicon = bundledLexicon();

  /** Fact ids of the detector's matches that span exactly [from, to) of `text`. */
  function factsMatchedAt(text: string, from: number, to: number): string[] {
    const scanner = new Scanner(lexicon.scan);
    scanner.feed(text);
    const result = scanner.finish();
    const ids: string[] = [];
    for (let i = 0; i < result.count; i++) {
      if (result.start[i] !== from || result.end[i] !== to) continue;
      ids.push(...(lexicon.entries[result.pattern[i] as number]?.factIds ?? []));
    }
    return ids;
  }

  it('gives every fact triggers in all five languages, written in that language', () => {
    for (const fact of facts) {
      for (const lang of LANGS) {
        const terms = fact.triggers[lang] ?? [];
        expect(terms.length, `${fact.id}.${lang}`).toBeGreaterThan(0);
        for (const term of terms)
          expect(term, `${fact.id}.${lang}`).toMatch(script[lang] as RegExp);
      }
    }
  });

  it('has trigger terms whose normalised form is stable and distinct within a language', () => {
    for (const fact of facts) {
      for (const [lang, terms] of Object.entries(fact.triggers)) {
        for (const term of terms) {
          const folded = fold(term);
          expect(folded.length, `${fact.id}.${lang}: ${term}`).toBeGreaterThan(1);
          expect(fold(folded), term).toBe(folded);
        }
        expect(new Set(terms.map(fold)).size, `${fact.id}.${lang} duplicates`).toBe(terms.length);
      }
    }
  });

  it('has trigger terms the detector finds in running text, for their own fact', () => {
    const missed: string[] = [];
    for (const fact of facts) {
      for (const [lang, terms] of Object.entries(fact.triggers)) {
        const [before, after] = around[lang] as [string, string];
        for (const term of terms) {
          const text = `${before}${term}${after}`;
          const ids = factsMatchedAt(text, before.length, before.length + term.length);
          if (!ids.includes(fact.id)) missed.push(`${fact.id}.${lang}: ${term}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('no copying from the seed article', () => {
  // The seed's 8-word shingles are kept as digests, so the check runs in any clone without
  // shipping the article; where the seed itself is present, the digests are checked against it.
  const digests = new Set<string>(JSON.parse(readFileSync(SEED_SHINGLES, 'utf8')) as string[]);

  it('has shingle digests that match the seed article when it is present', () => {
    expect(digests.size).toBeGreaterThan(400);
    if (!existsSync(SEED_DIR)) return;
    const seedText = readdirSync(SEED_DIR)
      .map((name) => readFileSync(join(SEED_DIR, name), 'utf8'))
      .join('\n');
    const fromSeed = [...shingles(words(seedText), 8)].map(shingleDigest).sort();
    expect(fromSeed).toEqual([...digests].sort());
  });

  it('shares no run of 8 consecutive words with the seed in any text field', () => {
    const copied: string[] = [];
    const check = (record: unknown, path: string) => {
      for (const [field, text] of stringFields(record, path)) {
        for (const gram of shingles(words(text), 8)) {
          if (digests.has(shingleDigest(gram))) copied.push(`${field}: "${gram}"`);
        }
      }
    };
    for (const [i, f] of facts.entries()) check(f, `facts[${i}] ${f.id}`);
    for (const [i, p] of places.entries()) check(p, `places[${i}] ${p.id}`);
    // A source's title and URL are citations of the publication and stay as published.
    for (const [i, s] of sources.entries()) {
      check({ ...s, title: '', url: '' }, `sources[${i}] ${s.id}`);
    }
    expect(copied).toEqual([]);
  });

  it('would catch a sentence copied from the seed', () => {
    const copied = 'North Korea routinely dispatches its workers directly from Rason to Hassan';
    const hits = [...shingles(words(copied), 8)].filter((g) => digests.has(shingleDigest(g)));
    expect(hits.length).toBeGreaterThan(0);
  });
});
