/**
 * Relevance from evidence, not single words. Every worker term (W) is an anchor; what lies
 * around it decides its value: a North Korea term (D) and an abroad/dispatch/destination/
 * sanctions term (A) nearby make a full cluster (3 when any part is strong, else 2); D alone
 * gives 0.75, or 1.5 when D stands right next to the worker term ("North Korean construction
 * workers", "рабочие из КНДР"). Another nationality right before the worker term (Chinese
 * workers, or a P nationality such as "Russian" or ロシア人, which counts only there) voids the
 * anchor and takes the strength from a strong worker term it names; work inside North Korea
 * (Kaesong, camps) with no abroad term voids it, and on a page that names such work and no
 * place abroad anywhere (or names it at least twice, and places abroad in a sentence with a work
 * word at most twice as often) no anchor makes a full cluster. More page-level readings: a page
 * whose words for other ends (delegations, athletes, students, tours) far outnumber its work
 * words makes no full cluster; nor, without a strong term, does a
 * page with a negative context (defectors, the Workers' Party) and no place abroad, nor any
 * page that names such a context at least as often as places abroad, nor a page that names
 * other countries' workers at least twice ("Chinese workers", 中国工人), or other nationalities
 * three times, and never puts North Korea right next to a worker term (in one sentence); a strong
 * North Korea term (loyalty funds) lets a worker term two windows off make a weak full cluster.
 * On a digest (items under heading lines of their own) work at home, other ends and negative
 * context are read item by item, and each anchor's window stays in its item; other countries'
 * workers stay a reading of the whole page.
 * Anchors in boilerplate zones count 15%. A strong anchor (labor export, overseas workers)
 * names the subject by itself, so a North Korea term up to two windows away still makes a weak
 * full cluster (2): reports often name the country a paragraph before the workers. Another
 * nationality caps a cluster whose country is not next to its workers only when it can say whose
 * the workers are: before the worker term, or right before workers of its own ("Chinese
 * crews"), not as the owner after them ("cooks from Pyongyang … a Russian owner"). A chain
 * "North Korea sent abroad … workers" counts as the country standing next to its workers; a
 * place inside the country next to them ("докеры Раджина", "brigades in Pyongyang") does not,
 * and another nationality right after them told as an origin ("бригады из Узбекистана",
 * "crews from Tajikistan"), or in Russian as a genitive, caps the cluster whatever country
 * comes before. Anchors are
 * grouped in blocks of two windows; the best value per block counts, blocks add up with weights
 * 1, 1/2, 1/3… and a full cluster in the lead (headline, first paragraphs) adds 0.5, because a
 * page about the subject says so early; so does one in the closing quarter that says what is
 * done with the people (sent, paid to the state), where a story told in passing comes last.
 */
import { EV } from './lexicon';

/** Local copy: hot loops read plain properties, not module bindings. */
const E = { ...EV };

import type { Lang, Zone } from './types';

/** Per-match facts the scorer reads (parallel arrays over the standing matches, in order). */
export interface EvidenceView {
  count: number;
  start: Int32Array;
  end: Int32Array;
  evidence: Uint16Array;
  strong: Uint8Array;
  /** Lexicon pattern of each match (tells places apart). */
  pattern: Int32Array;
  /** 1 for a place inside North Korea (see `CompiledLexicon.homePlace`). */
  homePlace: Uint8Array;
  /** 1 for a nationality told as an origin (see `CompiledLexicon.originForm`). */
  originForm: Uint8Array;
  /** 1 for a nationality that names workers by itself (see `CompiledLexicon.namesWorkers`). */
  namesWorkers: Uint8Array;
}

export interface ScoreResult {
  raw: number;
  /** 1 for matches that took part in a counted cluster. */
  supporting: Uint8Array;
  /**
   * The anchors (match indexes) of the blocks that decided the verdict, best first: the best
   * block's, then those of the other full clusters that added to the score (at most three).
   */
  decisive: number[];
}

/** Most blocks whose anchors are reported as the verdict's evidence. */
const MAX_DECISIVE = 3;

const WINDOW: Record<Lang | 'und', number> = {
  en: 250,
  ru: 250,
  ko: 120,
  zh: 90,
  ja: 90,
  und: 200,
};
const ADJACENT: Record<Lang | 'und', number> = { en: 12, ru: 12, ko: 4, zh: 4, ja: 4, und: 8 };

/** Zone flag of a match in page furniture: it counts 15%. */
export const IN_BOILERPLATE = 1;
/** Zone flag of a match in text of a language the extension does not read: it counts nothing. */
export const IN_OTHER_LANGUAGE = 2;

