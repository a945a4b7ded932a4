/**
 * The card texts of every fact in the four languages besides English, written by the project
 * (`data/i18n/<lang>.json`): title, summary, details, corrections and the roles of who says it.
 * Cards are shown in the reader's language and can be switched to another; source titles stay as
 * published and names follow the gazetteer. Checked where they are loaded: every fact in every
 * language, the same number of items as the English, nothing left in English.
 */
import * as v from 'valibot';
import ja from './data/i18n/ja.json';
import ko from './data/i18n/ko.json';
import ru from './data/i18n/ru.json';
import zh from './data/i18n/zh.json';
import { englishText, type FactText, FactTextSchema, type TranslatedLang } from './fact-text';
import type { Fact } from './schema';

export { englishText, type FactText, FactTextSchema, type TranslatedLang };

/** The bundled translations, unvalidated (see {@link translationProblems}). */
export const bundledTranslations: Record<TranslatedLang, Record<string, unknown>> = {
  ko,
  ru,
  zh,
  ja,
};

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
    }
    for (const id of Object.keys(byId))
      if (!facts.some((f) => f.id === id)) problems.push(`${lang} ${id}: no such fact`);
  }
  return problems;
}

/** A fact's card text in `lang`, English when the fact has none in it. */
export function factText(fact: Fact, lang: string): FactText {
  const byId = (bundledTranslations as Record<string, Record<string, unknown> | undefined>)[lang];
  const result = byId ? v.safeParse(FactTextSchema, byId[fact.id]) : undefined;
  return result?.success ? result.output : englishText(fact);
}
