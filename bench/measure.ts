/**
 * Timing helpers for the benchmark: warm up, then take the median of several runs of a
 * function over the same input, as wall time and as this process's CPU time (user + system).
 * On a shared machine CPU time is the fairer "one core" figure; both are printed.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median wall time of one run, in milliseconds. */
  ms: number;
  /** Median CPU time of one run, in milliseconds. */
  cpuMs: number;
  /** Megabytes (10^6 UTF-8 bytes) per second of wall time. */
  mbPerSecond: number;
  /** Megabytes per second of CPU time. */
  cpuMbPerSecond: number;
  runs: number;
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Runs `fn` `warmup` times untimed, then `runs` times timed; reports medians. */
export function time(fn: () => unknown, megabytes: number, runs: number, warmup = 1): Timing {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn() ? 1 : 0;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += fn() ? 1 : 0;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (sink < 0) throw new Error('unreachable');
  const ms = median(wall);
  const cpuMs = median(cpu);
  return {
    ms,
    cpuMs,
    mbPerSecond: megabytes / (ms / 1000),
    cpuMbPerSecond: megabytes / (cpuMs / 1000),
    runs,
  };
}

/** The machine's 1-minute load average and core count, printed next to the numbers. */
export function machineLoad(): { load1: number; cores: number } {
  return { load1: loadavg()[0] ?? 0, cores: availableParallelism() };
}
