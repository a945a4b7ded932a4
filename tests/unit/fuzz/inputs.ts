/**
 * Hostile text for the fuzz suite: what a web page could put in front of the extension. Pieces
 * of the lexicon in five languages (so the interesting code paths run, not just the early
 * exits), dates and counts as journalists write them, markup-like junk, and the Unicode that
 * breaks naive code: lone surrogates, combining marks, zero-width and direction controls,
 * full-width forms, astral characters.
 */
import fc from 'fast-check';

const LEXICON = [
  'North Korean workers',
  'DPRK',
  'laborers',
  'sent to Russia',
  'Dandong',
  'Khasan',
  'Vladivostok',
  'resolution 2397',
  '북한 노동자',
  '러시아 파견',
  '단둥',
  'рабочие из КНДР',
  'Владивосток',
  '朝鲜劳工',
  '派往俄罗斯',
  '丹东',
  '北朝鮮の労働者',
  'ロシア',
];

const DATES_AND_COUNTS = [
  '9 March',
  'March 9, 2017',
  '2017-03-21',
  'on the 21st',
  'last week',
  'about 200',
  'some 1,500',
  'between 300 and 400',
  'hundreds of',
  '지난 16일',
  '200여 명',
  '3월',
  '16 марта',
  'около 200',
  '3月16日',
  '去年',
  '数百名',
  '２００人',
  '1e309',
  '99999999999999999999',
  '-5',
  '0',
];

const UNICODE = [
  '\ud800',
  '\udc00',
  '\ud83d\ude00',
  '\u0301',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u00a0',
  '\u3000',
  'Ａ',
  'ｱ',
  'ё',
  '\u0000',
  '\r\n',
  '\t',
];

const MARKUP = [
  '<script>',
  '</p>',
  '&amp;',
  '"',
  "'",
  '`',
  '\\',
  '$' + '{x}',
  '=HYPERLINK(',
  '@',
  '+',
  ',',
];

/** Any mix of the pieces above and arbitrary strings, up to `maxParts` pieces. */
export function hostileText(maxParts = 40): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...LEXICON) },
        { weight: 2, arbitrary: fc.constantFrom(...DATES_AND_COUNTS) },
        { weight: 2, arbitrary: fc.constantFrom(...UNICODE, ...MARKUP, ' ', ' ', '. ') },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
}

/** A page date as the background might receive one: well-formed, partial, or garbage. */
export const pageDate: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 7)),
  fc.constantFrom('2017', '2017-02-30', '2017-13', '0000-00-00', '', 'yesterday', '9999-12-31'),
  fc.string({ maxLength: 12 }),
);
