// Main-thread CPU time from a Chrome trace. Task durations measured by the wall clock grow when the
// machine is busy with other work; a task's thread time (`tdur`) counts only the time the renderer's
// main thread actually ran, so it stays comparable between runs on a shared machine.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Only the scheduler's top-level task events: cheap to record, and all the main thread does runs inside one. */
export const TRACE_CATEGORIES = ['toplevel'];
/** The name of a top-level task in that category (older builds: RunTask). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export interface MainThread {
  /** Thread time of all top-level tasks (ms). */
  cpuMs: number;
  /** Thread time of the longest top-level task (ms). */
  longestCpuMs: number;
}

/**
 * The page renderer's main thread: of the threads named CrRendererMain, the busiest (the page's
 * renderer does far more than an extension's idle worker process). Nested tasks count once.
 */
export function mainThreadCpu(events: readonly TraceEvent[]): MainThread {
  const mains = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  const perThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name) || !mains.has(key)) continue;
    const list = perThread.get(key) ?? [];
    list.push(e);
    perThread.set(key, list);
  }
  let best: MainThread = { cpuMs: 0, longestCpuMs: 0 };
  for (const list of perThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    let cpu = 0;
    let longest = 0;
    for (const e of list) {
      if (e.ts < end) continue; // nested inside the task before it
      end = e.ts + (e.dur ?? 0);
      const t = e.tdur ?? e.dur ?? 0;
      cpu += t;
      longest = Math.max(longest, t);
    }
    if (cpu / 1000 > best.cpuMs) best = { cpuMs: cpu / 1000, longestCpuMs: longest / 1000 };
  }
  return best;
}
