/**
 * Compiles the lexicon data (terms, gazetteer names, fact triggers) into patterns: each
 * surface form is folded exactly as page text will be, expanded with spacing variants
 * (Korean is written both 북한 노동자 and 북한노동자), and merged when two sources yield the
 * same pattern, so one match can carry a role, a place and several fact ids at once.
 */
import type { PLACE_REGIONS, TermsFile } from '../facts/terms';
import { fold, foldTable, isWordUnit } from './fold';
import type { Lang, TermRole, Topic } from './types';

/** Evidence bits (see `src/facts/terms.ts`). */
export const EV = {
  D: 1,
  W: 2,
  A: 4,
  F: 8,
  M: 16,
  I: 32,
  N: 64,
  X: 128,
  S: 256,
  R: 512,
  B: 1024,
  T: 2048,
  P: 4096,
} as const;

const ROLE_EVIDENCE: Record<TermRole, string> = {
  dprk: 'D',
  worker: 'W',
  'dprk-worker': 'DW',
  'labor-export': 'WA',
  dispatch: 'AX',
  destination: 'AB',
  transit: 'AB',
  sanction: 'A',
  money: 'A',
  place: '',
  org: '',
  meeting: '',
  route: '',
  negative: 'N',
  neutral: '',
  foreign: 'F',
  military: 'M',
  domestic: 'I',
  fact: '',
  'non-labor': 'S',
  subject: '',
};
/** Places inside North Korea name the country (weakly); the others are places abroad. */
const REGION_EVIDENCE: Record<(typeof PLACE_REGIONS)[number], string> = {
  dprk: 'D',
  transit: 'AB',
  destination: 'AB',
};

/** Roles that only point at cards: a pattern listed under another role takes that role. */
const ANCHOR_ROLES: ReadonlySet<TermRole> = new Set(['fact', 'subject']);

/** Roles whose matches take precedence over anything they overlap. */
export const VETO_ROLES: ReadonlySet<TermRole> = new Set(['negative', 'neutral', 'foreign']);

/** One compiled pattern and everything it means. */
export interface LexEntry {
  /** Folded pattern the automaton looks for. */
  pattern: string;
  /** The surface form reported as `Match.term`. */
  term: string;
  role: TermRole;
  strength: 'strong' | 'weak';
  lang: Lang;
  /** Every language that lists this pattern. */
  langs: Lang[];
  /** The surface form each language lists (丹東 in Japanese, 丹东 in Chinese). */
  forms: Partial<Record<Lang, string>>;
  evidence: number;
  topics: Topic[];
  /** Narrower subjects the pattern names (see `TermGroupSchema.concept`). */
  concepts: string[];
  factIds: string[];
  placeId?: string;
  /** Needs a word boundary before / after (spaced scripts only). */
  leftBoundary: boolean;
  rightBoundary: boolean;
}

/** A fact as the lexicon needs it: its id, topic and per-language triggers. */
export interface FactTriggers {
  id: string;
  topic: string;
  triggers: Partial<Record<Lang, string[]>>;
}

/** A gazetteer place as the lexicon needs it. */
export interface PlaceNames {
  id: string;
  /** ISO country code; a place in North Korea (`kp`) names the country unless terms say more. */
  country?: string;
  names: Record<'en' | 'ko' | 'ru' | 'zhHans' | 'zhHant' | 'ja', string[]>;
}

/**
 * The region of a place the terms file says nothing about: inside North Korea for a place in
 * it (Rajin, Musan), else abroad. A port in Rason is not a destination of workers.
 */
function defaultRegion(place: PlaceNames): (typeof PLACE_REGIONS)[number] {
  return place.country === 'kp' ? 'dprk' : 'destination';
}

/** The longest pattern the scanner can report (its offset ring holds this many units). */
export const MAX_PATTERN = 200;

/** Evidence letters of a term group (its own, or its role's default). */
export function groupEvidence(group: TermsFile['groups'][number]): string {
  return group.evidence ?? ROLE_EVIDENCE[group.role];
}