/** Marks matches lying inside zones, with the kind of the first zone that holds them. */
export function zoneFlags(view: EvidenceView, zones: readonly Zone[]): Uint8Array {
  const flags = new Uint8Array(view.count);
  if (zones.length === 0) return flags;
  const sorted = [...zones].sort((a, b) => a.start - b.start);
  let z = 0;
  for (let i = 0; i < view.count; i++) {
    const s = view.start[i] as number;
    while (z < sorted.length && (sorted[z] as Zone).end <= s) z++;
    for (let k = z; k < sorted.length && (sorted[k] as Zone).start <= s; k++) {
      const zone = sorted[k] as Zone;
      if (zone.end > s) {
        flags[i] = zone.kind === 'other-language' ? IN_OTHER_LANGUAGE : IN_BOILERPLATE;
        break;
      }
    }
  }
  return flags;
}

const BITS = 13;

/**
 * Window bits of match `i`: its evidence, with bit 6 (N's own) standing for "strong" and a
 * negative context (N: the Workers' Party, 조선족, defectors in the South) moved to bit 12 (P's
 * own: a nationality that counts only beside workers has no part in windows).
 */
function windowBits(view: EvidenceView, i: number): number {
  const raw = (view.evidence[i] as number) & ~E.P;
  const ev = (raw & ~E.N) | ((raw & E.N) !== 0 ? 1 << 12 : 0);
  return view.strong[i] === 1 && (ev & (E.D | E.A)) !== 0 ? ev | E.N : ev;
}

/** Adds (+1) or removes (-1) a match's bits from the window tally, one step per set bit. */
function tally(counts: Int32Array, bits: number, delta: number): void {
  for (let rest = bits; rest !== 0; rest &= rest - 1) {
    const b = 31 - Math.clz32(rest & -rest);
    counts[b] = (counts[b] as number) + delta;
  }
}

const BIT = {
  D: 0,
  W: 1,
  A: 2,
  F: 3,
  M: 4,
  I: 5,
  STRONG: 6,
  X: 7,
  S: 8,
  R: 9,
  B: 10,
  T: 11,
  NEG: 12,
} as const;

