/**
 * Fact titles in the interface language for the extension's pages (the report form's related
 * facts, the journal's timeline). The fact base is written in English; the other languages'
 * card texts ship as one file each and are fetched when a page first needs them, so an English
 * reader loads nothing and a page whose file fails to load keeps the English titles.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadFactTexts } from '@/src/i18n/fact-texts';
import type { Lang } from '@/src/vocabulary';

/** Titles by fact id. */
export type FactTitles = Readonly<Record<string, string>>;

const NONE: FactTitles = {};

/** The titles of `lang`'s card texts by fact id (empty for English and until loaded). */
export async function factTitles(lang: Lang): Promise<FactTitles> {
  const texts = await loadFactTexts(lang);
  if (!texts) return NONE;
  return Object.fromEntries(Object.entries(texts.facts).map(([id, text]) => [id, text.title]));
}

/** {@link factTitles} as a hook: English (empty) at first, the language's once loaded. */
export function useFactTitles(lang: Lang): FactTitles {
  const [titles, setTitles] = useState<{ lang: Lang; titles: FactTitles }>({ lang, titles: NONE });
  useEffect(() => {
    let live = true;
    factTitles(lang).then(
      (loaded) => live && setTitles({ lang, titles: loaded }),
      () => live && setTitles({ lang, titles: NONE }),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return titles.lang === lang ? titles.titles : NONE;
}
