// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quickGate } from '@/src/detect/gate';
import {
  type GateWatch,
  type GateWatchOptions,
  type SliceDeadline,
  watchUntilGatePasses,
} from '@/src/page/gate-watch';

const RELEVANT = '<p>North Korean workers left Pyongyang for Russia via Dandong.</p>';
const OTHER = '<p>The city council met on Tuesday to discuss the budget.</p>';

let watch: GateWatch | undefined;
afterEach(() => watch?.stop());

/** Idle slices run only when the test says, so it can count them. */
function manualIdle() {
  const queued: ((deadline: SliceDeadline) => void)[] = [];
  return {
    idle: (step: (deadline: SliceDeadline) => void) => void queued.push(step),
    get waiting() {
      return queued.length;
    },
    runOne() {
      queued.shift()?.({ timeRemaining: () => 50 });
    },
  };
}

function start(html: string, options: GateWatchOptions = {}) {
  document.title = '';
  document.body.innerHTML = html;
  const gated: string[] = [];
  const gate = (text: string) => {
    gated.push(text);
    return quickGate(text);
  };
  const onPass = vi.fn();
  watch = watchUntilGatePasses(document, gate, onPass, options);
  return { onPass, gated };
}

const append = (html: string) => document.body.insertAdjacentHTML('beforeend', html);

describe('watchUntilGatePasses', () => {
  it('passes at once on a page that names North Korea, and watches nothing after', async () => {
    const { onPass, gated } = start(RELEVANT);
    expect(onPass).toHaveBeenCalledTimes(1);
    append(RELEVANT);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(gated).toHaveLength(1);
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('reads an ordinary page in one go: one gate call, no idle slice', () => {
    const slices = manualIdle();
    // A budget no loaded machine overruns: what is checked is that the page fits one read.
    const { onPass, gated } = start(OTHER.repeat(500), {
      idle: slices.idle,
      firstBudgetMs: 10_000,
    });
    expect(gated).toHaveLength(1);
    expect(slices.waiting).toBe(0);
    expect(onPass).not.toHaveBeenCalled();
  });

  it('passes on the title or description alone', () => {
    document.head.innerHTML = '<meta name="description" content="Pyongyang sends workers abroad">';
    const { onPass } = start(OTHER);
    expect(onPass).toHaveBeenCalledTimes(1);
    document.head.innerHTML = '';
  });

  it('reads the main content first, so a story far down a long page passes at once', () => {
    const slices = manualIdle();
    const filler = `<div>${OTHER.repeat(2000)}</div>`;
    const { onPass } = start(`${filler}<main>${RELEVANT}</main>`, {
      idle: slices.idle,
      firstChars: 1000,
    });
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('finds a relevant paragraph anywhere in a huge page, in idle slices, with no cap', () => {
    const slices = manualIdle();
    const filler = OTHER.repeat(20_000);
    const { onPass, gated } = start(`${filler}${RELEVANT}${OTHER}`, {
      idle: slices.idle,
      firstChars: 10_000,
      chunkChars: 50_000,
      sliceMs: 1000,
    });
    expect(onPass).not.toHaveBeenCalled();
    expect(gated).toHaveLength(1);
    let slicesRun = 0;
    while (slices.waiting > 0 && !onPass.mock.calls.length) {
      slices.runOne();
      slicesRun++;
    }
    expect(onPass).toHaveBeenCalledTimes(1);
    expect(slicesRun).toBeGreaterThan(0);
    expect(gated.join('').length).toBeGreaterThan(filler.length / 2);
  });

  it('sees a needle cut in two by the chunk boundary', () => {
    const slices = manualIdle();
    // The first read ends inside "Pyongyang".
    const { onPass } = start(`<p>${'a'.repeat(1001 - 4)}Pyongyang</p>`, {
      idle: slices.idle,
      firstChars: 1001,
    });
    expect(onPass).not.toHaveBeenCalled();
    slices.runOne();
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

  it('never passes once stopped', async () => {
    const { onPass } = start(OTHER);
    watch?.stop();
    append(RELEVANT);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onPass).not.toHaveBeenCalled();
  });
});
