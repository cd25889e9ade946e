// Small numeric tools for the benchmarks: medians of runs, a timing loop, tables, and the machine.
import { cpus, loadavg } from 'node:os';

export function median(values: readonly number[]): number {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function max(values: readonly number[]): number {
  const xs = values.filter((x) => Number.isFinite(x));
  return xs.length ? Math.max(...xs) : NaN;
}

/** Fixed decimals, or '–' where there is no number (a mode that never highlighted, say). */
export function fmt(x: number, digits = 1): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

/** "12.3×" for a ratio; "–" when either side is missing or the divisor is not positive. */
export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
}

/** Runs `fn` repeatedly for at least `minMs` and at least `minRuns` times; returns the median ms per call. */
export function timeIt(fn: () => void, minMs: number, minRuns: number): number {
  const times: number[] = [];
  const until = performance.now() + minMs;
  while (times.length < minRuns || performance.now() < until) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A Markdown table; numbers are expected already formatted. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The machine a result came from, and how busy it was: numbers from a loaded machine read high. */
export function machine(): string {
  const [one, five] = loadavg();
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${one.toFixed(1)} (1 min) / ${five.toFixed(1)} (5 min)`;
}
