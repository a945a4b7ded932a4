/**
 * What a Chromium trace says scripts cost one page load. The benchmark's pages have no scripts
 * of their own, so every script event on the renderer's main thread is the extension's or the
 * page probe's (`./probe.ts`), and the probe's are the same with every variant: the difference
 * to the floor is the extension's, load by load, free of the noise that parsing, layout and
 * painting put into `TaskDuration`. Events that name a script are the injection
 * (`EvaluateScript`, with its `v8.compile`), module compiles and callbacks (`FunctionCall`);
 * module evaluation and the callbacks of extension APIs (message replies, storage reads) name
 * none and are counted as `unnamed`. A main-thread task of 50 ms or more that contains
 * extension work is a long task the extension took part in; its script share is given with it.
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

/** The scripts' part of one load. */
export interface TraceCost {
  /** Milliseconds of main-thread script work, the probe's included. */
  scriptMs: number;
  /** The same split by script file and step: `content.js compile`, `unnamed callbacks`… */
  steps: Record<string, number>;
  /** Main-thread tasks ≥ 50 ms with extension work in them: whole task and script share. */
  longTasks: { taskMs: number; extensionMs: number }[];
}

/** Trace events that run script. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'v8.compile',
  'v8.run',
  'v8.compileModule',
  'v8.evaluateModule',
  'RunMicrotasks',
]);

const COMPILE = new Set(['v8.compile', 'v8.compileModule']);

/** The script file an event names: `content.js`, `unnamed`, or null for a page script. */
function scriptOf(event: TraceEvent, origin: string): string | null {
  const url = event.args?.data?.url ?? event.args?.fileName ?? '';
  if (url === '') return 'unnamed';
  if (!url.startsWith(origin)) return null;
  return url.slice(url.lastIndexOf('/') + 1).split('?')[0] ?? url;
}

function stepOf(event: TraceEvent): string {
  if (COMPILE.has(event.name)) return 'compile';
  if (event.name === 'EvaluateScript' || event.name === 'v8.evaluateModule') return 'run';
  return 'callbacks';
}

/** The script cost in `events`; `origin` is the extension scheme, e.g. `chrome-extension://`. */
export function extensionCost(events: readonly TraceEvent[], origin: string): TraceCost {
  const cost: TraceCost = { scriptMs: 0, steps: {}, longTasks: [] };
  const injection = events.find(
    (e) => e.name === 'EvaluateScript' && scriptOf(e, origin) !== null && e.dur !== undefined,
  );
  if (!injection) return cost;
  const onThread = (e: TraceEvent) => e.pid === injection.pid && e.tid === injection.tid;
  const scripts = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && onThread(e) && SCRIPT_EVENTS.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number));
  const add = (key: string, us: number) => {
    cost.steps[key] = (cost.steps[key] ?? 0) + us / 1000;
  };
  const outermost: { event: TraceEvent }[] = [];
  let end = Number.NEGATIVE_INFINITY;
  let outer: { script: string | null; step: string } | null = null;
  for (const event of scripts) {
    const dur = event.dur as number;
    const script = scriptOf(event, origin);
    if (event.ts < end) {
      // Inside an outer event: a compile is split out of its injection, and an unnamed outer
      // event (a module evaluation, an API callback) takes the name of the script it runs.
      if (outer?.script === null) continue;
      if (COMPILE.has(event.name) && script !== null && script !== 'unnamed') {
        add(`${script} compile`, dur);
        add(`${outer?.script} ${outer?.step}`, -dur);
      }
      continue;
    }
    end = event.ts + dur;
    outer = { script, step: stepOf(event) };
    if (script === null) continue;
    outermost.push({ event });
    cost.scriptMs += dur / 1000;
    add(`${script} ${outer.step}`, dur);
  }
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      onThread(e) &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      (e.dur as number) >= 50_000,
  );
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur as number);
    const within = (e: TraceEvent) => e.ts >= task.ts && e.ts < taskEnd;
    const named = scripts.some(
      (e) => within(e) && !['unnamed', null].includes(scriptOf(e, origin)),
    );
    if (!named) continue;
    const inside = outermost.filter((o) => within(o.event));
    const scriptUs = inside.reduce((sum, o) => sum + (o.event.dur as number), 0);
    cost.longTasks.push({ taskMs: (task.dur as number) / 1000, extensionMs: scriptUs / 1000 });
  }
  return cost;
}