/** Scores the standing matches of one text of `length` units in language `lang`. */
export function scoreEvidence(
  view: EvidenceView,
  inZone: Uint8Array,
  lang: Lang | 'und',
  length: number,
  slice: (start: number, end: number) => string,
): ScoreResult {
  const { count, start, end, evidence, strong, originForm } = view;
  const supporting = new Uint8Array(count);
  const has = (i: number, bits: number): boolean => ((evidence[i] as number) & bits) !== 0;
  const counts = new Int32Array(BITS);
  let lo = 0;
  let hi = 0;
  const near = (b: number): boolean => (counts[b] as number) > 0;
  const win = WINDOW[lang];
  const gap = ADJACENT[lang];
  // Russian names the workers' country after them (рабочих КНДР); in English a country after
  // the workers is where they are or who employs them ("workers in Pyongyang", "dockers
  // employed by the North Korean partner"), and the other languages put it first.
  const countryAfterWorker = lang === 'ru' || lang === 'und';
  const lead = Math.max(600, length * 0.25);
  const [dGap, strongDGap] = nearestCountryGaps(view);
  const { contexts, itemOf, firsts } = itemContexts(view, inZone, win, lang, length, slice);
  const foreignSoFar = foreignWorkersSoFar(view, gap);
  const atHome = workSitedAtHome(view, win, slice);
  // Each match enters and leaves the window once: its bits are worked out once, up front.
  const bits = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    bits[k] = atHome[k] === 1 ? windowBits(view, k) & ~E.W : windowBits(view, k);
    // Workers another nationality names ("Uzbek migrant workers", 중국 업체 인력 파견) are no
    // strong sign of the North's labour to the anchors around them.
    if (foreignNamed(view, k, gap)) bits[k] = (bits[k] as number) & ~E.N;
  }
  const adjacent = countryNextToWorkers(
    view,
    gap,
    countryAfterWorker,
    lang === 'en' || countryAfterWorker,
    slice,
  );
  const foreignPage = foreignWorkersPage(view, inZone, adjacent, foreignSoFar);
  const blockValues: number[] = [];
  const blockAnchors: number[] = [];
  let blockStart = -1;
  let blockBest = 0;
  let blockAnchor = -1;
  let leadFull = false;
  let marked = 0;
  for (let i = 0; i < count; i++) {
    if (!has(i, E.W | E.X | E.R) || (atHome[i] === 1 && !has(i, E.X | E.R))) continue;
    const { workAtHome, aboutOtherEnds, negativeAtHome, negativePage } = contexts[
      itemOf[i] as number
    ] as PageContext;
    const s = start[i] as number;
    const e = end[i] as number;
    const next = i + 1;
    if (foreignNamed(view, i, gap)) continue;
    const isWorker = has(i, E.W);
    const dAdjacent = adjacent[i] === 1;
    // An origin right after the workers ("бригады из Узбекистана", "crews from Tajikistan")
    // says whose they are, whatever country a verb before them names ("в КНДР строят бригады
    // из Узбекистана"); so does a Russian genitive there ("рабочие китайских компаний"). An
    // English adjective there names someone else ("hired through a Chinese broker").
    const foreignOrigin =
      isWorker &&
      !has(i, E.D) &&
      next < count &&
      (start[next] as number) <= e + gap &&
      has(next, E.F) &&
      (originForm[next] === 1 || countryAfterWorker);
    // The window stays inside the anchor's item: a digest's items are stories of their own.
    const item = itemOf[i] as number;
    const itemFrom = firsts[item] as number;
    const itemTo = item + 1 < firsts.length ? (firsts[item + 1] as number) : count;
    while (lo < count && (lo < itemFrom || (end[lo] as number) < s - win)) {
      if (lo < hi) tally(counts, bits[lo] as number, -1);
      lo++;
    }
    if (hi < lo) hi = lo;
    while (hi < itemTo && (start[hi] as number) <= e + win) {
      tally(counts, bits[hi] as number, 1);
      hi++;
    }
    const aNear = near(BIT.A);
    const wNear = near(BIT.W);
    const xNear = near(BIT.X);
    const otherPurpose = near(BIT.M) || near(BIT.S);
    const strongNear = strong[i] === 1 || (dAdjacent && !has(i, E.D)) || near(BIT.STRONG);
    let value: number;
    if (!(dAdjacent || near(BIT.D))) {
      // A strong anchor, or a strong North Korea term (loyalty funds, the Mansudae company):
      // either names the subject, so the country may be told up to two windows away.
      const dWide =
        aNear &&
        ((strong[i] === 1 && (dGap[i] as number) <= 2 * win) ||
          (has(i, E.W) && (strongDGap[i] as number) <= 2 * win));
      value = dWide ? 2 : wNear && aNear ? 0.4 : 0.1;
    } else {
      if (wNear && aNear) value = strongNear ? 3 : 2;
      else if (xNear && !otherPurpose) value = strongNear ? 2.5 : 1.5;
      else if (wNear) value = dAdjacent ? 1.5 : 0.75;
      else value = 0.25;
      // Two stations of a route complete a cluster with people in it: trains and containers
      // "dispatched" from Khasan to Rajin are freight.
      if (!otherPurpose && wNear && distinctRoutePlaces(view, lo, hi) >= 2) {
        value = Math.max(value, strongNear ? 3 : 2);
      }
    }
    if (near(BIT.I) && !aNear) value = 0;
    if (
      foreignOrigin ||
      (near(BIT.I) && !xNear) ||
      (near(BIT.M) && !strongNear) ||
      (!dAdjacent &&
        ((near(BIT.F) && foreignBefore(view, i, win)) ||
          (foreignSoFar[hi] as number) > (foreignSoFar[lo] as number)))
    ) {
      value = Math.min(value, 1.5);
    }
    // Work inside North Korea "dispatched" to a site at home names no place abroad.
    if ((near(BIT.I) && !near(BIT.B)) || workAtHome) value = Math.min(value, 1);
    // Tourists, union delegations, a bridge built from both banks: other ends than labour
    // abroad, unless a strong term says it is labour.
    if (near(BIT.T) && !strongNear) value = Math.min(value, 1.5);
    // A negative context nearby leaves a weak cluster short of a full one.
    if (near(BIT.NEG) && !strongNear) value = Math.min(value, 1.5);
    // A page on a tournament, a study course or a tour: its few work words do not make it one
    // on labour, whatever strong term a prize or a fee brings in.
    if (aboutOtherEnds) value = Math.min(value, 1.5);
    if (negativeAtHome && !strongNear) value = Math.min(value, 1.5);
    if (negativePage) value = Math.min(value, 1.5);
    if (foreignPage && !strongNear) value = Math.min(value, 1.5);
    if (inZone[i] === IN_BOILERPLATE) value *= 0.15;
    else if (inZone[i] === IN_OTHER_LANGUAGE) value = 0;
    if (value >= 2) {
      // Windows only slide forward, so what lies below `marked` was marked already.
      for (let k = Math.max(lo, marked); k < hi; k++)
        if (has(k, E.D | E.W | E.A | E.X)) supporting[k] = 1;
      marked = hi;
      if (inZone[i] === 0 && (s < lead || (s > length - lead && saysWhatTheyDo(counts))))
        leadFull = true;
    }
    if (blockStart < 0 || s >= blockStart + 2 * win) {
      if (blockStart >= 0) {
        blockValues.push(blockBest);
        blockAnchors.push(blockAnchor);
      }
      blockStart = s;
      blockBest = 0;
      blockAnchor = -1;
    }
    if (value > blockBest) {
      blockBest = value;
      blockAnchor = i;
    }
  }
  if (blockStart >= 0) {
    blockValues.push(blockBest);
    blockAnchors.push(blockAnchor);
  }
  // The best block counts whole; the other full ones (2 or more), best first, count 1/2, 1/3…
  let top = 0;
  const full: number[] = [];
  for (const value of blockValues) {
    if (value > top) top = value;
    if (value >= 2) full.push(value);
  }
  full.sort((a, b) => b - a);
  let raw = top;
  for (let k = 1; k < full.length; k++) raw += (full[k] as number) / (k + 1);
  if (leadFull) raw += 0.5;
  return { raw, supporting, decisive: decisiveAnchors(blockValues, blockAnchors) };
}

