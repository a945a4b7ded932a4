/**
 * Looks messages up in the bundled catalogs and fills their placeholders. A message is a
 * string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from the
 * `count` parameter (Russian needs one/few/many; Korean, Chinese and Japanese one form).
 * Pure: every view and the background use the same words for the same thing.
 */
import type { Lang } from '../vocabulary';
import { catalogs } from './messages';
import type { MessageKey } from './messages/en';

/** Plural forms of a message, keyed by `Intl.PluralRules` category; `other` is required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A catalog entry. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders. */
export type MessageParams = Record<string, string | number>;

/** A message lookup bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** Fills `{name}` placeholders; numbers are written in the language's digits and grouping. */
export function fill(lang: Lang, template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * `n` as the language writes it ("1,234" in English, "1 234" in Russian). A whole number
 * under 1,000 is written the same in all five languages (Latin digits, no grouping), so it
 * needs no `Intl.NumberFormat`: the first one a page's script world makes loads locale data,
 * about ten milliseconds of the overlay's first render. Larger numbers use one cached format
 * per language.
 */
export function formatNumber(lang: Lang, n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/** `message` in `lang`: its plural form for `params.count`, placeholders filled. */
export function render(lang: Lang, message: Message, params?: MessageParams): string {
  if (typeof message === 'string') return fill(lang, message, params);
  const count = Number(params?.count ?? 0);
  const form = message[pluralCategory(lang, count)] ?? message.other;
  return fill(lang, form, params);
}

/** The message `key` in `lang`, placeholders filled (English when the catalog lacks it). */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return render(lang, catalogs[lang][key] ?? catalogs.en[key], params);
}

/** A lookup bound to `lang`. */
export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The placeholders a message uses, in every form, sorted (for the catalog checks). */
export function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) for (const m of form.matchAll(/\{(\w+)\}/g)) names.add(m[1] as string);
  return [...names].sort();
}
