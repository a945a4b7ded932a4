/**
 * The card texts of every fact in the four languages besides English, written by the project
 * (`data/i18n/<lang>.json`): title, summary, details, corrections, date labels, who says it and
 * in what role; and the sources' notes on perspective (`data/i18n/sources-<lang>.json`). Cards
 * are shown in the reader's language and can be switched to another; source titles and
 * publication names stay as published and place names follow the gazetteer. Checked where they
 * are loaded: every fact and every perspective in every language, the same number of items as
 * the English, nothing left in English.
 */
import * as v from 'valibot';
import ja from './data/i18n/ja.json';
import ko from './data/i18n/ko.json';
import ru from './data/i18n/ru.json';
import sourcesJa from './data/i18n/sources-ja.json';
import sourcesKo from './data/i18n/sources-ko.json';
import sourcesRu from './data/i18n/sources-ru.json';
import sourcesZh from './data/i18n/sources-zh.json';
import zh from './data/i18n/zh.json';
import {
  englishText,
  type FactText,
  FactTextSchema,
  type FactTexts,
  parseFactTexts,
  SourceTextSchema,
  type TranslatedLang,
} from './fact-text';
import type { Fact, Source } from './schema';

export { englishText, type FactText, FactTextSchema, type TranslatedLang };

/** The bundled translations, unvalidated (see {@link translationProblems}). */
export const bundledTranslations: Record<TranslatedLang, Record<string, unknown>> = {
  ko,
  ru,
  zh,
  ja,
};

/** The bundled perspectives of the sources by source id, unvalidated (see {@link sourceTextProblems}). */
export const bundledSourceTexts: Record<TranslatedLang, Record<string, unknown>> = {
  ko: sourcesKo,
  ru: sourcesRu,
  zh: sourcesZh,
  ja: sourcesJa,
};

/** One language's bundled card texts and perspectives, checked (throws on a damaged table). */
export function bundledFactTexts(lang: TranslatedLang): FactTexts {
  return parseFactTexts({ facts: bundledTranslations[lang], sources: bundledSourceTexts[lang] });
}

/**
 * Every problem with the translated perspectives of `sources`, one line each: each source with
 * a perspective has one in every language, not left in English, and no entry names a source
 * that has none.
 */
export function sourceTextProblems(
  sources: readonly Source[],
  texts: Record<TranslatedLang, Record<string, unknown>> = bundledSourceTexts,
): string[] {
  const problems: string[] = [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const [lang, table] of Object.entries(texts) as Array<
    [TranslatedLang, Record<string, unknown>]
  >) {
    for (const source of sources) {
      if (!source.perspective) continue;
      const result = v.safeParse(SourceTextSchema, table[source.id]);
      if (!result.success) {
        problems.push(`${lang} source ${source.id}: ${result.issues[0]?.message ?? 'missing'}`);
        continue;
      }
      if (result.output.perspective === source.perspective)
        problems.push(`${lang} source ${source.id}: perspective left in English`);
    }
    for (const id of Object.keys(table))
      if (!byId.get(id)?.perspective) problems.push(`${lang} source ${id}: no such perspective`);
  }
  return problems;
}

/** Every problem with the translations of `facts`, one line each (empty when all is well). */
export function translationProblems(
  facts: readonly Fact[],
  translations: Record<TranslatedLang, Record<string, unknown>> = bundledTranslations,
): string[] {
  const problems: string[] = [];
  for (const [lang, byId] of Object.entries(translations) as Array<
    [TranslatedLang, Record<string, unknown>]
  >) {
    for (const fact of facts) {
      const result = v.safeParse(FactTextSchema, byId[fact.id]);
      if (!result.success) {
        problems.push(`${lang} ${fact.id}: ${result.issues[0]?.message ?? 'missing'}`);
        continue;
      }
      const t = result.output;
      const en = englishText(fact);
      for (const key of ['details', 'corrections', 'roles'] as const)
        if (t[key].length !== en[key].length)
          problems.push(
            `${lang} ${fact.id}.${key}: ${t[key].length} items, English has ${en[key].length}`,
          );
      if (t.title === en.title || t.summary === en.summary)
        problems.push(`${lang} ${fact.id}: text left in English`);
      t.details.forEach((d, i) => {
        if (d === en.details[i]) problems.push(`${lang} ${fact.id}.details.${i}: left in English`);
      });
      if (t.dateLabels)
        problems.push(...dateLabelProblems(`${lang} ${fact.id}`, fact, t.dateLabels));
      if (t.whos) problems.push(...whoProblems(lang, `${lang} ${fact.id}`, fact, t.whos));
    }
    for (const id of Object.keys(byId))
      if (!facts.some((f) => f.id === id)) problems.push(`${lang} ${id}: no such fact`);
  }
  return problems;
}

/**
 * Names of who says it that a language's press writes in Latin script, exactly as the English
 * does (outlets known by their initials or Latin brand). Every other `who` must be written in
 * the language's own form; a name added here is a decision about that language's usage.
 */
export const LATIN_NAMES: Record<TranslatedLang, ReadonlySet<string>> = {
  ko: new Set<string>([]),
  ru: new Set<string>([]),
  zh: new Set<string>([]),
  ja: new Set<string>([]),
};

/** Date labels: one per date, a translation where the English has a label and none where not. */
function dateLabelProblems(at: string, fact: Fact, labels: readonly string[]): string[] {
  if (labels.length !== fact.dates.length)
    return [`${at}.dateLabels: ${labels.length} items, English has ${fact.dates.length}`];
  return fact.dates.flatMap((d, i) => {
    const label = labels[i] ?? '';
    if (!d.label) return label ? [`${at}.dateLabels.${i}: the English date has no label`] : [];
    if (!label) return [`${at}.dateLabels.${i}: empty`];
    return label === d.label ? [`${at}.dateLabels.${i}: left in English`] : [];
  });
}

/** Who says it: one per attribution, in the language's form unless a listed Latin name. */
function whoProblems(lang: TranslatedLang, at: string, fact: Fact, whos: readonly string[]) {
  if (whos.length !== fact.attributions.length)
    return [`${at}.whos: ${whos.length} items, English has ${fact.attributions.length}`];
  return fact.attributions.flatMap((a, i) =>
    whos[i] === a.who && !LATIN_NAMES[lang].has(a.who) ? [`${at}.whos.${i}: left in English`] : [],
  );
}

/** A fact's card text in `lang`, English when the fact has none in it. */
export function factText(fact: Fact, lang: string): FactText {
  const byId = (bundledTranslations as Record<string, Record<string, unknown> | undefined>)[lang];
  const result = byId ? v.safeParse(FactTextSchema, byId[fact.id]) : undefined;
  return result?.success ? result.output : englishText(fact);
}
