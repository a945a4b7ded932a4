import { describe, expect, it } from 'vitest';
import { detect } from '@/src/detect';

const terms = (text: string): string[] =>
  detect(text).matches.map((m) => text.slice(m.start, m.end));
const roles = (text: string): string[] => detect(text).matches.map((m) => `${m.term}:${m.role}`);

describe('matcher', () => {
  it('reports offsets in the original text', () => {
    const text = 'Ｎｏｒｔｈ  Korean workers were sent to Vladivostok.';
    const m = detect(text).matches[0];
    expect(m?.term).toBe('North Korean worker');
    expect(text.slice(m?.start, m?.end)).toBe('Ｎｏｒｔｈ  Korean worker');
  });

  it('finds Korean nouns before particles, spaced or not', () => {
    expect(terms('북한 노동자들이 러시아로 파견됐다')).toContain('북한 노동자');
    expect(terms('북한노동자들은 단둥에서 머물렀다')).toEqual(
      expect.arrayContaining(['북한노동자', '단둥']),
    );
  });

  it('knows transliteration variants of route places', () => {
    for (const name of ['Khasan', 'Hasan', 'Hassan']) {
      const text = `North Korean workers travel from Rajin-Sonbong via ${name} to Russia.`;
      const places = detect(text)
        .matches.filter((m) => m.placeId !== undefined)
        .map((m) => m.placeId);
      // Russia is a gazetteer place too (a country); it is found, though never marked.
      expect(places).toEqual(['rason', 'khasan', 'russia']);
    }
  });

  it('matches inflected Russian place names as stems', () => {
    const found = detect('Рабочие из КНДР работают во Владивостоке и Хабаровске.').matches;
    expect(found.map((m) => m.placeId).filter(Boolean)).toEqual(['vladivostok', 'khabarovsk']);
  });

  it('requires word boundaries in spaced scripts', () => {
    expect(roles('Koreans in Dandongshire')).toEqual([]);
    expect(terms("North Korea's workers abroad were sent to Russia")).toContain('workers abroad');
  });

  it('lets veto terms consume what they overlap', () => {
    const text = "The Workers' Party of Korea and 조선족 and 派遣社員 news";
    const found = detect(text).matches.map((m) => m.term);
    expect(found).not.toContain('worker');
    expect(found).not.toContain('조선');
    expect(found).not.toContain('派遣');
  });

  it('lets a longer positive term win over a veto inside it', () => {
    expect(roles('北朝鮮人労働者がロシアへ')).toContain('北朝鮮人労働者:dprk-worker');
  });
});
