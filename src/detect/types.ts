/**
 * The detector's public vocabulary. Content script, overlay, popup and CLI all read a
 * `Detection`, so these shapes are a contract: fields may be added, never renamed.
 */

/** Languages the detector recognises and card topics: the project's one vocabulary. */
export type { Lang, Topic } from '../vocabulary';

import type { Lang, Topic } from '../vocabulary';
import type { Evidence } from './evidence';

/**
 * What a matched term says about the page. Evidence roles feed relevance (`dprk`, `worker`,
 * `dprk-worker`, `labor-export`, `dispatch`, `destination`, `transit`, `sanction`, `money`,
 * `place`, `org`, `meeting`); context roles veto or discount it (`negative`, `foreign`,
 * `military`, `non-labor`, `domestic`), and `neutral` phrases (a border, a language) take the
 * country's name out of the evidence; `route` and `fact` only anchor cards; `subject` words
 * (wages, estimates, student visas) tell which subjects a page discusses and nothing else.
 */
export type TermRole =
  | 'dprk'
  | 'worker'
  | 'dprk-worker'
  | 'labor-export'
  | 'dispatch'
  | 'destination'
  | 'transit'
  | 'sanction'
  | 'money'
  | 'place'
  | 'org'
  | 'meeting'
  | 'route'
  | 'negative'
  | 'neutral'
  | 'foreign'
  | 'military'
  | 'domestic'
  | 'fact'
  | 'non-labor'
  | 'subject';

/** One recognised term; offsets index the original, un-normalised text (end exclusive). */
export interface Match {
  /** The lexicon form that matched (its normalisation equals the matched slice's). */
  term: string;
  start: number;
  end: number;
  role: TermRole;
  strength: 'strong' | 'weak';
  lang: Lang;
  factIds: string[];
  placeId?: string;
}

/** A stretch of text that is page furniture (menus, related links, footers, comments). */
export interface Zone {
  start: number;
  end: number;
  /** Page furniture counts little; text in a language the extension does not read counts nothing. */
  kind: 'boilerplate' | 'other-language';
}

/**
 * How much a relevant page says about one topic: the number of standing terms, outside page
 * furniture, that point at it (subject words such as "wages" or 유학생 비자, the topic's own
 * terms, and triggers of its facts).
 */
export interface SubjectWeight {
  topic: Topic;
  weight: number;
}

/** How much a relevant page says about a narrower subject (wages, seafood plants, study visas). */
export interface ConceptWeight {
  concept: string;
  weight: number;
}

/** The detector's verdict on one text. */
export interface Detection {
  relevant: boolean;
  /** 0..1; 0.5 is the relevance threshold at normal sensitivity. */
  score: number;
  /** The evidence score before it is scaled: relevant when at least the sensitivity's threshold. */
  rawScore: number;
  lang: Lang | 'und';
  /** The two or three sentences the verdict rests on (empty when not relevant). */
  evidence: Evidence[];
  /** Topics whose cards the page deserves, best first (empty when not relevant). */
  topics: Topic[];
  /** The page's subjects with their weights, heaviest first; `topics` lists the same order. */
  subjects: SubjectWeight[];
  /** The narrower subjects, heaviest first (see `ConceptWeight`). */
  concepts: ConceptWeight[];
  /** Ids of the facts whose triggers the page names, most named first (empty when not relevant). */
  facts: string[];
  /** Matches worth highlighting, sorted by start, at most `MAX_MATCHES` (empty when not relevant). */
  matches: Match[];
  /** Every standing match with its evidence, in text order; only with `explain`. */
  explained?: ExplainedMatch[];
}

export type Sensitivity = 'low' | 'normal' | 'high';

export interface DetectOptions {
  sensitivity?: Sensitivity;
  /**
   * Also list every standing match with its evidence letters (`Detection.explained`): what the
   * scorer saw, for `npm run scan -- --explain` and for whoever tunes the rules.
   */
  explain?: boolean;
}

/**
 * One standing match as the scorer read it. `evidence` holds the letters of
 * `src/facts/terms.ts` (D North Korea, W work, A abroad, destinations, sanctions, X the act of
 * sending, F another nationality, M troops and weapons, I inside North Korea, N a negative
 * context, S people sent for other ends, B a place abroad, T trips for other ends), and R for
 * a place on the workers' routes (Dandong, Khasan).
 */
export interface ExplainedMatch {
  term: string;
  start: number;
  end: number;
  evidence: string;
  strong: boolean;
  /** Where the match counts less or nothing: page furniture, or a language not read. */
  zone?: 'boilerplate' | 'other-language';
}
