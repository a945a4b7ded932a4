import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '@/src/cli/scan';
import { detect, fold, quickGate } from '@/src/detect';
import { compileBundledData } from '@/src/detect/bundled-data';
import {
  GATE_NEEDLES,
  GATE_PATTERNS,
  GATE_WORK_PATTERNS,
  namesWork,
  subjectGate,
} from '@/src/detect/gate';
import {
  anchorsFor,
  gateNeedles,
  gatePatterns,
  minimalNorthKoreaPatterns,
  spellings,
  trieSource,
  workNeedles,
  workPatterns,
} from '@/src/detect/gate-needles';
import { EV } from '@/src/detect/lexicon';
import { labels } from './eval-set';

const ROOT = join(import.meta.dirname, '../../fixtures/detect');

describe('gate', () => {
  const entries = compileBundledData();

  it('ships the needle list the lexicon yields (else run `npm run build:lexicon`)', () => {
    expect(GATE_NEEDLES).toEqual(gateNeedles(entries));
  });

  it('ships the patterns the needles yield (else run `npm run build:lexicon`)', () => {
    expect(GATE_PATTERNS).toEqual(gatePatterns(GATE_NEEDLES));
    expect(GATE_PATTERNS.map((p) => p.script)).toEqual(['latin', 'cyrillic', 'hangul', 'cjk']);
  });

  it('has a needle inside every North Korea pattern of the lexicon', () => {
    const folded = GATE_NEEDLES.map(fold);
    const uncovered = entries
      .filter((e) => (e.evidence & EV.D) !== 0)
      .filter((e) => !folded.some((n) => e.pattern.includes(n)))
      .map((e) => e.pattern);
    expect(uncovered).toEqual([]);
  });

  it('keeps only the North Korea patterns no other one lies inside', () => {
    const minimal = minimalNorthKoreaPatterns(entries);
    expect(minimal).toContain('dprk');
    expect(minimal).not.toContain('dprk worker');
    expect(minimal).not.toContain('vladivostok');
  });

  it('spells needles with traditional Han characters too', () => {
    expect(spellings('北韩')).toEqual(['北韩', '北韓']);
    expect(spellings('북한')).toEqual(['북한']);
  });

  it('passes text naming North Korea in any case or script, and nothing else', () => {
    for (const text of [
      'The DPRK said',
      'Workers from NORTH KOREA',
      '北韓勞工',
      '北朝鮮の',
      'КНДР',
    ])
      expect(quickGate(text), text).toBe(true);
    for (const text of [
      'South Korean exports rose',
      'Central Asian migrants in Moscow',
      'd and p, r and k',
      '',
    ])
      expect(quickGate(text), text).toBe(false);
  });

  it('lets through every labelled document the detector finds relevant', () => {
    const missed: string[] = [];
    for (const label of [...labels('dev'), ...labels('holdout')]) {
      const content = readFileSync(join(ROOT, label.file), 'utf8');
      const doc = loadDocument(label.file, content);
      if (detect(doc, { sensitivity: 'high' }).relevant && !quickGate(doc.text))
        missed.push(label.file);
    }
    expect(missed).toEqual([]);
  });

  it('anchors every needle on a word it contains, so the anchors never turn away a needle', () => {
    const anchors = anchorsFor(GATE_NEEDLES);
    GATE_NEEDLES.forEach((needle, i) => {
      const anchor = new RegExp((anchors[i] as string).replaceAll(' ', '[^a-z0-9]*'));
      expect(anchor.test(needle), needle).toBe(true);
      expect(anchor.test(needle.replaceAll(' ', ' -\n')), needle).toBe(true);
    });
    expect(new Set(anchors.filter((a) => /^[a-z]+$/.test(a)))).toEqual(
      new Set([
        'dprk',
        'korea',
        'rason',
        'naseon',
        'sinuiju',
        'shinuiju',
        'pyongyang',
        'pyeongyang',
        'tumangang',
        'tuman',
        'regime',
        'norths',
        'jong',
        'loyalty',
        'quota',
        'pyongannam',
        'phyongannam',
        'pyongan',
        'revolutionary',
        'mansudae',
        'musan',
        'najin',
        'rajin',
      ]),
    );
  });

  it('lets words meet without a separator, as text nodes joined like textContent do', () => {
    expect(quickGate('<h2>North</h2><p>Korea'.replace(/<[^>]+>/g, ''))).toBe(true);
    expect(quickGate('NorthKorea')).toBe(true);
  });

  it('spells every needle as some lexicon pattern folds', () => {
    for (const needle of GATE_NEEDLES)
      expect(entries.some((e) => e.pattern.includes(fold(needle)))).toBe(true);
  });

  it('ships the work pattern the lexicon yields (else run `npm run build:lexicon`)', () => {
    expect(GATE_WORK_PATTERNS).toEqual(workPatterns(workNeedles(entries)));
    expect(GATE_WORK_PATTERNS.map((p) => p.script)).toEqual(['latin', 'cyrillic', 'hangul', 'cjk']);
  });

  it('names work for worker words in every language, not for their look-alikes', () => {
    for (const text of [
      'North Korean workers',
      'рабочие из КНДР',
      '북한 노동자',
      '朝鲜工人',
      '北朝鮮労働者',
      'sent MEN abroad',
    ])
      expect(namesWork(text), text).toBe(true);
    for (const text of ['the government said', 'missile launch at Sohae', 'Kim met Putin'])
      expect(namesWork(text), text).toBe(false);
  });

  it('passes a page read in parts once one part names North Korea and another names work', () => {
    const gate = subjectGate();
    expect(gate('North Korea fires a missile')).toBe(false);
    expect(gate('The city council met on Tuesday')).toBe(false);
    expect(gate('Construction workers arrived by train')).toBe(true);
    expect(subjectGate()('North Korea fires a missile; Pyongyang condemned the drills')).toBe(
      false,
    );
  });

  it('lets through, work gate included, every labelled document the detector finds relevant', () => {
    const missed: string[] = [];
    for (const label of [...labels('dev'), ...labels('holdout')]) {
      const content = readFileSync(join(ROOT, label.file), 'utf8');
      const doc = loadDocument(label.file, content);
      if (detect(doc, { sensitivity: 'high' }).relevant && !subjectGate()(doc.text))
        missed.push(label.file);
    }
    expect(missed).toEqual([]);
  });

  it('factors needles into a trie that matches exactly where one of them occurs', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'к', ' ', '[', '-', '.');
    const word = fc.string({ unit: letters, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), word, (needles, text) => {
        const re = new RegExp(trieSource(needles));
        expect(re.test(text)).toBe(needles.some((n) => text.includes(n)));
      }),
      { numRuns: 2000 },
    );
  });

  it('ends a needle with what `endOf` gives it, and keeps longer needles behind a conditional end', () => {
    const re = new RegExp(trieSource(['men', 'menial'], (n) => (n === 'men' ? '(?![a-z])' : '')));
    expect(re.test('government')).toBe(false);
    expect(re.test('menial work')).toBe(true);
    expect(re.test('sent men')).toBe(true);
  });
});
