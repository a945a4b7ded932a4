/**
 * The background's one answer about a page: detection over the text the content script sent,
 * the page's cards in rank order with the card each marked term opens, and the recorded
 * sightings whose quotes are on the page. Content scripts run next to untrusted page code, so the
 * request's shape and sizes are checked where it enters, and the answer carries only what the
 * page needs: card texts, offsets into its own text, and for a recorded sighting its id and date
 * (never the journal's quotes, notes or other pages' records).
 */
import * as v from 'valibot';
import { cardsForPage, type RankBase, todayIso } from '@/src/cards';
import { whyLine } from '@/src/cards/why';
import { detect } from '@/src/detect';
import type { FactBase } from '@/src/facts';
import type { FactTexts } from '@/src/facts/fact-text';
import {
  MAX_PAGE_CHARS,
  type PageAnswer,
  type PageCardView,
  type PageMark,
  type PageReport,
  type PageRequest,
} from '@/src/messaging/protocol';
import { type RecordedQuote, resurface } from '@/src/sightings/resurface';
import { type CardView, cardsFor } from '@/src/ui/card-view';
import { LANGS, type Lang } from '@/src/vocabulary';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const hintList = (items: number, chars: number) =>
  v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(chars))), v.maxLength(items)));

const PageRequestSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(MAX_PAGE_CHARS)),
  zones: v.pipe(
    v.array(v.strictObject({ start: offset, end: offset, kind: v.literal('boilerplate') })),
    v.maxLength(100_000),
  ),
  sensitivity: v.picklist(['low', 'normal', 'high']),
  dateHints: v.strictObject({
    meta: hintList(50, 200),
    times: hintList(10, 200),
    jsonLd: hintList(50, 50_000),
  }),
});

/** The checked request; throws a readable error for anything else. */
export function parsePageRequest(data: unknown): PageRequest {
  const result = v.safeParse(PageRequestSchema, data);
  if (!result.success) {
    const first = result.issues[0];
    const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`Bad page request ${path}: ${first?.message ?? 'invalid'}`);
  }
  return result.output;
}

/** Who asked, from the message's sender (the browser fills it in; the page cannot). */
export interface PageSender {
  url: string;
  title: string;
}

/** What the analysis needs besides the request. */
export interface PageServiceDeps {
  base: FactBase & RankBase;
  /** Recorded quotes of the journal, asked for when a relevant page is analysed (kept in memory between pages, see `recorded-quotes.ts`). */
  recordedQuotes(): Promise<RecordedQuote[]>;
  today?: () => string;
  /** The interface language: cards and why lines are written in it (English by default). */
  uiLang?: () => Promise<Lang>;
  /** A language's card texts (undefined for English); a failure falls back to English. */
  factTexts?: (lang: Lang) => Promise<FactTexts | undefined>;
}

/** A language's card texts, or undefined (English) when they cannot be loaded. */
async function textsIn(lang: Lang, deps: PageServiceDeps): Promise<FactTexts | undefined> {
  if (lang === 'en' || !deps.factTexts) return undefined;
  try {
    return await deps.factTexts(lang);
  } catch (error) {
    console.error(`DPRK Labor Lens: cards stay in English, the ${lang} texts failed`, error);
    return undefined;
  }
}

/** The answer to an analysis request, and the tab state to keep from it. */
export interface PageOutcome {
  answer: PageAnswer;
  report: PageReport;
}

/** Analyses a content script's page after checking the request. */
export async function analyzePage(
  data: unknown,
  sender: PageSender,
  deps: PageServiceDeps,
): Promise<PageOutcome> {
  const request = parsePageRequest(data);
  const detection = detect(
    { text: request.text, zones: request.zones },
    { sensitivity: request.sensitivity },
  );
  const today = (deps.today ?? todayIso)();
  const choice = cardsForPage(
    detection,
    { hints: { ...request.dateHints, url: sender.url }, text: request.text },
    deps.base,
    today,
  );
  // The journal is read while the language and its texts load (only a relevant page resurfaces).
  const quotes = detection.relevant ? deps.recordedQuotes() : null;
  // Awaited below; this handler only keeps it from counting as unhandled if a step before fails.
  quotes?.catch(() => undefined);
  const uiLang = (await deps.uiLang?.()) ?? 'en';
  const table = choice.cards.length > 0 ? await textsIn(uiLang, deps) : undefined;
  const textLang: Lang = table ? uiLang : 'en';
  const views = cardsFor(
    deps.base,
    choice.cards.map((c) => c.fact),
    textLang,
    { lang: textLang, table },
  );
  const year = choice.pageDate ? Number(choice.pageDate.date.slice(0, 4)) : null;
  const cards: PageCardView[] = views.map((view, i) => {
    const card = choice.cards[i] as (typeof choice.cards)[number];
    return { ...view, why: whyLine(card.reason, card.band, year, uiLang), reason: card.reason };
  });
  const marks: PageMark[] = [];
  detection.matches.forEach((m, i) => {
    const card = choice.matchCards[i];
    if (card)
      marks.push({
        start: m.start,
        end: m.end,
        term: m.term,
        strong: m.strength === 'strong',
        card,
      });
  });
  const recorded = quotes
    ? resurface(request.text, sender.url, await quotes).map((r) => ({
        sightingId: r.sightingId,
        start: r.start,
        end: r.end,
        recordedAt: r.recordedAt,
      }))
    : [];
  const answer: PageAnswer = {
    uiLang,
    relevant: detection.relevant,
    score: detection.score,
    lang: detection.lang,
    pageDate: choice.pageDate,
    cards,
    marks,
    recorded,
    evidence: detection.evidence.map((e) => ({ start: e.start, end: e.end })),
  };
  const report: PageReport = {
    ...boundedPage(sender),
    lang: detection.lang,
    relevant: detection.relevant,
    cards: cards
      .slice(0, MAX_REPORT_CARDS)
      .map((c) => ({ fact: c.id, topic: c.topic, why: c.why.slice(0, MAX_WHY_CHARS) })),
    markCount: marks.length,
  };
  return { answer, report };
}

