/**
 * Pages in languages the extension does not read (German, Ukrainian, Polish, Portuguese…) share
 * names and numbers with those it does ("Kim Jong Un", "КНДР", "2397") and must not misfire on
 * them; a page that mixes a core language with another is judged on the core-language part.
 * The test is cheap and local: only the text around the anchors that decided a verdict is
 * looked at, by its function words (Latin script) or its letters (Cyrillic), so the detector's
 * throughput does not change. Pure.
 */

/** Half the width of the stretch of text judged around an anchor. */
export const LANGUAGE_REACH = 300;

const ENGLISH = new Set(
  'the of and to in is are was were that for with on by as from at this which have has been its their it be not or an will would said also after'.split(
    ' ',
  ),
);
/** Frequent function words of Latin-script languages other than English. */
const OTHER_LATIN = new Set(
  [
    // German
    'der die das und ist nicht mit von für auf den dem ein eine sich auch werden wurde aus bei nach des alle bis im zu sie wird sind war einer eines haben hat nur noch wie aber über',
    // Polish
    'się nie jest oraz które który że przez dla jak jego ich został została są był była w z na do i od po ze tylko według',
    // Portuguese, Spanish
    'não uma com para dos das pelo pela são foi também muito está los las del por una con es sus fue',
    // French, Italian
    'les des est une dans pour avec sur pas qui sont été aux della sono degli nel alla',
    // Dutch, Vietnamese, Indonesian
    'het een van zijn niet voor met của và là các những được người yang dan dengan untuk dari ini',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Latin letters with diacritics that English text does not use (the breves of Korean
 * romanisation, ŏ and ŭ, are left out: English news writes Sinŭiju and P'yŏngyang).
 */
const OTHER_LATIN_LETTERS = /[äöüßąęłńśźżãõçáéíóúâêôàèìòùñčšžřůýæøåőű]/giu;

/** Letters of Cyrillic languages other than Russian, and letters only Russian uses. */
const OTHER_CYRILLIC = /[іїєґў]/giu;
const RUSSIAN_ONLY = /[ыэъё]/giu;

/** True when `text` reads as a language the extension does not cover. */
export function isOtherLanguage(text: string): boolean {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) {
    const other = text.match(OTHER_CYRILLIC)?.length ?? 0;
    const russian = text.match(RUSSIAN_ONLY)?.length ?? 0;
    return other >= 3 && other > russian * 2;
  }
  if (latin < 25) return false;
  const marked = text.match(OTHER_LATIN_LETTERS)?.length ?? 0;
  if (marked >= 3 && marked > latin * 0.015) return true;
  let english = 0;
  let foreign = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER_LATIN.has(word)) foreign++;
  }
  // A sentence has few function words; a paragraph, many.
  return foreign >= (latin < 200 ? 2 : 3) && foreign > english * 2;
}
