/**
 * Head-counts in a quote: "200 workers" (exact), "about 200", "some 300", "200여 명",
 * "около 200", "约200名", "200名余り" (approximate), "200 to 300", "от 200 до 300",
 * "200~300명" (range), and words for orders of magnitude ("hundreds", "수백 명", "сотни",
 * "数百人"), read as approximate with bounds (hundreds: 200–999). A bare number counts only
 * next to a word for people or a counter (명, 人, 名, человек), so years and distances stay out.
 */
import type { HeadCount } from '../sightings/model';
import {
  type Candidate,
  candidateAt,
  dedupeCandidates,
  foldForMatching,
  keepOutermost,
} from './candidate';
import { NUMBER, readNumber } from './numbers';

type Build = (m: RegExpMatchArray) => HeadCount | null;

const N = `(${NUMBER})`;
/** After a number: it must not continue ("about 1" of "about 10" or of "1,000"). */
const WHOLE = '(?![\\d,.\\u00a0]*\\d)';
const B = '(?<![\\p{L}\\p{N}])';
const EN_PEOPLE =
  '(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:workers?|labou?rers?|men|women|people|persons|nationals|North Koreans|employees|students|citizens|defectors)(?![\\p{L}])';
const EN_UNIT =
  '\\s*(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|tons?|tonnes?|yuan|won|rubles?|roubles?|dollars?|US\\$|\\$|%|percent|per\\s?cent|times|countries)(?![\\p{L}])';
const RU_PEOPLE =
  '\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:человек|рабочих|работников|граждан|северокорейцев|мужчин|строителей|трудовых\\s+мигрантов|трудовых\\s+мигранта)(?![\\p{L}])';
const RU_UNIT =
  '\\s*(?:лет|год|месяц|недел|дн|час|минут|км|километр|метр|тонн|рубл|долл|юан|процент|%|раз|январ|феврал|март|апрел|ма[яе]|июн|июл|август|сентябр|октябр|ноябр|декабр)';
const CJK_COUNTER = '(?:\\s?(?:명|人|名|位))';

const approx = (value: number, text: string): HeadCount => ({ kind: 'approximate', value, text });
const atLeast = (min: number, text: string): HeadCount => ({ kind: 'approximate', min, text });
const between = (
  min: number,
  max: number,
  text: string,
  kind: HeadCount['kind'] = 'range',
): HeadCount | null => (min <= max ? { kind, min, max, text } : null);

/** Orders of magnitude said in words: "hundreds" means at least two hundred, below a thousand. */
const MAGNITUDES: Array<[RegExp, number, number]> = [
  [/^(?:tens of thousands|수만|десятки тысяч|数万|數萬|数万)/i, 20_000, 99_999],
  [
    /^(?:thousands|a few thousand|several thousand|수천|тысячи|несколько тысяч|数千|數千|上千|几千|幾千)/i,
    2_000,
    9_999,
  ],
  [
    /^(?:hundreds|a few hundred|several hundred|수백|сотни|несколько сотен|数百|數百|上百|几百|幾百)/i,
    200,
    999,
  ],
  [/^(?:dozens|수십|десятки|数十|數十|几十|幾十)/i, 20, 99],
];

function magnitude(text: string): HeadCount | null {
  const hit = MAGNITUDES.find(([re]) => re.test(text));
  return hit ? between(hit[1], hit[2], text, 'approximate') : null;
}

const num = (s: string | undefined) => readNumber(s ?? '');