/** True when a gazetteer place counts as naming North Korea. */
export function placeNamesCountry(terms: TermsFile, placeId: string): boolean {
  return REGION_EVIDENCE[terms.places[placeId]?.region ?? 'destination'].includes('D');
}

function evidenceBits(letters: string): number {
  let bits = 0;
  for (const ch of letters) bits |= EV[ch as keyof typeof EV] ?? 0;
  return bits;
}

/** A Russian noun as a stem: a final vowel, soft sign or й dropped (область → област*). */
function russianNounStem(word: string): string {
  return /[аяьйоыеи]$/i.test(word) && word.length >= 4 ? `${word.slice(0, -1)}*` : `${word}*`;
}

/** The case forms of a leading Russian adjective (Амурская → Амурской, Амурскую…), or none. */
function russianAdjectiveForms(word: string): string[] {
  const ending = (suffix: string, forms: string[]) =>
    word.toLowerCase().endsWith(suffix)
      ? forms.map((f) => word.slice(0, -suffix.length) + f)
      : null;
  return (
    ending('ая', ['ая', 'ой', 'ую', 'ою']) ??
    ending('яя', ['яя', 'ей', 'юю']) ??
    ending('ий', ['ий', 'ого', 'ому', 'им', 'ом']) ??
    ending('ый', ['ый', 'ого', 'ому', 'ым', 'ом']) ??
    ending('ой', ['ой', 'ого', 'ому', 'ым', 'ом']) ??
    ending('ое', ['ое', 'ого', 'ому', 'ым', 'ом']) ??
    []
  );
}

/**
 * Russian place names inflect (Владивостоке, Москву, Амурской области): a one-word name is
 * matched as a stem; an adjective and a noun ("Амурская область", "Приморский край") in each
 * case form of the adjective before the noun's stem. Other names stay as written.
 */
function russianForms(name: string): string[] {
  if (name.endsWith('*')) return [name];
  const words = name.split(' ');
  if (words.length === 1) {
    return [/[аяьйоы]$/i.test(name) && name.length > 4 ? `${name.slice(0, -1)}*` : `${name}*`];
  }
  if (words.length === 2) {
    const [adjective = '', noun = ''] = words;
    const forms = russianAdjectiveForms(adjective);
    if (forms.length > 0) return forms.map((a) => `${a} ${russianNounStem(noun)}`);
  }
  return [name];
}

interface RawEntry
  extends Omit<
    LexEntry,
    'pattern' | 'term' | 'langs' | 'forms' | 'leftBoundary' | 'rightBoundary'
  > {}

