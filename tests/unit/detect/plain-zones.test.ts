import { describe, expect, it } from 'vitest';
import { plainTextZones } from '@/src/detect/plain-zones';

/** The related-link lists of saved pages are page furniture; the article's own lists are not. */
describe('plainTextZones', () => {
  const zoned = (text: string): string[] =>
    plainTextZones(text).map((z) => text.slice(z.start, z.end).trim());

  it('zones a block opened by a named heading, up to the blank line', () => {
    const text =
      'Story text.\n\nRelated stories\nCrews back on building sites\nStorm cuts power\n\nEnd.';
    expect(zoned(text)).toEqual([
      'Related stories\nCrews back on building sites\nStorm cuts power',
    ]);
  });

  it('zones a short heading over two or more bulleted lines', () => {
    const text =
      'Cubs story.\n\nMore from the Far East\n- Ferry schedule to Japan\n- Crews from North Korea back on sites\n\nFooter';
    expect(zoned(text)).toEqual([
      'More from the Far East\n- Ferry schedule to Japan\n- Crews from North Korea back on sites',
    ]);
  });

  it('leaves a sentence over a list, and a single bullet, in the article', () => {
    const sentence = 'The brigade listed three demands:\n- pay on time\n- passports back\n';
    const single = 'Latest\n- One item only\n\nBody text.';
    expect(plainTextZones(sentence)).toEqual([]);
    expect(plainTextZones(single)).toEqual([]);
  });
});