/**
 * Whether the window names what is done with the people, not only where they are: a dispatch,
 * money or sanctions term, besides any place abroad. A page whose one full cluster closes it
 * (a travel diary, a court report, a bulletin whose last item is about the workers) counts as
 * saying so in its lead only with such a term; a place and a work verb at the end of a page on
 * trade or sport do not.
 */
function saysWhatTheyDo(counts: Int32Array): boolean {
  return (counts[BIT.A] as number) > (counts[BIT.B] as number);
}

/**
 * The anchors of the blocks that counted: the best block's, then every other block worth a full
 * cluster (2 or more), best first (the earlier of equal ones first), at most
 * {@link MAX_DECISIVE}. A few passes over the blocks pick them: a page has hundreds of blocks and
 * needs three.
 */
function decisiveAnchors(values: readonly number[], anchors: readonly number[]): number[] {
  const picked: number[] = [];
  for (let round = 0; round < MAX_DECISIVE; round++) {
    let best = -1;
    for (let k = 0; k < values.length; k++) {
      const value = values[k] as number;
      if ((anchors[k] as number) < 0 || value <= 0 || (round > 0 && value < 2)) continue;
      if (picked.includes(k)) continue;
      if (best < 0 || value > (values[best] as number)) best = k;
    }
    if (best < 0) break;
    picked.push(best);
  }
  return picked.map((k) => anchors[k] as number);
}

/**
 * How many foreign nationalities that name workers come before each match (prefix counts, one
 * more entry than matches): another nationality (Chinese, Uzbek, Russian) with a worker term
 * right after it, or one word further ("Chinese crews", 中方派出技术人员), each group of workers
 * once ("Uzbek and Tajik crews" is one). A nationality that names an owner, an account or a
 * disguise ("a Russian entrepreneur", "posing as Chinese") says nothing of whose the work is.
 */
function foreignWorkersSoFar(view: EvidenceView, gap: number): Int32Array {
  const soFar = new Int32Array(view.count + 1);
  // The worker term last counted: "Uzbek and Tajik crews" (塔吉克、中亚移工) are one group.
  let counted = -1;
  for (let k = 0; k < view.count; k++) {
    let names = 0;
    if (((view.evidence[k] as number) & (E.F | E.P)) !== 0) {
      for (let j = k + 1; j <= k + 2 && j < view.count; j++) {
        if ((view.start[j] as number) > (view.end[k] as number) + 2 * gap) break;
        if (((view.evidence[j] as number) & E.W) === 0) continue;
        if (j !== counted) names = 1;
        counted = j;
        break;
      }
    }
    soFar[k + 1] = (soFar[k] as number) + names;
  }
  return soFar;
}

/** Whether worker term `k` has another nationality right before it ("Chinese workers"). */
function foreignNamed(view: EvidenceView, k: number, gap: number): boolean {
  return (
    k > 0 &&
    ((view.evidence[k] as number) & E.W) !== 0 &&
    ((view.evidence[k - 1] as number) & (E.F | E.P)) !== 0 &&
    (view.end[k - 1] as number) >= (view.start[k] as number) - gap
  );
}

/**
 * Whether worker term `i` ends a chain that starts with North Korea and runs through dispatch
 * or abroad terms, each right after the one before: "朝鲜派到境外的技术人员", "North Korea sent
 * abroad 300 workers", "КНДР направила рабочих". The country stands next to its workers then,
 * as in "North Korean workers", with the verb between.
 */
function sentBy(
  view: EvidenceView,
  i: number,
  gap: number,
  slice: (start: number, end: number) => string,
): boolean {
  let after = view.start[i] as number;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    if ((view.end[k] as number) < after - gap) return false;
    if (!unbroken(view.end[k] as number, after, slice)) return false;
    const ev = view.evidence[k] as number;
    if ((ev & E.D) !== 0) return steps > 0;
    if ((ev & (E.A | E.X)) === 0) return false;
    after = view.start[k] as number;
  }
  return false;
}

/** What may stand between workers and the country told as their origin: a verb or two, then from. */
const FROM_COUNTRY = /^,?(?:[^\S\n]*[^\s.!?]+){0,3}?[^\S\n]+(?:from|из)[^\S\n]+(?:the[^\S\n]+)?$/i;

