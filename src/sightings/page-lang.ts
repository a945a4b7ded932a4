/** Narrowing any language tag to the languages a sighting stores. Pure. */
import { PAGE_LANGS, type PageLang } from './model';

/** Narrows a detector language (`en`…`ja`, `und`, or a tag like `ko-KR`) to a {@link PageLang}. */
export function toPageLang(lang: string): PageLang {
  const short = lang.toLowerCase().split('-')[0] ?? '';
  return (PAGE_LANGS as readonly string[]).includes(short) ? (short as PageLang) : 'und';
}
