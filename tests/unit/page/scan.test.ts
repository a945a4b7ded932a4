// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Detection, Match } from '@/src/detect/types';
import {
  GATE_SAMPLE_CHARS,
  gateSample,
  isStale,
  mapIfGatePasses,
  paintedMatches,
  relevantScan,
  wordEnd,
} from '@/src/page/scan';

describe('wordEnd', () => {
  it('extends Latin and Cyrillic stems to the end of the word', () => {
    const text = 'Workers left; рабочих много';
    expect(wordEnd(text, 6)).toBe(7);
    expect(text.slice(14, wordEnd(text, 19))).toBe('рабочих');
    expect(wordEnd(text, 7)).toBe(7);
  });

  it('leaves Hangul and Han matches alone', () => {
    expect(wordEnd('북한노동자들', 5)).toBe(5);
    expect(wordEnd('朝鲜劳工们', 4)).toBe(4);
  });
});

describe('mapIfGatePasses and relevantScan', () => {
  const detection = (relevant: boolean, text: string): Detection => ({
    relevant,
    score: relevant ? 0.9 : 0.1,
    lang: 'en',
    topics: [],
    facts: [],
    matches: relevant
      ? [
          {
            term: 'dandong',
            start: text.indexOf('Dandong'),
            end: text.indexOf('Dandong') + 7,
            role: 'place',
            strength: 'strong',
            lang: 'en',
            factIds: [],
          },
        ]
      : [],
  });
  const deps = (gate: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      quickGate: (t: string) => {
        calls.push(`gate:${t.length > 0}`);
        return gate;
      },
      buildTextMap: (root: Element) => {
        calls.push('map');
        const node = root.querySelector('p')?.firstChild as Text;
        return { text: node.data, nodes: [node], starts: [0], zones: [] };
      },
    };
  };

  it('stops at the gate on pages that never name North Korea', () => {
    document.body.innerHTML = '<p>Marathon results</p>';
    const d = deps(false);
    expect(mapIfGatePasses(document, d)).toBeNull();
    expect(d.calls).toEqual(['gate:true']);
  });

  it('maps matches of a relevant page to Ranges', () => {
    document.title = 'News';
    document.body.innerHTML = '<p>Workers in Dandong inns</p>';
    const d = deps(true);
    const map = mapIfGatePasses(document, d);
    expect(d.calls).toEqual(['gate:true', 'map']);
    const scan = map && relevantScan(map, detection(true, map.text));
    expect(scan?.ranges[0]?.toString()).toBe('Dandong');
    expect(gateSample(document)).toBe('News\nWorkers in Dandong inns');
    expect(isStale(scan?.ranges[0] ?? null)).toBe(false);
    document.body.innerHTML = '';
    expect(isStale(scan?.ranges[0] ?? null)).toBe(true);
  });

  it('samples the text as textContent joins it, without scripts and styles, up to the cap', () => {
    document.title = 'T';
    document.body.innerHTML =
      '<p>North <b>Ko</b>rea</p><script>var x;</script><style>p{}</style><p>Dandong</p>';
    expect(gateSample(document)).toBe('T\nNorth KoreaDandong');
    const chunk = 'x'.repeat(1000);
    document.body.innerHTML = `<p>${chunk}</p>`.repeat(GATE_SAMPLE_CHARS / 1000 + 100);
    expect(gateSample(document).length).toBe('T\n'.length + GATE_SAMPLE_CHARS);
  });

  it('returns null when the detector says irrelevant', () => {
    document.body.innerHTML = '<p>Dandong tourism</p>';
    const map = mapIfGatePasses(document, deps(true));
    expect(map).not.toBeNull();
    expect(map && relevantScan(map, detection(false, map.text))).toBeNull();
  });
});

describe('paintedMatches', () => {
  const match = (term: string, strength: Match['strength']): Match => ({
    term,
    start: 0,
    end: 1,
    role: 'place',
    strength,
    lang: 'en',
    factIds: [],
  });

  it('paints every strong match and the first visible match of each other term', () => {
    const range = {} as Range;
    const matches = [
      match('Russia', 'weak'),
      match('North Korean workers', 'strong'),
      match('Russia', 'weak'),
      match('Dandong', 'weak'),
      match('North Korean workers', 'strong'),
    ];
    expect(
      paintedMatches(
        matches,
        matches.map(() => range),
      ),
    ).toEqual([true, true, false, true, true]);
  });

  it('marks the next occurrence of a term when the first has no Range', () => {
    const matches = [match('Russia', 'weak'), match('Russia', 'weak')];
    expect(paintedMatches(matches, [null, {} as Range])).toEqual([false, true]);
  });
});
