// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageWindows, windowOf } from '@/src/page/page-windows';
import { rangeForOffsets } from '@/src/page/ranges';
import { buildTextMap } from '@/src/page/text-map';

const gate = (text: string) => text.includes('Pyongyang');
const para = (n: number) => `<p>${'Parks and roads budget. '.repeat(n)}</p>`;

/** Every window's text, for a page of `html`. */
async function windowsOf(html: string, options = {}) {
  document.body.innerHTML = html;
  const map = buildTextMap(document.body);
  return { map, windows: await pageWindows(map, gate, options) };
}

describe('pageWindows', () => {
  it('sends an ordinary page whole, and nothing of one that never names North Korea', async () => {
    const relevant = await windowsOf(`${para(10)}<p>Pyongyang</p>`);
    expect(relevant.windows).toEqual([relevant.map]);
    expect((await windowsOf(para(10))).windows).toEqual([]);
    // The first scan after the gate does not gate the text again.
    const gated = await windowsOf(para(10), { gated: true });
    expect(gated.windows).toHaveLength(1);
  });

  it('on a page over the limit, sends the blocks that name it with a block of context each side', async () => {
    const filler = Array.from({ length: 200 }, () => para(40)).join('');
    const { map, windows } = await windowsOf(`${filler}<p>Workers left Pyongyang.</p>${filler}`, {
      maxChars: 50_000,
      blockChars: 5_000,
    });
    expect(map.text.length).toBeGreaterThan(300_000);
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.text).toContain('Workers left Pyongyang.');
    expect(window?.text.length).toBeGreaterThan(10_000);
    expect(window?.text.length).toBeLessThanOrEqual(20_000 + 1000);
    // The window's offsets map back to the page's own nodes.
    const at = window?.text.indexOf('Pyongyang') ?? -1;
    const range = window && rangeForOffsets(window, at, at + 9);
    expect(range?.toString()).toBe('Pyongyang');
  });

  it('packs mentions far apart into as few windows as the limit allows, in page order', async () => {
    const filler = Array.from({ length: 100 }, () => para(40)).join('');
    const { windows } = await windowsOf(
      `<p>Pyongyang one.</p>${filler}<p>Pyongyang two.</p>${filler}<p>Pyongyang three.</p>`,
      { maxChars: 80_000, blockChars: 5_000 },
    );
    expect(windows).toHaveLength(1);
    const text = windows[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(80_000);
    expect(text.indexOf('Pyongyang one.')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Pyongyang two.')).toBeGreaterThan(text.indexOf('Pyongyang one.'));
    expect(text.indexOf('Pyongyang three.')).toBeGreaterThan(text.indexOf('Pyongyang two.'));
    // With a lower limit they take more windows, each within it.
    document.body.innerHTML = `<p>Pyongyang one.</p>${filler}<p>Pyongyang two.</p>`;
    const small = await pageWindows(buildTextMap(document.body), gate, {
      maxChars: 12_000,
      blockChars: 5_000,
    });
    expect(small.length).toBeGreaterThan(1);
    for (const w of small) expect(w.text.length).toBeLessThanOrEqual(12_000);
    expect(small.map((w) => w.text).join('')).toContain('Pyongyang two.');
  });

  it('cuts a single text node longer than the limit and keeps its offsets right', async () => {
    const long = `${'x'.repeat(120_000)}Pyongyang${'y'.repeat(120_000)}`;
    const { windows } = await windowsOf(`<p>${long}</p>`, { maxChars: 30_000, blockChars: 10_000 });
    const hit = windows.find((w) => w.text.includes('Pyongyang'));
    expect(hit).toBeDefined();
    const at = hit?.text.indexOf('Pyongyang') ?? -1;
    expect(hit && rangeForOffsets(hit, at, at + 9)?.toString()).toBe('Pyongyang');
    // The same node between short ones: cut inside, and the text after it still found.
    const middle = await windowsOf(`${para(2)}<p>${long}</p><p>Then Pyongyang again.</p>`, {
      maxChars: 30_000,
      blockChars: 10_000,
    });
    const texts = middle.windows.map((w) => w.text);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(30_000);
    expect(texts.filter((t) => t.includes('Pyongyang'))).toHaveLength(2);
    const last = middle.windows.find((w) => w.text.includes('Then Pyongyang again.'));
    const again = last?.text.indexOf('Then Pyongyang') ?? -1;
    expect(last && rangeForOffsets(last, again + 5, again + 14)?.toString()).toBe('Pyongyang');
  });

  it('gives each window the boilerplate zones that fall in it, shifted', () => {
    document.body.innerHTML = '<p>Alpha</p><footer>Foot</footer><p>Omega</p>';
    const map = buildTextMap(document.body);
    const foot = map.text.indexOf('Foot');
    const window = windowOf(map, [
      { from: 0, to: 5 },
      { from: foot, to: map.text.length },
    ]);
    expect(window.text).toBe('Alpha\nFoot\nOmega');
    expect(window.zones).toEqual([{ start: 6, end: 10, kind: 'boilerplate' }]);
    expect(window.nodes.map((n) => n.data)).toEqual(['Alpha', 'Foot', 'Omega']);
    expect(window.starts).toEqual([0, 6, 11]);
  });

  it('gives the main thread back while gating a huge page', async () => {
    let pauses = 0;
    const filler = Array.from({ length: 100 }, () => para(40)).join('');
    document.body.innerHTML = filler;
    const map = buildTextMap(document.body);
    const slowGate = (text: string) => {
      const until = performance.now() + 2;
      while (performance.now() < until);
      return gate(text);
    };
    await pageWindows(map, slowGate, {
      maxChars: 10_000,
      blockChars: 2_000,
      sliceMs: 1,
      pause: async () => {
        pauses++;
      },
    });
    expect(pauses).toBeGreaterThan(10);
  });
});
