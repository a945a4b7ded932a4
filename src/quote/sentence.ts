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
 * surrounding whitespace. A match that crosses a boundary gets every sentence it touches.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const lo = Math.max(0, Math.min(start, end, text.length));
  const hi = Math.min(text.length, Math.max(start, end, lo));
  let from = lo;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  if (from > 0) from = skipClosers(text, from);
  let to = hi;
  if (!(to > lo && endsSentence(text, to - 1))) {
    while (to < text.length && !endsSentence(text, to)) to++;
    if (to < text.length && !isLineBreak(text[to])) to++;
  }
  to = skipClosers(text, to);
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}
