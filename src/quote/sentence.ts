/**
 * The sentence around a match, used as the default quote when the user reports from a card
 * rather than a selection. Boundaries cover the five page languages: `. ! ?` followed by a
 * space or the end (so "3.5" and "dailynk.com" do not split), the full-width `。！？` that
 * Chinese and Japanese use without spaces, and line breaks (headlines, list items).
 */

/** Abbreviations that end with a period but not a sentence (English and Russian news style). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'gen',
  'col',
  'lt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'г',
  'гг',
  'ул',
  'т.е',
  'т.д',
  'т.п',
  'тыс',
  'млн',
  'млрд',
  'им',
  'проф',
  'св',
]);

/**
 * Most characters taken on each side of the match: text without sentence punctuation (a table,
 * a run-on list) still gives a quote of readable length, cut at a word boundary.
 */
export const MAX_SIDE = 400;

const CLOSERS = /["'”’»)\]」』）]/;

/** True when the character at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch === '\n' || ch === '\r' || ch === '\u2029') return true;
  if ('。！？'.includes(ch)) return true;
  if (!'.!?'.includes(ch)) return false;
  let next = i + 1;
  while (CLOSERS.test(text[next] ?? '')) next++;
  if (next < text.length && !/\s/.test(text[next] ?? '')) return false;
  if (ch !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital before the period is an initial ("Kim J. Nam"), not a sentence end.
  return !/^\p{Lu}$/u.test(word);
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2029';
}

/** Skips closing quotes and brackets that belong to the sentence ending just before `i`. */
function skipClosers(text: string, i: number): number {
  let at = i;
  if (at > 0 && !isLineBreak(text[at - 1])) while (CLOSERS.test(text[at] ?? '')) at++;
  return at;
}

/**
 * The span of the sentence (or sentences) containing `text[start, end)`, trimmed of
 * surrounding whitespace. A match that crosses a boundary gets every sentence it touches. At
 * most `maxSide` characters are added on each side of the match.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  maxSide = MAX_SIDE,
): { start: number; end: number } {
  const lo = Math.max(0, Math.min(start, end, text.length));
  const hi = Math.min(text.length, Math.max(start, end, lo));
  const floor = Math.max(0, lo - maxSide);
  const ceiling = Math.min(text.length, hi + maxSide);
  let from = lo;
  while (from > floor && !endsSentence(text, from - 1)) from--;
  if (from === floor && from > 0 && !endsSentence(text, from - 1))
    from = wordStartAfter(text, from, lo);
  else if (from > 0) from = Math.min(skipClosers(text, from), lo);
  let to = hi;
  if (!(to > lo && endsSentence(text, to - 1))) {
    while (to < ceiling && !endsSentence(text, to)) to++;
    if (to === ceiling && to < text.length && !endsSentence(text, to))
      to = wordEndBefore(text, to, hi);
    else if (to < text.length && !isLineBreak(text[to])) to++;
  }
  to = skipClosers(text, to);
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}

/** The first word start at or after `at` (not past `limit`), so a cut quote has no half word. */
function wordStartAfter(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at - 1] ?? ' ')) return at;
  const space = text.slice(at, limit).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

/** The last word end at or before `at` (not before `limit`). */
function wordEndBefore(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at] ?? ' ')) return at;
  const space = text.slice(limit, at).search(/\s\S*$/);
  return space < 0 ? at : limit + space;
}
