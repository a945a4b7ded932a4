/**
 * One normal form for everything the popup search compares, so that a query typed in any
 * script, case or keyboard layout meets the fact text on equal terms: NFKC (full-width Latin,
 * half-width katakana and compatibility ideographs fold to their usual forms), case folding,
 * Russian ё read as е (most Russian text omits the dots), Latin diacritics dropped (Sinŭiju,
 * P'yŏngyang), apostrophes and dashes unified, and runs of spaces collapsed.
 *
 * Diacritics are dropped only after Latin letters: stripping every combining mark would turn
 * Russian й into и. Kana are folded apart: hiragana read as katakana, and voicing marks dropped
 * (ダンドン and タントン both render 丹東; readers type either).
 */

const LATIN_MARKS = /([a-z])\p{M}+/gu;
/** Voicing marks (゙ ゚) after kana, once NFD has split them off (ダ → タ + ゙). */
const KANA_VOICING = /([\u3041-\u30ff])[\u3099\u309a]/gu;
/** Hiragana, to be read as katakana: the two blocks are 0x60 apart. */
const HIRAGANA = /[\u3041-\u3096]/gu;
const APOSTROPHES = /['’‘ʼ`´]/g;
const DASHES = /[‐‑‒–—―-]/g;
const SPACES = /\s+/g;
const QUOTES = /[“”„«»]/g;
const NON_ASCII = /[^ -~\t\n\r]/;

/** Punctuation that writers vary freely, in one form: no apostrophes, ASCII dashes and quotes. */
const foldPunctuation = (text: string): string =>
  text.replace(APOSTROPHES, '').replace(DASHES, '-').replace(QUOTES, '"');

/** Unicode folding for text beyond ASCII (see the module comment). */
const foldUnicode = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .replace(KANA_VOICING, '$1')
    .replace(HIRAGANA, (ch) => String.fromCharCode((ch.codePointAt(0) as number) + 0x60))
    .normalize('NFC');

/** The search normal form of `text` (see the module comment for what it folds). */
export function normalizeForSearch(text: string): string {
  const plain = foldPunctuation(text);
  // Unicode normalisation leaves ASCII unchanged, and most fact text is ASCII.
  const folded = NON_ASCII.test(plain) ? foldPunctuation(foldUnicode(plain)) : plain.toLowerCase();
  return folded.replace(SPACES, ' ').trim();
}

/** True when `text` contains a character of a script written without spaces between words. */
export function hasCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}

/**
 * Question and function words that carry no topic ("when was the … closed?", "кто подписал …").
 * Fuzzy matching finds them, or near misses of them, in nearly every fact, which would drown
 * the words that matter.
 */
const STOP_WORDS = new Set(
  (
    'a an and are at by did do does for from how in is it of on or the to was were what when ' +
    'where which who whom why with в во и к как когда кто на о от по с со что где это ли'
  ).split(' '),
);

/** `query` (normalised) without its stop words, or unchanged when nothing else is left. */
export function withoutStopWords(query: string): string {
  const words = query.split(' ');
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : query;
}
