/**
 * A language's card texts as the extension ships them (`i18n/facts-<lang>.json`, written by the
 * build from `src/facts/data/i18n`: `{ facts, sources }`, the card texts by fact id and the
 * sources' perspectives by source id), fetched from the extension's own files when first needed
 * and kept. The background and the popup load only the languages a reader uses.
 */
import { browser } from 'wxt/browser';
import { type FactTexts, factTextsFile, parseFactTexts } from '@/src/facts/fact-text';
import type { Lang } from '@/src/vocabulary';

const loaded = new Map<Lang, Promise<FactTexts>>();

/**
 * The card texts of `lang` (undefined for English: the facts are written in it). Rejects with
 * a readable error when the file is missing or damaged; a later call tries again.
 */
export function loadFactTexts(lang: Lang): Promise<FactTexts | undefined> {
  if (lang === 'en') return Promise.resolve(undefined);
  let texts = loaded.get(lang);
  if (!texts) {
    const file = factTextsFile(lang);
    texts = fetch(browser.runtime.getURL(`/${file}` as '/'))
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<unknown>;
      })
      .then(parseFactTexts);
    texts.catch(() => loaded.delete(lang));
    loaded.set(lang, texts);
  }
  return texts;
}
