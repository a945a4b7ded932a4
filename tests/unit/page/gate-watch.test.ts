// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quickGate } from '@/src/detect/gate';
import { type GateWatch, watchUntilGatePasses } from '@/src/page/gate-watch';

const RELEVANT = '<p>North Korean workers left Pyongyang for Russia via Dandong.</p>';
const OTHER = '<p>The city council met on Tuesday to discuss the budget.</p>';

let watch: GateWatch | undefined;
afterEach(() => watch?.stop());

function start(html: string) {
  document.body.innerHTML = html;
  const gated: string[] = [];
  const gate = (text: string) => {
    gated.push(text);
    return quickGate(text);
  };
  const onPass = vi.fn();
  watch = watchUntilGatePasses(document, gate, onPass);
  return { onPass, gated };
}

const append = (html: string) => document.body.insertAdjacentHTML('beforeend', html);

describe('watchUntilGatePasses', () => {
  it('passes at once on a page that names North Korea, and watches nothing after', async () => {
    const { onPass, gated } = start(RELEVANT);
    expect(onPass).toHaveBeenCalledTimes(1);
    append(RELEVANT);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(gated).toHaveLength(1);
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('waits on another page, gating only the added text, and passes when it names North Korea', async () => {
    const { onPass, gated } = start(OTHER);
    expect(onPass).not.toHaveBeenCalled();
    append('<p>Parks and roads.</p>');
    await vi.waitFor(() => expect(gated).toHaveLength(2), { timeout: 2000 });
    expect(gated[1]?.trim()).toBe('Parks and roads.');
    expect(onPass).not.toHaveBeenCalled();
    append(RELEVANT);
    await vi.waitFor(() => expect(onPass).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });

  it('gates the whole page again on recheck, as after an in-app navigation', () => {
    const { onPass } = start(OTHER);
    document.body.innerHTML = RELEVANT;
    watch?.recheck();
    expect(onPass).toHaveBeenCalledTimes(1);
    watch?.recheck();
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('never passes once stopped', async () => {
    const { onPass } = start(OTHER);
    watch?.stop();
    append(RELEVANT);
    watch?.recheck();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(onPass).not.toHaveBeenCalled();
  });
});
