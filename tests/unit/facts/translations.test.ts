/** Every fact's card text exists in the four other languages, complete and not left in English. */
import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import {
  bundledFactTexts,
  bundledTranslations,
  factText,
  LATIN_NAMES,
  sourceTextProblems,
  translationProblems,
} from '@/src/facts/translations';

const SCRIPT = {
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
} as const;

describe('fact translations', () => {
  it('cover every fact in ko, ru, zh and ja with as many items as the English', () => {
    expect(translationProblems(factBase.facts)).toEqual([]);
  });

  it('are written in their own script', () => {
    for (const [lang, script] of Object.entries(SCRIPT)) {
      for (const fact of factBase.facts) {
        const t = factText(fact, lang);
        expect(t.title, `${lang} ${fact.id}`).toMatch(script);
        expect(t.summary, `${lang} ${fact.id}`).toMatch(script);
      }
    }
  });

  it('fail the check when a fact is missing, short of a detail or left in English', () => {
    const [fact] = factBase.facts;
    if (!fact) throw new Error('no facts');
    const base = { ...bundledTranslations };
    const broken = {
      ...base,
      ko: { ...base.ko, [fact.id]: { ...(base.ko[fact.id] as object), details: [] } },
      ja: { ...base.ja, [fact.id]: { ...(base.ja[fact.id] as object), title: fact.title } },
      ru: Object.fromEntries(Object.entries(base.ru).filter(([id]) => id !== fact.id)),
    };
    const problems = translationProblems(factBase.facts, broken);
    expect(problems.some((p) => p.startsWith(`ko ${fact.id}.details`))).toBe(
      fact.details.length > 0,
    );
    expect(problems).toContain(`ja ${fact.id}: text left in English`);
    expect(problems.some((p) => p.startsWith(`ru ${fact.id}:`))).toBe(true);
  });

  it('fail the check when date labels or names are miscounted, empty or left in English', () => {
    const labelled = factBase.facts.find(
      (f) => f.dates.some((d) => d.label) && f.attributions.length > 0,
    );
    if (!labelled) throw new Error('no fact with a labelled date');
    const i = labelled.dates.findIndex((d) => d.label);
    const own = bundledTranslations.ko[labelled.id] as { dateLabels?: string[]; whos?: string[] };
    const labels: string[] = labelled.dates.map((d) => (d.label ? '표시' : ''));
    const whos = labelled.attributions.map(() => '누군가');
    const check = (text: object) =>
      translationProblems([labelled], {
        ...bundledTranslations,
        ko: { [labelled.id]: { ...own, dateLabels: labels, whos, ...text } },
      }).filter((p) => p.startsWith('ko '));
    const at = `ko ${labelled.id}`;
    expect(check({})).toEqual([]);
    expect(check({ dateLabels: [] })).toEqual([
      `${at}.dateLabels: 0 items, English has ${labelled.dates.length}`,
    ]);
    expect(check({ dateLabels: labels.with(i, '') })).toEqual([`${at}.dateLabels.${i}: empty`]);
    expect(check({ dateLabels: labels.with(i, labelled.dates[i]?.label ?? '') })).toEqual([
      `${at}.dateLabels.${i}: left in English`,
    ]);
    expect(check({ whos: [...whos, '더'] })[0]).toMatch(/\.whos: /);
    expect(check({ whos: whos.with(0, labelled.attributions[0]?.who ?? '') })).toEqual(
      LATIN_NAMES.ko.has(labelled.attributions[0]?.who ?? '')
        ? []
        : [`${at}.whos.0: left in English`],
    );
    const unlabelled = labelled.dates.findIndex((d) => !d.label);
    if (unlabelled >= 0)
      expect(check({ dateLabels: labels.with(unlabelled, '표시') })).toEqual([
        `${at}.dateLabels.${unlabelled}: the English date has no label`,
      ]);
  });

  it('fail the perspective check when one is missing, left in English or has no source', () => {
    const source = factBase.sources.find((s) => s.perspective);
    if (!source?.perspective) throw new Error('no source with a perspective');
    const texts = (ko: Record<string, unknown>) => ({ ko, ru: {}, zh: {}, ja: {} });
    const only = [source];
    expect(sourceTextProblems(only, texts({ [source.id]: { perspective: '매체' } }))).toEqual([
      `ru source ${source.id}: Invalid type: Expected Object but received undefined`,
      `zh source ${source.id}: Invalid type: Expected Object but received undefined`,
      `ja source ${source.id}: Invalid type: Expected Object but received undefined`,
    ]);
    const ko = sourceTextProblems(
      only,
      texts({ [source.id]: { perspective: source.perspective }, nowhere: { perspective: '매체' } }),
    ).filter((p) => p.startsWith('ko '));
    expect(ko).toEqual([
      `ko source ${source.id}: perspective left in English`,
      'ko source nowhere: no such perspective',
    ]);
  });

  it('ship each language as one table of card texts and perspectives', () => {
    const ko = bundledFactTexts('ko');
    expect(Object.keys(ko.facts)).toHaveLength(factBase.facts.length);
    expect(typeof ko.sources).toBe('object');
  });

  it('fall back to English for a language the fact base does not carry', () => {
    const [fact] = factBase.facts;
    if (!fact) throw new Error('no facts');
    expect(factText(fact, 'de').title).toBe(fact.title);
    expect(factText(fact, 'en').title).toBe(fact.title);
  });
});
