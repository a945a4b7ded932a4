import { describe, expect, it } from 'vitest';
import { fold, normalize } from '@/src/detect';

describe('normalize', () => {
  it('folds width, case, diacritics and ё', () => {
    expect(fold('ＤＰＲＫ')).toBe('dprk');
    expect(fold('Rasŏn')).toBe('rason');
    expect(fold('Пхёнан')).toBe('пхенан');
    expect(fold('ÉTÉ')).toBe('ete');
    expect(fold('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('keeps й, Hangul and kana voicing intact', () => {
    expect(fold('Уссурийск')).toBe('уссурийск');
    expect(fold('북한 노동자들이')).toBe('북한 노동자들이');
    expect(fold('ガス')).toBe('ガス');
  });

  it('collapses whitespace and punctuation and drops apostrophes', () => {
    expect(fold("  Rajin-Sonbong,\n\t Workers' Party  ")).toBe('rajin sonbong workers party');
    expect(fold('나진·선봉')).toBe('나진 선봉');
    expect(fold('«КНДР»')).toBe('кндр');
  });

  it('folds traditional Chinese characters to simplified', () => {
    expect(fold('北韓勞工')).toBe(fold('北韩劳工'));
    expect(fold('丹東')).toBe('丹东');
  });

  it('maps every normalised unit back to its original offset', () => {
    const text = 'A  Ｂé’c';
    const { text: folded, offsets } = normalize(text);
    expect(folded).toBe('a bec');
    expect([...offsets]).toEqual([0, 1, 3, 4, 6]);
  });
});