/**
 * Whether worker term `i` is followed, in one phrase, by the country it comes from, told as an
 * origin with a verb between: "programmers dispatched from North Korea", "отделочники,
 * направленные из Северной Кореи", "бригада лесорубов, присланная из КНДР". The country stands
 * next to its workers then, as in "builders from Pyongyang". Only where a country after the
 * workers can name their origin (English, Russian).
 */
function sentFrom(
  view: EvidenceView,
  i: number,
  gap: number,
  slice: (start: number, end: number) => string,
): boolean {
  let j = i + 1;
  // Another worker word of the same phrase ("бригада лесорубов") or the verb may come first.
  while (j < view.count && j <= i + 2 && ((view.evidence[j] as number) & (E.X | E.W)) !== 0) j++;
  if (j >= view.count || ((view.evidence[j] as number) & E.D) === 0) return false;
  const from = view.end[i] as number;
  const to = view.start[j] as number;
  return to - from <= 3 * gap && FROM_COUNTRY.test(slice(from, to));
}

/**
 * Whether a foreign nationality comes before anchor `i` within the window: an employer's or the
 * workers' own ("Chinese firms have sent thousands of workers").
 */
function foreignBefore(view: EvidenceView, i: number, win: number): boolean {
  const from = (view.start[i] as number) - win;
  for (let k = i - 1; k >= 0 && (view.end[k] as number) >= from; k--) {
    if (((view.evidence[k] as number) & E.F) !== 0) return true;
  }
  return false;
}

/** Words of work at home from which a page is about it, unless it names many more places abroad. */
const AT_HOME_MIN = 2;
/** What share of its places abroad a page's words of work at home must reach. */
const AT_HOME_SHARE = 0.5;
/** Fewest other-purpose words for a page to count as being about them (see below). */
const OTHER_ENDS_MIN = 4;
/** How many times its work words a page's other-purpose words must number. */
const OTHER_ENDS_RATIO = 2.5;

/** Fewest negative-context words for a page to count as being about that context. */
const NEGATIVE_PAGE_MIN = 3;
/** How many times its places abroad a page's negative-context words must number. */
const NEGATIVE_PAGE_RATIO = 1;

/** What the whole page (or one item of a digest) says, outside boilerplate, read before the anchors. */
interface PageContext {
  /**
   * The page names work inside North Korea (Kaesong, a shock brigade, a camp) and no place
   * abroad anywhere: its workers, wages and dollars are those of work at home, however far from
   * the Kaesong line they are told. Or it names such work {@link AT_HOME_MIN} times or more and
   * places abroad in a sentence with a work word at most twice as often (aid from Vladivostok
   * or cement from Dandong told apart from the builders does not count): a story of men promised jobs in Russia and sent to the
   * mines instead ("instead sent", "inside North Korea", "shock brigade") names Russia only as
   * the promise; a report on youth brigades rebuilding Sinuiju names Dandong, China and Russia
   * only as neighbours, traders and donors. Reports on labor abroad name such work once at most.
   */
  workAtHome: boolean;
  /**
   * Its words for other ends than labour (delegations, athletes, students, tourists, summits,
   * troops) outnumber its work words {@link OTHER_ENDS_RATIO} to one, at least
   * {@link OTHER_ENDS_MIN} of them: a tournament report or a tour guide that mentions a doctor,
   * men or earnings abroad once is about the tournament or the tour, a rally for soldiers back
   * from Russia with workers lining the streets is about the soldiers. Pages on students used as workers name the work
   * about as often as the students.
   */
  aboutOtherEnds: boolean;
  /**
   * It has a negative context (defectors, the Workers' Party, ethnic Koreans) and names no place
   * abroad at all: a job fair for defectors in Seoul "entering" the country and "working" is
   * about the South, where such words without a place abroad point.
   */
  negativeAtHome: boolean;
  /**
   * Its negative context is named {@link NEGATIVE_PAGE_MIN} times or more and at least
   * {@link NEGATIVE_PAGE_RATIO} times as often as places abroad: a feature on a defector welding
   * in Ulsan, or on Korean-Chinese carers placed by agencies, names China or Laos only on the way
   * there. No cluster on such a page is full, whatever the headline ("a welder from the North").
   */
  negativePage: boolean;
}

