// Runs a generator's steps in idle time, a few milliseconds at a time, so long pages never hold
// the main thread: between slices the browser paints and answers input.

/** Work per slice: well under the 50 ms that counts as a long task, leaving the frame room to paint. */
export const SLICE_MS = 8;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (d: { timeRemaining(): number }) => void, o?: { timeout: number }) => number;
};
/** An idle callback may wait this long before it is run anyway (a busy page still gets its marks). */
const IDLE_TIMEOUT_MS = 500;

/** Drains `steps`, yielding to the browser between slices; resolves null if `cancelled()` turns true. */
export function runInSlices<T>(win: Window, steps: Generator<void, T>, cancelled: () => boolean): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (cancelled()) return resolve(null);
      const end = performance.now() + SLICE_MS;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (performance.now() >= end) break;
        }
      } catch (err) {
        return reject(err);
      }
      schedule();
    };
    const schedule = () => {
      const idle = (win as IdleWindow).requestIdleCallback;
      if (idle) idle.call(win, slice, { timeout: IDLE_TIMEOUT_MS });
      else win.setTimeout(slice, 0);
    };
    slice();
  });
}
