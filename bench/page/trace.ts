/**
 * What a Chromium trace says the extension cost one page load. A content script's work shows
 * in the renderer's main thread as trace events that name its script: the injection
 * (`EvaluateScript`, with its `v8.compile`), module compile and evaluation, and every callback
 * into it (`FunctionCall`: idle slices, timers, observers, message replies). Summing the
 * outermost such events gives the extension's own time, load by load, free of the noise the
 * page's own loading puts into `TaskDuration`; split by script and step it shows what each costs.
 * A main-thread task of 50 ms or more that contains extension work is a long task the extension
 * took part in; its extension share is reported with it.
 */

/** One Chrome trace event (only the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; fileName?: string; data?: { url?: string } };
}

/** The extension's part of one load. */
export interface TraceCost {
  /** Milliseconds of main-thread work in the extension's scripts. */
  scriptMs: number;
  /** The same split by script file and step: `content.js compile`, `lens.js callbacks`… */
  steps: Record<string, number>;
  /** Main-thread tasks ≥ 50 ms with extension work in them: whole task and extension share. */
  longTasks: { taskMs: number; extensionMs: number }[];
}

/** The extension script an event names, if any. */
function scriptOf(event: TraceEvent, origin: string): string | null {
  const url = event.args?.data?.url ?? event.args?.fileName ?? '';
  if (!url.startsWith(origin)) return null;
  return url.slice(url.lastIndexOf('/') + 1).split('?')[0] ?? url;
}

const COMPILE = new Set(['v8.compile', 'v8.compileModule']);

function stepOf(event: TraceEvent): string {
  if (COMPILE.has(event.name)) return 'compile';
  if (event.name === 'EvaluateScript' || event.name === 'v8.evaluateModule') return 'run';
  return 'callbacks';
}

/** The extension's cost in `events`; `origin` is the scheme part, e.g. `chrome-extension://`. */
export function extensionCost(events: readonly TraceEvent[], origin: string): TraceCost {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tagged = complete
    .map((event) => ({ event, script: scriptOf(event, origin) }))
    .filter((t): t is { event: TraceEvent; script: string } => t.script !== null);
  const cost: TraceCost = { scriptMs: 0, steps: {}, longTasks: [] };
  const first = tagged[0]?.event;
  if (!first) return cost;
  const onThread = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  const mine = tagged.filter((t) => onThread(t.event)).sort((a, b) => a.event.ts - b.event.ts);
  const add = (key: string, us: number) => {
    cost.steps[key] = (cost.steps[key] ?? 0) + us / 1000;
  };
  const outermost: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const { event, script } of mine) {
    const dur = event.dur as number;
    if (event.ts < end) {
      // Inside an outer event: only a compile inside an injection is split out.
      if (COMPILE.has(event.name)) {
        add(`${script} compile`, dur);
        add(`${script} run`, -dur);
      }
      continue;
    }
    outermost.push(event);
    end = event.ts + dur;
    cost.scriptMs += dur / 1000;
    add(`${script} ${stepOf(event)}`, dur);
  }
  const tasks = complete.filter(
    (e) => onThread(e) && e.name === 'ThreadControllerImpl::RunTask' && (e.dur as number) >= 50_000,
  );
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur as number);
    const inside = outermost.filter((e) => e.ts >= task.ts && e.ts < taskEnd);
    if (inside.length === 0) continue;
    const extensionUs = inside.reduce((sum, e) => sum + (e.dur as number), 0);
    cost.longTasks.push({ taskMs: (task.dur as number) / 1000, extensionMs: extensionUs / 1000 });
  }
  return cost;
}
