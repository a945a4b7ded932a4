// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findMainRoot } from '@/src/page/main-text';
import { buildTextMap, buildTextMapInSlices, type TextMap } from '@/src/page/text-map';

const BODY = `
<header class="masthead"><div>Site name</div><nav><a>North Korea</a></nav></header>
<article><header><h1>North Korean workers</h1></header>
<p>Hundreds of workers<b>stayed</b> in Dandong.</p><p>They left for Russia.</p>
<script>var x = "North Korean workers";</script><style>p{}</style>
<div hidden>hidden text</div><span aria-hidden="true">decor</span>
<textarea>typed</textarea><div contenteditable="true">editable</div>
<dprk-labor-lens>our own card</dprk-labor-lens>
<aside>sidebar</aside>
<section class="related-stories"><h2>Related</h2><ul><li>Other story</li></ul></section>
<footer>© Paper</footer></article>`;

/** Every node's text sits exactly at its recorded offset. */
function expectExactOffsets(map: TextMap): void {
  map.nodes.forEach((node, i) => {
    const start = map.starts[i] as number;
    expect(map.text.slice(start, start + node.data.length)).toBe(node.data);
  });
}

function check(doc: Document): void {
  const article = doc.querySelector('article') as Element;
  const map = buildTextMap(doc.body);
  expectExactOffsets(map);
  expect(map.text).toContain('North Korean workers');
  expect(map.text).toContain('Hundreds of workersstayed in Dandong.');
  expect(map.text).toContain('Dandong.\nThey left');
  for (const hidden of [
    'var x',
    'p{}',
    'hidden text',
    'decor',
    'typed',
    'editable',
    'our own card',
    'sidebar',
  ]) {
    expect(map.text).not.toContain(hidden);
  }
  const zoneText = map.zones.map((z) => map.text.slice(z.start, z.end));
  expect(zoneText.some((t) => t.includes('Other story'))).toBe(true);
  expect(zoneText.some((t) => t.includes('© Paper'))).toBe(true);
  expect(zoneText.some((t) => t.includes('Site name'))).toBe(true);
  expect(zoneText.some((t) => t.includes('North Korean workers'))).toBe(false);
  expect(findMainRoot(doc)).toBe(article);
  expect(buildTextMap(doc.body, { maxNodes: 2 }).nodes).toHaveLength(2);
  expect(buildTextMap(doc.body, { skip: (el) => el.tagName === 'H1' }).text).not.toContain(
    'North Korean workers',
  );
}

describe('buildTextMap', () => {
  it('walks visible main text on a browser DOM', () => {
    document.body.innerHTML = BODY;
    check(document);
  });

  it('gives the same text on linkedom', () => {
    const { document: doc } = parseHTML(`<!doctype html><html><body>${BODY}</body></html>`);
    check(doc as unknown as Document);
    document.body.innerHTML = BODY;
    expect(buildTextMap(doc.body as unknown as Element).text).toBe(
      buildTextMap(document.body).text,
    );
  });

  it('builds the same map in slices, pausing between them', async () => {
    document.body.innerHTML = BODY.repeat(60);
    let pauses = 0;
    const sliced = await buildTextMapInSlices(document.body, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    const whole = buildTextMap(document.body);
    expect(sliced).toEqual(whole);
    expectExactOffsets(sliced);
    // 60 copies of about 40 nodes, visited 512 per slice.
    expect(pauses).toBeGreaterThan(2);
    const capped = await buildTextMapInSlices(document.body, { maxNodes: 10, sliceMs: 0 });
    expect(capped).toEqual(buildTextMap(document.body, { maxNodes: 10 }));
    expect(capped.nodes).toHaveLength(10);
    const short = buildTextMap(document.body, { maxChars: 100 });
    expect(short.text.length).toBeGreaterThanOrEqual(100);
    expect(short.text.length - (short.nodes.at(-1)?.data.length ?? 0)).toBeLessThan(100);
    expect(whole.text.startsWith(short.text)).toBe(true);
  });
});