/** Reads the page context of matches `from`..`to`-1 (the whole page by default). */
function pageContext(
  view: EvidenceView,
  inZone: Uint8Array,
  win: number,
  slice: (start: number, end: number) => string,
  from = 0,
  to = view.count,
): PageContext {
  let inside = 0;
  let abroad = 0;
  let other = 0;
  let work = 0;
  let negative = 0;
  for (let i = from; i < to; i++) {
    if (inZone[i] !== 0) continue;
    const ev = view.evidence[i] as number;
    if ((ev & E.B) !== 0) abroad++;
    if ((ev & E.I) !== 0) inside++;
    if ((ev & (E.S | E.M)) !== 0) other++;
    if ((ev & E.W) !== 0) work++;
    if ((ev & E.N) !== 0) negative++;
  }
  return {
    workAtHome:
      abroad === 0
        ? inside > 0
        : inside >= AT_HOME_MIN &&
          inside >= AT_HOME_SHARE * placesAbroadNearWork(view, inZone, win, slice, from, to),
    aboutOtherEnds: other >= OTHER_ENDS_MIN && other >= OTHER_ENDS_RATIO * work,
    negativeAtHome: negative > 0 && abroad === 0,
    negativePage: negative >= NEGATIVE_PAGE_MIN && negative >= NEGATIVE_PAGE_RATIO * abroad,
  };
}

/** Longest line, in units, read as an item's heading (a digest's "◆ Dandong seafood plants"). */
const HEADING_MAX: Record<Lang | 'und', number> = {
  en: 90,
  ru: 90,
  ko: 40,
  zh: 32,
  ja: 36,
  und: 80,
};
/**
 * Lines that are not headings: one that ends a sentence (or leads into a quote or a list), and a
 * label in brackets that says who speaks or which segment follows ("[앵커]", "[Interview]",
 * "【北京共同】"): a TV script or a wire story is one story, whatever its labels.
 */
const NOT_HEADING = /[.!?。！？:：]$|^[[(（【〈<「].*[\])）】〉>」]$/;
/** A line that ends a sentence: text under a heading, which makes the heading one. */
const ENDS_SENTENCE = /[.!?。！？]$/;

/**
 * What each item of the page says (see {@link PageContext}), the item of each match and the
 * first match of each item. A page is one item, unless it is made of items under headings of
 * their own (a weekly digest, a news roundup): then each item is read apart, so a housing drive
 * or a labour-law item at the top does not speak for the last item on workers sent abroad, and
 * a troupe "dispatched" in one item does not send the brigade of the item before. Headings are
 * short lines that end no sentence and have text under them.
 */
function itemContexts(
  view: EvidenceView,
  inZone: Uint8Array,
  win: number,
  lang: Lang | 'und',
  length: number,
  slice: (start: number, end: number) => string,
): { contexts: PageContext[]; itemOf: Int32Array; firsts: number[] } {
  const itemOf = new Int32Array(view.count);
  const firsts = itemStarts(view, lang, length, slice);
  if (firsts.length < 2)
    return { contexts: [pageContext(view, inZone, win, slice)], itemOf, firsts: [0] };
  const contexts: PageContext[] = [];
  for (let t = 0; t < firsts.length; t++) {
    const from = firsts[t] as number;
    const to = t + 1 < firsts.length ? (firsts[t + 1] as number) : view.count;
    contexts.push(pageContext(view, inZone, win, slice, from, to));
    itemOf.fill(t, from, to);
  }
  return { contexts, itemOf, firsts };
}

/** Fewest headings (besides the title) that make a page a row of items. */
const ITEMS_MIN = 2;

/**
 * The first match of each item of the page: 0, then the first match after each heading line.
 * Fewer than {@link ITEMS_MIN} headings past the title make one item.
 */
function itemStarts(
  view: EvidenceView,
  lang: Lang | 'und',
  length: number,
  slice: (start: number, end: number) => string,
): number[] {
  const { count, start } = view;
  const max = HEADING_MAX[lang];
  const headings: number[] = [];
  // One pass over the line breaks of the whole text (for one string, slicing it all is free).
  const text = slice(0, length);
  // A short line is a heading only when text follows it: a list of related links is short
  // lines one after another.
  let pending = -1;
  const line = (from: number, to: number): void => {
    if (to - from > max) {
      if (pending >= 0) headings.push(pending);
      pending = -1;
      return;
    }
    const content = text.slice(from, to).trim();
    if (content.length === 0) return;
    if (NOT_HEADING.test(content)) {
      if (pending >= 0 && ENDS_SENTENCE.test(content)) headings.push(pending);
      pending = -1;
    } else pending = from;
  };
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    line(lineStart, nl);
    lineStart = nl + 1;
  }
  if (lineStart < length) line(lineStart, length);
  // The first line is the title: it heads the whole page.
  const inner = headings.filter((h) => h > 0);
  if (inner.length < ITEMS_MIN) return [0];
  const firsts = [0];
  let k = 0;
  for (const h of inner) {
    while (k < count && (start[k] as number) < h) k++;
    if (k > (firsts[firsts.length - 1] as number)) firsts.push(k);
  }
  return firsts;
}

/** Stands for "no such term on this side": farther than any window, and integer arithmetic. */
const FAR = 2 ** 30;

/**
 * Per match, the distance in units to the nearest North Korea term before or after it, and to
 * the nearest strong one (a term only North Korea's own system uses: loyalty funds).
 */
