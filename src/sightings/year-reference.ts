/**
 * Which date may complete a quote's date that gives no year ("on March 16", "지난 16일"): the
 * page's own date when the page states it (published time, JSON-LD, `<time>`, address,
 * dateline), else the date of the fact on the card the report was started from, else none — and
 * then the form asks the user for the year. Never today's date: a 2017 article's "March 16" is
 * not this year's. A page date that is only the newest year its text mentions (`text-year`) is
 * a guess about the page, too weak to date a sighting. Pure.
 */
import type { PageContext, YearFrom } from './model';

/** What the reference needs of a fact: its id and its dates, first the one that dates it. */
export interface DatedFactRef {
  id: string;
  dates: readonly { date: string }[];
}

/** The reference date for inferred years, with where it came from; null when there is none. */
export function yearReference(
  page: Pick<PageContext, 'pageDate' | 'pageDateFrom'>,
  cardFact?: DatedFactRef,
): YearFrom | null {
  if (page.pageDate && page.pageDateFrom !== 'text-year') {
    return { source: 'page-date', date: page.pageDate };
  }
  const factDate = cardFact?.dates[0]?.date;
  if (cardFact && factDate) return { source: 'fact-date', date: factDate, factId: cardFact.id };
  return null;
}