const RULES: Array<{ pattern: RegExp; build: Build }> = [
  // English
  {
    pattern: new RegExp(`${B}(?:between\\s+)?${N}\\s*(?:-|–|—|to|and)\\s*${N}${EN_PEOPLE}`, 'giu'),
    build: (m) => between(num(m[1]), num(m[2]), m[0]),
  },
  {
    pattern: new RegExp(
      `${B}(about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|close to|more than|over|at least|upwards of|up to|fewer than|less than)\\s+${N}${WHOLE}(?!${EN_UNIT})(?:${EN_PEOPLE})?`,
      'giu',
    ),
    build: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const n = num(m[2]);
      if (/^(more than|over|at least|upwards of)$/.test(word)) return atLeast(n, m[0]);
      if (/^(up to|fewer than|less than)$/.test(word))
        return { kind: 'approximate', value: n, max: n, text: m[0] };
      return approx(n, m[0]);
    },
  },
  {
    pattern: new RegExp(`${B}${N}${EN_PEOPLE}`, 'giu'),
    build: (m) => ({ kind: 'exact', value: num(m[1]), text: m[0] }),
  },
  {
    pattern:
      /(?<![\p{L}])(?:tens of thousands|(?:a few |several )?(?:hundreds?|thousands?)|dozens)(?: of)?(?:\s+[\p{L}-]+){0,3}?\s+(?:workers|labou?rers|men|people|North Koreans|nationals)(?![\p{L}])/giu,
    build: (m) => magnitude(m[0]),
  },
  // Korean
  {
    pattern: new RegExp(`${N}\\s*[~∼〜\\-–]\\s*${N}\\s*명`, 'gu'),
    build: (m) => between(num(m[1]), num(m[2]), m[0]),
  },
  {
    pattern: new RegExp(
      `(?:(약|대략|최소|최대)\\s*)?${N}\\s*(여\\s*)?명(?:\\s*(이상|넘게|가량|정도|안팎|내외|미만))?`,
      'gu',
    ),
    build: (m) => {
      const n = num(m[2]);
      if (m[4] === '이상' || m[4] === '넘게' || m[1] === '최소') return atLeast(n, m[0]);
      if (m[4] === '미만' || m[1] === '최대')
        return { kind: 'approximate', value: n, max: n, text: m[0] };
      if (m[1] || m[3] || m[4]) return approx(n, m[0]);
      return { kind: 'exact', value: n, text: m[0] };
    },
  },
  { pattern: /(?:수만|수천|수백|수십)\s*여?\s*명/gu, build: (m) => magnitude(m[0]) },
  // Russian
  {
    pattern: new RegExp(`${B}(?:от\\s+)?${N}\\s*(?:-|–|—|до)\\s*${N}${RU_PEOPLE}`, 'giu'),
    build: (m) => between(num(m[1]), num(m[2]), m[0]),
  },
  {
    pattern: new RegExp(
      `${B}(около|примерно|приблизительно|порядка|почти|более|свыше|больше|не менее)\\s+${N}${WHOLE}(?!${RU_UNIT})(?:${RU_PEOPLE})?`,
      'giu',
    ),
    build: (m) => {
      const n = num(m[2]);
      if (/^(более|свыше|больше|не менее)$/i.test(m[1] ?? '')) return atLeast(n, m[0]);
      return approx(n, m[0]);
    },
  },
  {
    // "до" and "менее" also mean "until" and "less": a word for people must follow.
    pattern: new RegExp(`${B}(?:до|менее)\\s+${N}${RU_PEOPLE}`, 'giu'),
    build: (m) => ({ kind: 'approximate', value: num(m[1]), max: num(m[1]), text: m[0] }),
  },
  {
    pattern: new RegExp(`${B}${N}${RU_PEOPLE}`, 'giu'),
    build: (m) => ({ kind: 'exact', value: num(m[1]), text: m[0] }),
  },
  {
    pattern:
      /(?<![\p{L}])(?:десятки тысяч|несколько (?:сотен|тысяч)|сотни|тысячи|десятки)(?![\p{L}])/giu,
    build: (m) => magnitude(m[0]),
  },
  // Chinese and Japanese
  {
    pattern: new RegExp(`${N}\\s*(?:至|到|~|-|–|—)\\s*${N}${CJK_COUNTER}`, 'gu'),
    build: (m) => between(num(m[1]), num(m[2]), m[0]),
  },
  {
    pattern: new RegExp(
      `(约|約|大约|大約|将近|將近|近|超过|超過|逾|至少|およそ|推定)?${N}(多|余|餘)?${CJK_COUNTER}(余り|あまり|以上|超|前後|ほど|程度|左右)?`,
      'gu',
    ),
    build: (m) => {
      const n = num(m[2]);
      const before = m[1] ?? '';
      const after = m[4] ?? '';
      if (/^(超过|超過|逾|至少)$/.test(before) || /^(以上|超)$/.test(after))
        return atLeast(n, m[0]);
      if (before || m[3] || after) return approx(n, m[0]);
      return { kind: 'exact', value: n, text: m[0] };
    },
  },
  {
    pattern:
      /(?:数万|數萬|数千|數千|上千|几千|幾千|数百|數百|上百|几百|幾百|数十|數十|几十|幾十)(?:余|多)?(?:名|人)/gu,
    build: (m) => magnitude(m[0]),
  },
];

/** Head-count candidates in `quote`, in order of appearance, longest reading first. */
export function extractCounts(quote: string): Candidate<HeadCount>[] {
  const folded = foldForMatching(quote);
  const found: Candidate<HeadCount>[] = [];
  for (const { pattern, build } of RULES) {
    for (const m of folded.matchAll(pattern)) {
      const built = build(m);
      if (!built || !isPlausible(built)) continue;
      const value = { ...built, text: quote.slice(m.index, m.index + m[0].length) };
      found.push(candidateAt(quote, m.index, m.index + m[0].length, value));
    }
  }
  return dedupeCandidates(keepOutermost(found));
}

/**
 * More people than this is no head-count of workers (North Korea's whole population is about
 * 26 million): a longer run of digits is a number of something else, or noise.
 */
const MAX_HEAD_COUNT = 10_000_000;

/** Every number is a whole, non-negative count no larger than {@link MAX_HEAD_COUNT}. */
function isPlausible(c: HeadCount): boolean {
  return [c.value, c.min, c.max].every(
    (n) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= MAX_HEAD_COUNT),
  );
}
