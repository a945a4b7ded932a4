// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeIndexAt, rangeForOffsets } from '@/src/page/ranges';

/** A map like the text map builds: node data joined with a one-character separator. */
function mapOf(parts: string[]) {
  document.body.replaceChildren(
    ...parts.map((part) => {
      const p = document.createElement('p');
      p.textContent = part;
      return p;
    }),
  );
  const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    if (text) text += '\n';
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

describe('nodeIndexAt', () => {
  it('finds the last start at or before an offset', () => {
    expect(nodeIndexAt([0, 5, 9], 0)).toBe(0);
    expect(nodeIndexAt([0, 5, 9], 4)).toBe(0);
    expect(nodeIndexAt([0, 5, 9], 5)).toBe(1);
    expect(nodeIndexAt([0, 5, 9], 100)).toBe(2);
    expect(nodeIndexAt([3], 1)).toBe(-1);
    expect(nodeIndexAt([], 1)).toBe(-1);
  });
});

describe('rangeForOffsets', () => {
  it('maps a span inside one node and a span across nodes', () => {
    const map = mapOf(['workers left Dandong', 'for Russia via Harbin']);
    const at = (s: string) => map.text.indexOf(s);
    expect(rangeForOffsets(map, at('Dandong'), at('Dandong') + 7)?.toString()).toBe('Dandong');
    const across = rangeForOffsets(map, at('Dandong'), at('Russia') + 6);
    expect(across?.startContainer).toBe(map.nodes[0]);
    expect(across?.endContainer).toBe(map.nodes[1]);
  });

  it('snaps spans that start or end on a separator', () => {
    const map = mapOf(['abc', 'def']);
    expect(rangeForOffsets(map, 3, 7)?.toString()).toBe('def');
    expect(rangeForOffsets(map, 0, 4)?.toString()).toBe('abc');
    expect(rangeForOffsets(map, 3, 4)).toBeNull();
  });

  it('gives null for nodes no longer in the document', () => {
    const map = mapOf(['abc']);
    document.body.replaceChildren();
    expect(rangeForOffsets(map, 0, 2)).toBeNull();
  });

  it('covers exactly the text of any span that lies inside one node', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const map = mapOf(parts);
          const i = a % parts.length;
          const node = map.nodes[i] as Text;
          const start = (map.starts[i] as number) + (b % node.data.length);
          const end = (map.starts[i] as number) + node.data.length;
          expect(rangeForOffsets(map, start, end)?.toString()).toBe(map.text.slice(start, end));
        },
      ),
      { numRuns: 60 },
    );
  });
});
