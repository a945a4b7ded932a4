/**
 * What extraction returns: a value the form may offer, with the words it was read from.
 * Nothing here is ever saved directly; the user confirms or edits each candidate first, and the
 * span lets the form show (and highlight, as text) exactly where a suggestion came from.
 */

/** A suggested value and the span of the quote it came from (UTF-16 offsets in the quote). */
export interface Candidate<T> {
  value: T;
  /** The matched words, as they appear in the quote. */
  text: string;
  start: number;
  end: number;
}

/** Builds a candidate from a regular-expression match (or any offset) in `source`. */
export function candidateAt<T>(source: string, start: number, end: number, value: T): Candidate<T> {
  return { value, text: source.slice(start, end), start, end };
}

/**
 * Drops candidates whose span lies strictly inside a longer candidate's span ("Tumen" inside
 * "Tumen River", "200" inside "about 200"), keeps same-span alternatives (an ambiguous name is
 * offered under each reading), and sorts by position.
 */
export function keepOutermost<T>(candidates: Candidate<T>[]): Candidate<T>[] {
  const inside = (a: Candidate<T>, b: Candidate<T>) =>
    b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return candidates
    .filter((a) => !candidates.some((b) => inside(a, b)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Same length, same offsets, fewer spellings: curly apostrophes become straight ones, Russian
 * `ё` becomes `е` and full-width digits and tildes become ASCII, so "P’yŏngyang", "Пхёнан" and
 * "２００人" match the same patterns as their plain forms.
 */
export function foldForMatching(text: string): string {
  return text
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[～〜]/g, '~');
}

/** One candidate per span and value: two rules reading the same words the same way count once. */
export function dedupeCandidates<T>(list: Candidate<T>[]): Candidate<T>[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.start}:${c.end}:${JSON.stringify(c.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
