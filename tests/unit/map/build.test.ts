import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMapFiles } from '@/scripts/build-map';

const root = new URL('../../../', import.meta.url);
const files = buildMapFiles();

describe('map geometry build', () => {
  it('reproduces the committed files byte for byte', () => {
    expect(Object.keys(files).sort()).toEqual([
      'assets/map/geometry.json',
      'assets/map/views.json',
    ]);
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(new URL(path, root), 'utf8'), `${path}: run npm run build:map`).toBe(
        text,
      );
    }
  });

  it('gives the same output twice in one process', () => {
    expect(buildMapFiles()).toEqual(files);
  });

  it('stays under 60 KB gzipped', () => {
    const size = gzipSync(files['assets/map/geometry.json'] ?? '').length;
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(60 * 1024);
  });

  it('holds the countries of both views, rounded to a tenth of a pixel', () => {
    const geometry = JSON.parse(files['assets/map/geometry.json'] ?? '{}') as {
      views: { id: string; countries: { id: string; d: string }[]; borders: string }[];
    };
    const ids = (view: string) =>
      geometry.views.find((v) => v.id === view)?.countries.map((c) => c.id) ?? [];
    expect(ids('main')).toEqual(expect.arrayContaining(['156', '408', '643']));
    expect(ids('inset')).toEqual(expect.arrayContaining(['643']));
    for (const v of geometry.views) {
      expect(v.borders).not.toBe('');
      for (const c of v.countries) expect(c.d).not.toMatch(/\.\d{2}/);
    }
  });
});