function nearestCountryGaps(view: EvidenceView): [Int32Array, Int32Array] {
  const { count, start, end, evidence, strong } = view;
  const gaps = new Int32Array(count);
  const strongGaps = new Int32Array(count);
  let lastEnd = -FAR;
  let lastStrongEnd = -FAR;
  for (let i = 0; i < count; i++) {
    const s = start[i] as number;
    gaps[i] = s - lastEnd;
    strongGaps[i] = s - lastStrongEnd;
    if (((evidence[i] as number) & E.D) !== 0) {
      lastEnd = Math.max(lastEnd, end[i] as number);
      if (strong[i] === 1) lastStrongEnd = Math.max(lastStrongEnd, end[i] as number);
    }
  }
  let nextStart = FAR;
  let nextStrongStart = FAR;
  for (let i = count - 1; i >= 0; i--) {
    const e = end[i] as number;
    gaps[i] = Math.min(gaps[i] as number, nextStart - e);
    strongGaps[i] = Math.min(strongGaps[i] as number, nextStrongStart - e);
    if (((evidence[i] as number) & E.D) !== 0) {
      nextStart = start[i] as number;
      if (strong[i] === 1) nextStrongStart = start[i] as number;
    }
  }
  return [gaps, strongGaps];
}

/** How many different route places (Dandong, Khasan, Vladivostok…) lie in matches lo..hi-1. */
function distinctRoutePlaces(view: EvidenceView, lo: number, hi: number): number {
  let first = -1;
  for (let k = lo; k < hi; k++) {
    if (((view.evidence[k] as number) & E.R) === 0) continue;
    const p = view.pattern[k] as number;
    if (first === -1) first = p;
    else if (p !== first) return 2;
  }
  return first === -1 ? 0 : 1;
}

/**
 * Per match, 1 where the North Korea term stands right next to the worker term: the match is
 * both ("рабочие из КНДР" as one term), the country comes right before it (not a place inside
 * the country, which says where they work, not whose they are), right after it in Russian or
 * told as an origin in any language ("builders from Pyongyang") or, in English and Russian, after
 * a verb ("programmers dispatched from North Korea"), or a chain "North Korea sent abroad …
 * workers" leads to it. Next to means in the same sentence: a report's line ending "…
 * trains to the DPRK." and the next one opening "Brigades of the Far Eastern Railway" put the
 * country beside the crews only on the page, not in what it says of them.
 */
function countryNextToWorkers(
  view: EvidenceView,
  gap: number,
  countryAfterWorker: boolean,
  originAfterWorker: boolean,
  slice: (start: number, end: number) => string,
): Uint8Array {
  const { count, start, end, evidence, homePlace, originForm } = view;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const ev = evidence[i] as number;
    if ((ev & E.D) !== 0) {
      out[i] = 1;
      continue;
    }
    if ((ev & E.W) === 0) continue;
    const s = start[i] as number;
    const e = end[i] as number;
    const prev = i - 1;
    const next = i + 1;
    const prevNear = prev >= 0 && (end[prev] as number) >= s - gap;
    if (
      (prevNear &&
        ((evidence[prev] as number) & E.D) !== 0 &&
        homePlace[prev] === 0 &&
        unbroken(end[prev] as number, s, slice)) ||
      ((countryAfterWorker || originForm[next] === 1) &&
        next < count &&
        (start[next] as number) <= e + gap &&
        ((evidence[next] as number) & E.D) !== 0 &&
        homePlace[next] === 0 &&
        unbroken(e, start[next] as number, slice)) ||
      sentBy(view, i, gap, slice) ||
      (originAfterWorker && sentFrom(view, i, gap, slice))
    )
      out[i] = 1;
  }
  return out;
}

/** Fewest foreign-worker phrases for a page to count as being about other countries' workers. */
const FOREIGN_PAGE_MIN = 2;
/** Fewest mentions of other nationalities, of any kind, for the same reading. */
const NATIONALITIES_PAGE_MIN = 3;

/**
 * The page never puts North Korea right next to a worker term, and names other countries'
 * workers ("Chinese workers", 中国工人, "рабочие из Китая") {@link FOREIGN_PAGE_MIN} times or
 * more, or other nationalities of any kind ("Russian", российские, ロシア人, 중국인)
 * {@link NATIONALITIES_PAGE_MIN} times or more: a report on Chinese farmhands in Khasan,
 * Russian engineers at Rajin or Uzbek crews on the bridge road names North Korea only as a
 * border, a site, a partner or a neighbour. Its clusters stay short of full unless a strong term
 * (labor export of the North, loyalty funds) says otherwise.
 */