/** Builds the entry list; later sources merge into earlier ones with the same pattern. */
export function compileLexicon(
  terms: TermsFile,
  places: readonly PlaceNames[],
  facts: readonly FactTriggers[],
): LexEntry[] {
  foldTable();
  const byKey = new Map<string, LexEntry>();
  const add = (form: string, raw: RawEntry): void => {
    const variants = [form];
    if (raw.lang === 'ko' && form.includes(' ')) variants.push(form.replace(/ /g, ''));
    for (const variant of variants) {
      const stem = variant.endsWith('*');
      const surface = stem ? variant.slice(0, -1) : variant;
      const pattern = fold(surface);
      if (pattern.length === 0 || pattern.length > MAX_PATTERN) continue;
      const key = `${pattern}\u0000${stem ? 1 : 0}`;
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.langs.includes(raw.lang)) existing.langs.push(raw.lang);
        existing.forms[raw.lang] ??= surface.trim();
        for (const t of raw.topics) if (!existing.topics.includes(t)) existing.topics.push(t);
        for (const c of raw.concepts) if (!existing.concepts.includes(c)) existing.concepts.push(c);
        for (const f of raw.factIds) if (!existing.factIds.includes(f)) existing.factIds.push(f);
        existing.placeId ??= raw.placeId;
        // Card anchors (triggers, subject words) give way to any role that counts as evidence.
        // A trigger names a fact, so it outranks a subject word of the same pattern.
        const outranks = ANCHOR_ROLES.has(existing.role)
          ? !ANCHOR_ROLES.has(raw.role) || (existing.role === 'subject' && raw.role === 'fact')
          : false;
        if (outranks) {
          existing.role = raw.role;
          existing.evidence = raw.evidence;
          existing.strength = raw.strength;
        }
        continue;
      }
      byKey.set(key, {
        ...raw,
        topics: [...raw.topics],
        concepts: [...raw.concepts],
        factIds: [...raw.factIds],
        pattern,
        term: surface.trim(),
        langs: [raw.lang],
        forms: { [raw.lang]: surface.trim() },
        leftBoundary: isWordUnit(pattern.charCodeAt(0)),
        rightBoundary: !stem && isWordUnit(pattern.charCodeAt(pattern.length - 1)),
      });
    }
  };
  for (const group of terms.groups) {
    const evidence = evidenceBits(groupEvidence(group));
    const base = {
      role: group.role,
      strength: group.strength,
      lang: group.lang,
      evidence,
      topics: group.topics ?? [],
      concepts: group.concept ? [group.concept] : [],
      factIds: [],
    };
    for (const form of group.forms) add(form, base);
  }
  for (const place of places) {
    const info = terms.places[place.id];
    const onRoute = (info?.topics ?? []).some((t) => t === 'route-history' || t === 'dandong-inns');
    const evidence =
      evidenceBits(REGION_EVIDENCE[info?.region ?? defaultRegion(place)]) | (onRoute ? EV.R : 0);
    const base = {
      role: 'place' as const,
      strength: 'weak' as const,
      evidence,
      topics: info?.topics ?? [],
      concepts: [],
      factIds: [],
      placeId: place.id,
    };
    const lists: Array<[Lang, string[]]> = [
      ['en', place.names.en],
      ['ko', place.names.ko],
      ['ru', place.names.ru.flatMap(russianForms)],
      ['zh', [...place.names.zhHans, ...place.names.zhHant]],
      ['ja', place.names.ja],
    ];
    for (const [lang, names] of lists) for (const name of names) add(name, { ...base, lang });
  }
  for (const fact of facts) {
    for (const [lang, triggers] of Object.entries(fact.triggers) as Array<[Lang, string[]]>) {
      for (const trigger of triggers) {
        add(trigger, {
          role: 'fact',
          strength: 'weak',
          lang,
          evidence: 0,
          topics: [fact.topic as Topic],
          concepts: [],
          factIds: [fact.id],
        });
      }
    }
  }
  const entries = [...byKey.values()];
  inheritStemRoles(byKey);
  for (const e of entries) Object.freeze(e.factIds);
  return entries;
}

/**
 * Roles a subject word takes from a stem that also matches it: those that point towards the
 * subject. A word for the subject never takes a role that points away ("туристическая виза",
 * a visa used for work, is not tourism because "турист*" is).
 */
const INHERITED_ROLES: ReadonlySet<TermRole> = new Set([
  'dprk',
  'worker',
  'dprk-worker',
  'labor-export',
  'dispatch',
  'sanction',
  'money',
]);

/**
 * A subject word that a stem of an evidence role also matches ("earn" for the wages cards,
 * "earn*" for workers) takes that role: the two match the same span, and the scan keeps one
 * of them, so without this the word would name the subject and count as no evidence.
 */
function inheritStemRoles(byKey: ReadonlyMap<string, LexEntry>): void {
  for (const entry of byKey.values()) {
    if (entry.role !== 'subject') continue;
    for (let length = entry.pattern.length; length >= 2; length--) {
      const stem = byKey.get(`${entry.pattern.slice(0, length)}\u00001`);
      if (!stem || !INHERITED_ROLES.has(stem.role)) continue;
      entry.role = stem.role;
      entry.evidence = stem.evidence;
      entry.strength = stem.strength;
      break;
    }
  }
}
