// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordEarlyInput, replayEarlyInput } from '@/src/popup/early-input';

const key = (target: EventTarget, name: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', {
    key: name,
    bubbles: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
};

let box: HTMLInputElement;
let row: HTMLElement;
/** What the app would see: keys at the search box, clicks at the row. */
let seen: string[];
const searchBox = () => box;

beforeEach(() => {
  document.body.innerHTML =
    '<input class="search"><div role="listbox"><div role="option" id="all-a"><span>A</span></div></div>';
  box = document.querySelector('input') as HTMLInputElement;
  row = document.getElementById('all-a') as HTMLElement;
  seen = [];
  box.addEventListener('keydown', (event) => seen.push(event.key));
  row.addEventListener('click', () => seen.push('click all-a'));
});
afterEach(() => replayEarlyInput(window, searchBox));

describe('early popup input', () => {
  it('holds arrows, Enter and row clicks back, then replays them in order', async () => {
    recordEarlyInput(window);
    const down = key(box, 'ArrowDown');
    key(box, 'a');
    (row.firstElementChild as HTMLElement).click();
    key(box, 'Enter');
    key(box, 'Escape');
    expect(down.defaultPrevented).toBe(true);
    // Typed letters and Escape reach the box at once; the rest wait for the app.
    expect(seen).toEqual(['a', 'Escape']);
    seen = [];
    await replayEarlyInput(window, searchBox);
    expect(seen).toEqual(['ArrowDown', 'click all-a', 'Enter']);
  });

  it('replays input that arrives during the replay after the input before it', async () => {
    recordEarlyInput(window);
    key(box, 'ArrowDown');
    key(box, 'ArrowDown');
    const replay = replayEarlyInput(window, searchBox);
    // A key pressed now, before the first replayed one has been dispatched, waits its turn.
    key(box, 'Enter');
    expect(seen).toEqual([]);
    await replay;
    expect(seen).toEqual(['ArrowDown', 'ArrowDown', 'Enter']);
  });

  it('stops recording after the replay: later keys go straight to the app', async () => {
    recordEarlyInput(window);
    await replayEarlyInput(window, searchBox);
    const late = key(box, 'ArrowUp');
    expect(late.defaultPrevented).toBe(false);
    expect(seen).toEqual(['ArrowUp']);
  });

  it('leaves keys of an input method composition alone', async () => {
    recordEarlyInput(window);
    key(box, 'Enter', { isComposing: true });
    expect(seen).toEqual(['Enter']);
  });

  it('skips a click on a row the app no longer shows', async () => {
    recordEarlyInput(window);
    (row.firstElementChild as HTMLElement).click();
    key(box, 'Enter');
    row.remove();
    seen = [];
    await replayEarlyInput(window, searchBox);
    expect(seen).toEqual(['Enter']);
  });
});
