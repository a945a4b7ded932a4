/**
 * W3C Web Annotation export (JSON-LD): each sighting becomes an Annotation whose target is the
 * page with the TextQuoteSelector — and a TextPositionSelector only when the offsets were
 * measured in the page's text: offsets within a linked or typed quote would make Hypothesis or
 * any W3C client anchor the quote at the top of the page — and whose bodies carry the notes and
 * the structured fields as text, so annotation tools (Hypothesis, Recogito) can show the quote
 * in place. The result is an AnnotationCollection holding one page of items; the tests expand
 * it with a JSON-LD processor against the bundled W3C context.
 * See https://www.w3.org/TR/annotation-model/.
 */
import type { Sighting } from '../model';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A plain-text body; `purpose` says whether it describes, comments or tags. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'describing' | 'tagging';
  language?: string;
}

/** The quote with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** One sighting as a W3C Web Annotation. */
export interface WebAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    /** The quote; then its position, only when measured in the page text. */
    selector:
      | [TextQuoteSelector]
      | [TextQuoteSelector, { type: 'TextPositionSelector'; start: number; end: number }];
  };
}

const YEAR_GROUND = {
  'page-date': "page's date",
  'fact-date': "card's fact date",
  'capture-date': 'capture date',
} as const;

/** A short, human line of the structured fields, for tools that only show text bodies. */
export function summaryLine(s: Sighting): string {
  const c = s.count;
  const count =
    c.kind === 'unknown'
      ? 'count unknown'
      : c.kind === 'range'
        ? `${c.min}–${c.max} people`
        : c.value !== undefined
          ? `${c.kind === 'approximate' ? 'about ' : ''}${c.value} people`
          : `at least ${c.min} people`;
  const from = s.observed.yearFrom;
  const date = `${s.observed.date}${from ? ` (year inferred from the ${YEAR_GROUND[from.source]} ${from.date})` : ''}`;
  return `Sighting: ${date}, ${s.place.name}, ${count}, direction ${s.direction}, confidence ${s.confidence}.`;
}

/** One sighting as a Web Annotation. */
export function toAnnotation(s: Sighting): WebAnnotation {
  const body: TextualBody[] = [
    {
      type: 'TextualBody',
      value: summaryLine(s),
      format: 'text/plain',
      purpose: 'describing',
      language: 'en',
    },
  ];
  if (s.notes.trim())
    body.push({ type: 'TextualBody', value: s.notes, format: 'text/plain', purpose: 'commenting' });
  for (const fact of s.relatedFacts) {
    body.push({ type: 'TextualBody', value: fact, format: 'text/plain', purpose: 'tagging' });
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: s.quote.exact,
    prefix: s.quote.prefix,
    suffix: s.quote.suffix,
  };
  const { start, end } = s.quote;
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${s.id}`,
    type: 'Annotation',
    motivation: 'describing',
    created: s.createdAt,
    modified: s.updatedAt,
    body,
    target: {
      source: s.page.url,
      selector:
        s.page.textCaptured && start !== undefined && end !== undefined
          ? [quote, { type: 'TextPositionSelector', start, end }]
          : [quote],
    },
  };
}

/** The journal as an AnnotationCollection (JSON-LD text) with all annotations on one page. */
export function exportAnnotations(sightings: readonly Sighting[], exportedAt: Date): string {
  const collection = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'DPRK Labor Lens sightings',
    total: sightings.length,
    created: exportedAt.toISOString(),
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: sightings.map((s) => {
        const { '@context': _context, ...item } = toAnnotation(s);
        return item;
      }),
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
