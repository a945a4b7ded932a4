/**
 * A fact resolved for display: sources, places and attributions looked up, so a view (the
 * in-page overlay, which gets these over messaging instead of bundling the fact base) needs no
 * access to the fact base. Pure data mapping.
 */
import { type FactText, type FactTexts, type SourceText, withText } from '@/src/facts/fact-text';
import type { Confidence, Fact, FuzzyDate, Place, Source, Topic } from '@/src/facts/schema';
import type { Lang } from '@/src/vocabulary';

/** A source as a card cites it. */
export interface SourceView {
  publication: string;
  title: string;
  /** The language the source is written in (its title is shown as published). */
  lang: Lang;
  date: FuzzyDate;
  url: string;
  /** Who the outlet is, in `perspectiveLang`. */
  perspective?: string;
  /** The language of `perspective`: the card's when translated, else English. */
  perspectiveLang?: Lang;
  /** The site whose faithful copy `url` points to, when the outlet's own page was not checked. */
  via?: string;
  /** When the source was last checked (`YYYY-MM-DD`). */
  accessed?: string;
}

/** Who says it, in what role, where, when. */
export interface AttributionView {
  who: string;
  role: string;
  kind: string;
  source: SourceView | null;
  date?: FuzzyDate;
}

/** Where a source is wrong, with the sources that show what is right. */
export interface CorrectionView {
  sourceSaid: string;
  correct: string;
  why: string;
  sources: SourceView[];
}

/** Everything one context card shows. */
export interface CardView {
  id: string;
  /** The language of the card's own text (title, summary, details, corrections, roles). */
  lang: Lang;
  topic: Topic;
  title: string;
  summary: string;
  details: string[];
  dates: FuzzyDate[];
  /** Place names in the page's language (English when the gazetteer lacks it). */
  places: string[];
  attributions: AttributionView[];
  confidence: Confidence;
  confirmedBy?: number;
  corrections: CorrectionView[];
  /** First = the main source. */
  sources: SourceView[];
}

/** The lookups {@link toCardView} needs; the bundled `factBase` provides them. */
export interface CardLookups {
  sourceById(id: string): Source | undefined;
  placeById(id: string): Place | undefined;
}

/** The texts a card is written in: its own, and its sources' perspectives. */
export interface CardText {
  lang: Lang;
  text: FactText | undefined;
  /** The sources' perspectives in `lang` by source id (English for a source missing here). */
  sources?: Record<string, SourceText>;
}

function sourceView(s: Source, text?: CardText): SourceView {
  const translated = s.perspective ? text?.sources?.[s.id]?.perspective : undefined;
  return {
    publication: s.publication,
    title: s.title,
    lang: s.lang,
    date: s.date,
    url: s.url,
    perspective: translated ?? s.perspective,
    perspectiveLang: s.perspective ? (translated && text ? text.lang : 'en') : undefined,
    via: s.via,
    accessed: s.accessed,
  };
}

/** The display name of a place in `lang` (`en` `ko` `ru` `zh` `ja`); Chinese uses simplified. */
export function placeName(place: Place, lang: string): string {
  const key = lang === 'zh' ? 'zhHans' : lang;
  const names = (place.names as Record<string, string[] | undefined>)[key] ?? place.names.en;
  return names[0] ?? place.names.en[0] ?? place.id;
}

/**
 * Resolves one fact for display: its text and its sources' perspectives in `text` (written in
 * `text.lang`; English where absent), place names in `lang`'s standard forms.
 */
export function toCardView(
  fact: Fact,
  lookups: CardLookups,
  lang: string,
  text?: CardText,
): CardView {
  const own = text?.text ? text.lang : 'en';
  const shown = withText(fact, text?.text);
  const sources = (ids: string[]) =>
    ids.flatMap((id) => {
      const s = lookups.sourceById(id);
      return s ? [sourceView(s, text)] : [];
    });
  return {
    id: fact.id,
    lang: own,
    topic: fact.topic,
    title: shown.title,
    summary: shown.summary,
    details: shown.details,
    dates: shown.dates,
    places: fact.places.flatMap((id) => {
      const p = lookups.placeById(id);
      return p ? [placeName(p, lang)] : [];
    }),
    attributions: shown.attributions.map((a) => {
      const s = lookups.sourceById(a.source);
      return {
        who: a.who,
        role: a.role,
        kind: a.kind,
        source: s ? sourceView(s, text) : null,
        date: a.date,
      };
    }),
    confidence: fact.confidence,
    confirmedBy: fact.confirmedBy,
    corrections: shown.corrections.map((c) => ({ ...c, sources: sources(c.sources) })),
    sources: sources(fact.sources),
  };
}

/** The lookups plus fact lookup that {@link cardsFor} needs. */
export interface CardSource extends CardLookups {
  factById(id: string): Fact | undefined;
}

/**
 * Card views for `factIds` in that order, texts and perspectives from `texts` (a language's
 * table; English when undefined or missing a fact or source), places named in `placeLang`;
 * unknown ids are skipped.
 */
export function cardsFor(
  base: CardSource,
  factIds: readonly string[],
  placeLang: string,
  texts?: { lang: Lang; table: FactTexts | undefined },
): CardView[] {
  return factIds.flatMap((id) => {
    const fact = base.factById(id);
    if (!fact) return [];
    const text = texts
      ? { lang: texts.lang, text: texts.table?.facts[id], sources: texts.table?.sources }
      : undefined;
    return [toCardView(fact, base, placeLang, text)];
  });
}
