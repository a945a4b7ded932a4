/**
 * A fact's card text in one language (title, summary, details, corrections, the roles of who
 * says it), its schema, and the reading of a whole language's table as the extension ships it
 * (`i18n/facts-<lang>.json`). Pure and free of the bundled tables, so the background and the
 * popup can load one language when they need it instead of carrying all four.
 */
import * as v from 'valibot';
import type { Lang } from '../vocabulary';
import type { Fact } from './schema';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** One fact's card text in one language. */
export const FactTextSchema = v.strictObject({
  title: text,
  summary: text,
  details: v.array(text),
  corrections: v.array(v.strictObject({ sourceSaid: text, correct: text, why: text })),
  roles: v.array(text),
});
export type FactText = v.InferOutput<typeof FactTextSchema>;

/** The languages a fact is translated into (English is the fact itself). */
export type TranslatedLang = Exclude<Lang, 'en'>;

/** A fact's own English card text. */
export function englishText(fact: Fact): FactText {
  return {
    title: fact.title,
    summary: fact.summary,
    details: fact.details,
    corrections: fact.corrections.map(({ sourceSaid, correct, why }) => ({
      sourceSaid,
      correct,
      why,
    })),
    roles: fact.attributions.map((a) => a.role),
  };
}

/** One language's card texts by fact id. */
export type FactTexts = Record<string, FactText>;

/**
 * Reads a language's table: every entry must match the schema, or the whole table is refused
 * with the first problem named (a half-translated card is worse than an English one).
 */
export function parseFactTexts(raw: unknown): FactTexts {
  const result = v.safeParse(v.record(v.string(), FactTextSchema), raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`Card texts refused at ${path || 'the top'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.output;
}

/** `fact` with its card text in `text` (English when `text` is undefined). */
export function withText(fact: Fact, text: FactText | undefined): Fact {
  if (!text) return fact;
  return {
    ...fact,
    title: text.title,
    summary: text.summary,
    details: text.details,
    corrections: fact.corrections.map((c, i) => ({ ...c, ...(text.corrections[i] ?? {}) })),
    attributions: fact.attributions.map((a, i) => ({ ...a, role: text.roles[i] ?? a.role })),
  };
}

/** The file the extension ships a language's card texts in. */
export const factTextsFile = (lang: TranslatedLang) => `i18n/facts-${lang}.json`;
