/**
 * W3C Web Annotation export (JSON-LD): each sighting becomes an Annotation whose target is the
 * page with the TextQuoteSelector and TextPositionSelector, and whose bodies carry the notes
 * and the structured fields as text, so annotation tools (Hypothesis, Recogito) can show the
 * quote in place. The result is an AnnotationCollection holding one page of items.
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
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

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
  const date = `${s.observed.date}${s.observed.inferredYear ? ' (year inferred)' : ''}`;
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
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: s.quote.exact,
          prefix: s.quote.prefix,
          suffix: s.quote.suffix,
        },
        { type: 'TextPositionSelector', start: s.quote.start, end: s.quote.end },
      ],
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
