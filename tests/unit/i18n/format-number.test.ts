import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/src/i18n/translate';
import { LANGS } from '@/src/vocabulary';

describe('formatNumber', () => {
  it('writes every number as Intl.NumberFormat does, in every interface language', () => {
    const numbers = [0, 1, 7, 42, 200, 999, -5, -999, 1000, 1234, 12_000, 1_234_567, 0.5, 2.75];
    for (const lang of LANGS)
      for (const n of numbers)
        expect(formatNumber(lang, n), `${lang} ${n}`).toBe(new Intl.NumberFormat(lang).format(n));
  });

  it('groups thousands as the language does', () => {
    expect(formatNumber('en', 1234)).toBe('1,234');
    expect(formatNumber('ru', 1234)).toMatch(/^1\s234$/u);
  });
});