function foreignWorkersPage(
  view: EvidenceView,
  inZone: Uint8Array,
  adjacent: Uint8Array,
  foreignSoFar: Int32Array,
): boolean {
  let foreign = foreignSoFar[view.count] as number;
  let nationalities = 0;
  for (let i = 0; i < view.count; i++) {
    if (inZone[i] !== 0) continue;
    const ev = view.evidence[i] as number;
    if ((ev & (E.F | E.P)) !== 0) nationalities++;
    if (view.namesWorkers[i] === 1) foreign++;
    else if (adjacent[i] === 1 && (ev & E.W) !== 0) return false;
  }
  return foreign >= FOREIGN_PAGE_MIN || nationalities >= NATIONALITIES_PAGE_MIN;
}

/** Sentence ends: a place and a work word with one of these between them are told apart. */
const SENTENCE_END = /[.!?\n。！？]/;

/** Clause ends: a sentence end or a comma (a semicolon joins what belongs together). */
const CLAUSE_END = /[.!?\n。！？,，]/;

/**
 * Whether nothing in `ends` (a sentence end by default) lies between two offsets: the words
 * on either side belong to one sentence (see `countryNextToWorkers`).
 */
function unbroken(
  from: number,
  to: number,
  slice: (start: number, end: number) => string,
  ends: RegExp = SENTENCE_END,
): boolean {
  return to <= from || !ends.test(slice(from, to));
}

/**
 * Whether matches `a` and `b` lie within `win` units of each other in one sentence, or in one
 * clause when `ends` is {@link CLAUSE_END}.
 */
function sameSentence(
  view: EvidenceView,
  a: number,
  b: number,
  win: number,
  slice: (start: number, end: number) => string,
  ends: RegExp = SENTENCE_END,
): boolean {
  const from = view.end[Math.min(a, b)] as number;
  const to = view.start[Math.max(a, b)] as number;
  return to - from <= win && unbroken(from, to, slice, ends);
}

/**
 * Per match, 1 for a work word told at a place inside North Korea: its clause names such a
 * place within a window (not as where the workers come from: "builders from Pyongyang") and
 * neither a place abroad nor a dispatch, money or sanctions term ("their pay sent to
 * Pyongyang"). "Dockers at Rajin work round the clock" is work at home, whatever route the page
 * also names, and so is "Russian staff check the wagons at Khasan, and the North's dockers
 * unload at Rajin". The text is sliced only around work words with a home place nearby.
 */
function workSitedAtHome(
  view: EvidenceView,
  win: number,
  slice: (start: number, end: number) => string,
): Uint8Array {
  const { count, start, end, evidence, homePlace, originForm } = view;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const ev = evidence[i] as number;
    if ((ev & E.W) === 0 || (ev & (E.D | E.A)) !== 0) continue;
    const from = (start[i] as number) - win;
    const to = (end[i] as number) + win;
    // Home places are rare, so the window is first searched for one without reading the text;
    // only then are sentences compared.
    let lo = i;
    while (lo > 0 && (end[lo - 1] as number) >= from) lo--;
    let hi = i + 1;
    while (hi < count && (start[hi] as number) <= to) hi++;
    let home = false;
    for (let k = lo; k < hi && !home; k++)
      home =
        k !== i &&
        homePlace[k] === 1 &&
        originForm[k] === 0 &&
        sameSentence(view, i, k, win, slice, CLAUSE_END);
    if (!home) continue;
    let abroad = false;
    for (let k = lo; k < hi && !abroad; k++)
      abroad =
        k !== i &&
        ((evidence[k] as number) & (E.A | E.X)) !== 0 &&
        sameSentence(view, i, k, win, slice, CLAUSE_END);
    if (!abroad) out[i] = 1;
  }
  return out;
}

/**
 * Places abroad named in the same sentence as a work word and within a window of it, outside
 * boilerplate: where the page's workers are. A report from a housing drive inside North Korea
 * names Vladivostok or Dandong in other sentences, as where aid, cargo or visitors come from.
 * Read only for pages that name work at home (rare), so the text is sliced only then.
 */
function placesAbroadNearWork(
  view: EvidenceView,
  inZone: Uint8Array,
  win: number,
  slice: (start: number, end: number) => string,
  from: number,
  to: number,
): number {
  const { evidence } = view;
  const isWork = (k: number): boolean => inZone[k] === 0 && ((evidence[k] as number) & E.W) !== 0;
  const together = (k: number, place: number): boolean => sameSentence(view, k, place, win, slice);
  let n = 0;
  let lastWork = -1;
  let nextWork = from;
  for (let i = from; i < to; i++) {
    if (isWork(i)) lastWork = i;
    if (inZone[i] !== 0 || ((evidence[i] as number) & E.B) === 0) continue;
    if (nextWork <= i) nextWork = i + 1;
    while (nextWork < to && !isWork(nextWork)) nextWork++;
    if ((lastWork >= 0 && together(lastWork, i)) || (nextWork < to && together(nextWork, i))) n++;
  }
  return n;
}
