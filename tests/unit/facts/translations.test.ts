/** Every fact's card text exists in the four other languages, complete and not left in English. */
import { describe, expect, it } from 'vitest';
import { factBase } from '@/src/facts';
import { bundledTranslations, factText, translationProblems } from '@/src/facts/translations';

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

  it('fall back to English for a language the fact base does not carry', () => {
    const [fact] = factBase.facts;
    if (!fact) throw new Error('no facts');
    expect(factText(fact, 'de').title).toBe(fact.title);
    expect(factText(fact, 'en').title).toBe(fact.title);
  });
});
