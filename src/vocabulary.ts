/**
 * The project's shared vocabulary, defined once: the five languages and the card topics, with
 * their display labels. Every module that names a language or a topic (fact schema, lexicon,
 * detector, card ranking, popup, overlay, CLI) imports them from here, so adding a topic or a
 * language is one edit here and the type checker lists every `Record<Topic, …>` and
 * `Record<Lang, …>` still missing it. No imports: the content script may use it at no cost.
 */

/** Page and content languages the extension supports. */
export const LANGS = ['en', 'ko', 'ru', 'zh', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** A language's name in English, for labels such as a quote's language. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  ko: 'Korean',
  ru: 'Russian',
  zh: 'Chinese',
  ja: 'Japanese',
};

/**
 * Card topics, in the order the popup's "All facts" lists them. Ids are a contract (`npm run
 * scan` prints them); labels may change.
 */
export const TOPICS = [
  'route-history',
  'channels',
  'dandong-inns',
  'russia-dprk-meeting',
  'sanctions',
  'numbers',
  'where-they-work',
  'conditions-pay',
  'actors',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Short display labels of the topics. */
export const TOPIC_LABELS: Record<Topic, string> = {
  'route-history': 'Routes and links',
  channels: 'Visas, flights and trains',
  'dandong-inns': 'The Dandong inns (2017)',
  'russia-dprk-meeting': 'Russia–DPRK talks and agreements',
  sanctions: 'UN sanctions and enforcement',
  numbers: 'How many workers',
  'where-they-work': 'Where they work',
  'conditions-pay': 'Conditions and pay',
  actors: 'People and organisations',
};