/**
 * The made-up page of {@link rehearseAnalysis}, written for it: a report of workers sent from
 * North Korea to Russia that the detector finds relevant and that has cards. It is longer than
 * 1,000 characters on purpose: V8 compiles a regular expression to machine code at once only
 * for a subject that long (shorter ones are interpreted first), and a real page is longer still.
 */
export const REHEARSAL_TEXT = [
  'North Korean construction workers left Pyongyang by train for Vladivostok this spring.',
  'The brigade of forty men builds flats for a Russian contractor on the edge of the city.',
  'Their wages are paid to a state company, which keeps most of them before the men see any.',
  'Neighbours say the workers live in trailers on the site and are rarely allowed to leave it.',
  'A foreman said the group came through the Khasan border crossing and will stay two years.',
  'Local officials declined to say how many such brigades work in the region at present.',
  'Under the sanctions of 2017, countries were to send such workers home by the end of 2019.',
  'Reports since then describe new arrivals on student and tourist visas instead of work permits.',
  'Builders from the North have worked in the Russian Far East since Soviet times, mostly on',
  'housing, roads and logging, and a Russian delegation discussed more of them in Pyongyang.',
  'Rights groups describe long hours, confiscated passports and workers under constant watch.',
  'The contractor did not answer questions about the pay or the hours of the brigade members.',
].join(' ');

/**
 * Date hints of the made-up page, tried both ways: as a news page gives them (a published-time
 * tag, JSON-LD) and with none, when the date is read from the text itself (a dateline, the
 * newest year named), the path whose first run costs most.
 */
const REHEARSAL_HINTS: readonly PageRequest['dateHints'][] = [
  {
    meta: ['2026-11-20T08:00:00Z'],
    times: ['2026-11-20'],
    jsonLd: ['{"@type":"NewsArticle","datePublished":"2026-11-20T08:00:00Z"}'],
  },
  {},
];

/**
 * Analyses {@link REHEARSAL_TEXT} through {@link analyzePage} itself, once with each kind of
 * date hint, with the background's own dependencies: the same steps as a page (detection, card
 * choice, the interface language's card texts, the journal's quotes), so a real page does not
 * wait for the first run of any of them. The background runs it once when it starts (see
 * `detection-service.ts`); nothing is kept of it, no tab state is written. Returns the number
 * of cards, for the tests that check the rehearsal goes through every step.
 */
export async function rehearseAnalysis(deps: PageServiceDeps): Promise<number> {
  const sender: PageSender = { url: 'https://news.example/brigade', title: 'Rehearsal' };
  let cards = 0;
  for (const dateHints of REHEARSAL_HINTS) {
    const request: PageRequest = {
      text: REHEARSAL_TEXT,
      zones: [],
      sensitivity: 'normal',
      dateHints,
    };
    cards = (await analyzePage(request, sender, deps)).answer.cards.length;
  }
  return cards;
}

const CardsInRequestSchema = v.strictObject({
  factIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500)),
  lang: v.picklist(LANGS),
});

/**
 * Card views of `factIds` with their text in `lang` (a card's language switch): checked where
 * it enters, unknown ids skipped; a language whose texts fail to load is an error the card
 * shows, not an English card passed off as the one asked for.
 */
export async function cardsIn(data: unknown, deps: PageServiceDeps): Promise<CardView[]> {
  const result = v.safeParse(CardsInRequestSchema, data);
  if (!result.success) throw new Error(`Bad card request: ${result.issues[0]?.message}`);
  const { factIds, lang } = result.output;
  const table = lang === 'en' ? undefined : await deps.factTexts?.(lang);
  if (lang !== 'en' && !table) throw new Error(`No ${lang} card texts`);
  return cardsFor(deps.base, factIds, lang, { lang, table });
}

/** Bounds of a stored tab state (`src/tabs/page-report.ts` checks them when it is read back). */
const MAX_URL_CHARS = 8192;
const MAX_TITLE_CHARS = 2000;
const MAX_WHY_CHARS = 500;
const MAX_REPORT_CARDS = 500;

/** The sender's address and title cut to what a stored tab state may hold. */
function boundedPage(sender: PageSender): PageSender {
  return { url: sender.url.slice(0, MAX_URL_CHARS), title: sender.title.slice(0, MAX_TITLE_CHARS) };
}

/** The tab state of a page that stopped being relevant without a new analysis. */
export function forgottenPage(sender: PageSender): PageReport {
  return { ...boundedPage(sender), lang: 'und', relevant: false, cards: [], markCount: 0 };
}
