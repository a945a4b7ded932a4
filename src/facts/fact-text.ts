/**
 * A fact's card text in one language (title, summary, details, corrections, date labels, who
 * says it and in what role) and a source's note on perspective in it, their schemas, and the
 * reading of a whole language's table as the extension ships it (`i18n/facts-<lang>.json`).
 * Pure and free of the bundled tables, so the background and the popup can load one language
 * when they need it instead of carrying all four.
 */
import * as v from 'valibot';
import type { Lang } from '../vocabulary';
import type { Fact, Source } from './schema';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** One fact's card text in one language. */
export const FactTextSchema = v.strictObject({
  title: text,
  summary: text,
  details: v.array(text),
  corrections: v.array(v.strictObject({ sourceSaid: text, correct: text, why: text })),
  roles: v.array(text),
  /**
   * One entry per date of the fact, in order: its label in this language, `""` where the
   * English date has none (so the indexes line up).
   */
  dateLabels: v.optional(v.array(v.pipe(v.string(), v.trim()))),
  /** One entry per attribution, in order: who says it, as this language's press writes it. */
  whos: v.optional(v.array(text)),
});
export type FactText = v.InferOutput<typeof FactTextSchema>;

/** A source's note on who the outlet is, in one language (title and publication stay). */
export const SourceTextSchema = v.strictObject({ perspective: text });
export type SourceText = v.InferOutput<typeof SourceTextSchema>;

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
    dateLabels: fact.dates.map((d) => d.label ?? ''),
    whos: fact.attributions.map((a) => a.who),
  };
}

/** One language's card texts by fact id and its sources' perspectives by source id. */
export const FactTextsSchema = v.strictObject({
  facts: v.record(v.string(), FactTextSchema),
  sources: v.record(v.string(), SourceTextSchema),
});
export type FactTexts = v.InferOutput<typeof FactTextsSchema>;

/**
 * Reads a language's table: every entry must match the schema, or the whole table is refused
 * with the first problem named (a half-translated card is worse than an English one).
 */
export function parseFactTexts(raw: unknown): FactTexts {
  const result = v.safeParse(FactTextsSchema, raw);
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
    // A label the text does not translate is left out: an English word on a Korean card
    // reads as a mistake, and the date says enough without it.
    dates: fact.dates.map((d, i) => {
      const { label: english, ...date } = d;
      const label = text.dateLabels?.[i];
      return english && label ? { ...date, label } : date;
    }),
    attributions: fact.attributions.map((a, i) => ({
      ...a,
      who: text.whos?.[i] || a.who,
      role: text.roles[i] ?? a.role,
    })),
  };
}

/** `source` with its perspective from `text` (the English one when `text` has none). */
export function withSourceText(source: Source, text: SourceText | undefined): Source {
  return text && source.perspective ? { ...source, perspective: text.perspective } : source;
}

/** The file the extension ships a language's card texts in. */
export const factTextsFile = (lang: TranslatedLang) => `i18n/facts-${lang}.json`;
