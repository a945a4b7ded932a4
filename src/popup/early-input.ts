/**
 * Input that arrives between the popup's first frame and its script taking over. The list is
 * prerendered into `popup.html` and the script starts only after that frame, so for a short
 * while the page shows rows that do not answer keys or clicks. People who open the popup to
 * look something up type at once: the page's small loader script records the navigation keys
 * and row clicks of that moment, and the app replays them, in order, once it has rendered.
 * Typed text needs no help: it stays in the prerendered search box, which the app keeps.
 */

/** One recorded action: a navigation key, or a click on a row (by its option id). */
export type EarlyInput = { kind: 'key'; key: NavigationKey } | { kind: 'open'; optionId: string };

/**
 * The keys the app answers and the prerendered page does not. Escape is not among them: the
 * browser already clears the search box with it (or closes the popup when the box is empty),
 * and replaying it later would clear whatever was typed after it.
 */
export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Enter';

const NAVIGATION_KEYS: ReadonlySet<string> = new Set(['ArrowDown', 'ArrowUp', 'Enter']);

/** Where the loader leaves the recording for the app: the two are separate scripts. */
const RECORDING = Symbol.for('dprk-labor-lens.popup.early-input');

interface Recording {
  /** Recorded and not yet replayed, oldest first. */
  inputs: EarlyInput[];
  /** True while the replay dispatches an input, which must not be recorded again. */
  replaying: boolean;
  stop: () => void;
}

type RecordingWindow = Window & { [RECORDING]?: Recording };

/**
 * Starts recording on `win`'s document. Recorded events go no further: the prerendered page
 * would only move the caret in the search box, and while the replay runs the app must see
 * them in their turn, after the ones before them.
 */
export function recordEarlyInput(win: Window): void {
  const target = win as RecordingWindow;
  if (target[RECORDING]) return;
  const recording: Recording = { inputs: [], replaying: false, stop: () => {} };
  const onKey = (event: KeyboardEvent) => {
    if (recording.replaying || !NAVIGATION_KEYS.has(event.key) || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    recording.inputs.push({ kind: 'key', key: event.key as NavigationKey });
  };
  const onClick = (event: MouseEvent) => {
    const row = (event.target as Element | null)?.closest?.('[role="option"][id]');
    if (recording.replaying || !row) return;
    event.stopPropagation();
    recording.inputs.push({ kind: 'open', optionId: row.id });
  };
  win.document.addEventListener('keydown', onKey, true);
  win.document.addEventListener('click', onClick, true);
  recording.stop = () => {
    win.document.removeEventListener('keydown', onKey, true);
    win.document.removeEventListener('click', onClick, true);
  };
  target[RECORDING] = recording;
}

/**
 * Replays what was recorded on `win`, once the app has rendered: keys go to the search box as
 * key events, clicks to the row with the same id, one per task so that each sees the render the
 * previous one caused. Input that arrives meanwhile is recorded too and replayed after it, so
 * nothing overtakes an earlier key. Then the recording stops and the app answers directly.
 */
export async function replayEarlyInput(
  win: Window,
  searchBox: () => HTMLElement | null,
): Promise<void> {
  const target = win as RecordingWindow;
  const recording = target[RECORDING];
  if (!recording) return;
  try {
    for (let input = recording.inputs.shift(); input; input = recording.inputs.shift()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      recording.replaying = true;
      try {
        dispatch(win.document, input, searchBox);
      } finally {
        recording.replaying = false;
      }
    }
  } finally {
    recording.stop();
    delete target[RECORDING];
  }
}

function dispatch(doc: Document, input: EarlyInput, searchBox: () => HTMLElement | null): void {
  if (input.kind === 'open') {
    doc.getElementById(input.optionId)?.click();
  } else {
    const init = { key: input.key, bubbles: true, cancelable: true };
    searchBox()?.dispatchEvent(new KeyboardEvent('keydown', init));
  }
}
