/**
 * CSV export for spreadsheets, per RFC 4180: CRLF line ends, every field that holds a comma,
 * quote, CR or LF is quoted and its quotes doubled. Cells that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'` (OWASP's advice on
 * CSV injection), since page quotes and notes are untrusted text; so do cells that start with
 * `'` themselves, which keeps the guard reversible. A UTF-8 byte-order mark is
 * optional: Excel needs it to read Korean, Russian, Chinese and Japanese correctly.
 */
import type { HeadCount, PlaceRef, Sighting } from '../model';
import { sightingPosition } from './coordinates';

/** The columns, in order; documented in `docs/sightings-format.md`. */
export const CSV_COLUMNS = [
  'id',
  'observed_date',
  'observed_precision',
  'observed_year_inferred',
  'observed_year_from',
  'observed_year_reference',
  'place',
  'place_id',
  'lat',
  'lon',
  'count_kind',
  'count_value',
  'count_min',
  'count_max',
  'count_text',
  'direction',
  'origin',
  'destination',
  'route_leg',
  'confidence',
  'quote',
  'quote_prefix',
  'quote_suffix',
  'quote_start',
  'quote_end',
  'url',
  'title',
  'site',
  'lang',
  'page_date',
  'page_date_from',
  'captured_at',
  'text_captured',
  'text_sha256',
  'related_facts',
  'notes',
  'created_at',
  'updated_at',
] as const;

/**
 * Makes a cell safe from formula injection: a risky first character gets a `'` before it. A
 * cell that starts with `'` gets one too, so a reader can always undo the guard by dropping one
 * leading `'` before a risky character or another `'` (a note typed as `'+` comes back as `'+`).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r']/.test(cell) ? `'${cell}` : cell;
}

/** Quotes a field when RFC 4180 requires it, doubling its quotes. */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));
const placeName = (p: PlaceRef | undefined) => p?.name ?? '';

function countCells(c: HeadCount): string[] {
  return [c.kind, str(c.value), str(c.min), str(c.max), c.text ?? ''];
}

/** One sighting as the row of cells under {@link CSV_COLUMNS}, before escaping. */
export function csvCells(s: Sighting): string[] {
  const position = sightingPosition(s);
  return [
    s.id,
    s.observed.date,
    s.observed.precision,
    s.observed.inferredYear ? 'yes' : 'no',
    s.observed.yearFrom?.source ?? '',
    s.observed.yearFrom?.date ?? '',
    s.place.name,
    s.place.placeId ?? '',
    str(position?.lat),
    str(position?.lon),
    ...countCells(s.count),
    s.direction,
    placeName(s.origin),
    placeName(s.destination),
    s.routeLeg ?? '',
    s.confidence,
    s.quote.exact,
    s.quote.prefix,
    s.quote.suffix,
    str(s.quote.start),
    str(s.quote.end),
    s.page.url,
    s.page.title,
    s.page.site,
    s.page.lang,
    s.page.pageDate ?? '',
    s.page.pageDateFrom ?? '',
    s.page.capturedAt,
    s.page.textCaptured ? 'yes' : 'no',
    s.page.textSha256,
    s.relatedFacts.join(' '),
    s.notes,
    s.createdAt,
    s.updatedAt,
  ];
}

/**
 * Columns written from numbers by this code, never from text: a negative longitude stays a
 * number there instead of gaining a `'`. Every other cell is neutralised.
 */
const NUMERIC_COLUMNS = new Set<string>([
  'lat',
  'lon',
  'count_value',
  'count_min',
  'count_max',
  'quote_start',
  'quote_end',
]);

/** The journal as CSV text with a header row; `bom` prefixes a UTF-8 byte-order mark. */
export function exportCsv(sightings: readonly Sighting[], options: { bom?: boolean } = {}): string {
  const rows = [[...CSV_COLUMNS], ...sightings.map(csvCells)];
  const cell = (c: string, i: number) =>
    quoteField(NUMERIC_COLUMNS.has(CSV_COLUMNS[i] ?? '') ? c : neutraliseFormula(c));
  const body = rows.map((row) => row.map(cell).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
