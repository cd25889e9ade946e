// What the browser benchmark watches from inside a page (its main world, where CSS.highlights and
// the peers' <mark> elements are visible): when the highlight count first and last changed, and
// the long tasks the page reported. Installed with addInitScript, so it runs before any page code.

export interface ProbeState {
  count: number;
  /** performance.now() of the first non-zero count, or -1. */
  first: number;
  /** performance.now() of the last change of count, or -1. */
  last: number;
  /** Durations of long tasks (over 50 ms) the page saw. */
  longTasks: number[];
}

export interface ProbeOptions {
  pollMs: number;
  highlight: string;
  peerClass: string;
}

/** Runs in the page: keep it self-contained (serialised by Playwright). */
export function installProbe(options: ProbeOptions): void {
  const state: ProbeState = { count: 0, first: -1, last: -1, longTasks: [] };
  (window as unknown as { __benchProbe: ProbeState }).__benchProbe = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the field stays empty.
  }
  const marks = document.getElementsByClassName(options.peerClass);
  const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  setInterval(() => {
    const count = (registry?.get(options.highlight)?.size ?? 0) + marks.length;
    if (count === state.count) return;
    const t = performance.now();
    if (state.first < 0 && count > 0) state.first = t;
    state.last = t;
    state.count = count;
  }, options.pollMs);
}

/** The probe's state and the page's load time (ms since navigation start), read from the page. */
export function readProbe(): ProbeState & { loadEnd: number; now: number } {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const state = (window as unknown as { __benchProbe: ProbeState }).__benchProbe;
  return { ...state, longTasks: [...state.longTasks], loadEnd: nav?.loadEventEnd ?? 0, now: performance.now() };
}
