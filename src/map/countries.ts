/**
 * Country names the map prints, in the five UI languages, with where each name sits. Natural
 * Earth ids (ISO 3166 numeric) tie them to the shapes; the DPRK and Russia get their own fill.
 */
import type { Lang } from '@/src/facts/schema';

/** A country label: its shape id, anchor (lon, lat) and names. */
export interface CountryLabel {
  id: string;
  lon: number;
  lat: number;
  names: Record<Lang, string>;
}

export const COUNTRY_LABELS: readonly CountryLabel[] = [
  {
    id: '408',
    lon: 126.4,
    lat: 40.5,
    names: { en: 'North Korea', ko: '북한', ru: 'КНДР', zh: '朝鲜', ja: '北朝鮮' },
  },
  {
    id: '643',
    lon: 132.5,
    lat: 50.3,
    names: { en: 'RUSSIA', ko: '러시아', ru: 'РОССИЯ', zh: '俄罗斯', ja: 'ロシア' },
  },
  {
    id: '156',
    lon: 122.5,
    lat: 44.3,
    names: { en: 'CHINA', ko: '중국', ru: 'КИТАЙ', zh: '中国', ja: '中国' },
  },
  {
    id: '496',
    lon: 116,
    lat: 46.6,
    names: { en: 'Mongolia', ko: '몽골', ru: 'Монголия', zh: '蒙古', ja: 'モンゴル' },
  },
];

/** Fill by shape id: the DPRK warm, Russia cool, everything else neutral. */
export function countryFill(id: string): string {
  if (id === '408') return '#f3d9a8';
  if (id === '643') return '#e4e8ef';
  return '#f2f0ea';
}

/** The label's text in `lang`, English for a language the table lacks. */
export function countryName(label: CountryLabel, lang: string): string {
  return (label.names as Record<string, string | undefined>)[lang] ?? label.names.en;
}
