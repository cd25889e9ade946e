// One measured page load in a browser context, one profiled load, and one hover: the pieces the
// browser benchmark repeats per page and per mode (no extension, Backstory, each peer).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { installProbe, readProbe, type ProbeState } from './probe';
import { mainThreadCpu, TRACE_CATEGORIES, type TraceEvent } from './trace';
import { MARKS } from '../../harness/page';

/** Every page gets at least this long after load, so all modes see the page's own timers alike. */
export const WINDOW_MS = 1000;
/** The first load of a page in a mode waits this long, to learn how many highlights to expect. */
export const FIRST_WINDOW_MS = 3000;
/** Highlights unchanged this long after the window: the highlighter is done. */
export const QUIET_MS = 400;
/** Give up waiting for highlights to settle after this long (a slow peer on a large page). */
export const MAX_WAIT_MS = 20_000;
/** The probe's polling period: fine enough for first/last highlight times, cheap on the page. */
export const POLL_MS = 5;
/** Sampling interval of the CPU profile in microseconds: resolves tasks well below a frame. */
export const PROFILE_INTERVAL_US = 200;

export interface RunResult {
  /** Thread (CPU) time of the page renderer's main-thread tasks (ms), from a trace: steady on a busy machine. */
  cpuMs: number;
  /** CPU time of the longest main-thread task (ms), whoever caused it. */
  longestCpuMs: number;
  /** Main-thread task time of the page's renderer (ms), from Performance.getMetrics. */
  taskMs: number;
  scriptMs: number;
  /** JS heap after a full GC (bytes). */
  heap: number;
  highlights: number;
  /** From the load event to the first and last change of the highlight count (ms). */
  firstMs: number;
  lastMs: number;
  longestTaskMs: number;
}

/** Only the local server answers: everything else a saved page asks for is refused at once. */
export async function localOnly(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await context.addInitScript(installProbe, { pollMs: POLL_MS, highlight: MARKS, peerClass: 'bench-peer' });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Waits until the highlighter is done: `expect` highlights there (a highlighter that starts late on
 * a busy machine is still waited for), the window over, and no change for QUIET_MS. Without
 * `expect`, waits the longer first window instead.
 */
async function settle(page: Page, expect?: number): Promise<ProbeState & { loadEnd: number; now: number }> {
  const window = expect === undefined ? FIRST_WINDOW_MS : WINDOW_MS;
  for (;;) {
    const p = await page.evaluate(readProbe);
    const sinceLoad = p.now - p.loadEnd;
    const quiet = p.now - Math.max(p.last, p.loadEnd);
    if ((sinceLoad >= window && quiet >= QUIET_MS && p.count >= (expect ?? 0)) || sinceLoad >= MAX_WAIT_MS) return p;
    await page.waitForTimeout(100);
  }
}

export async function runOnce(context: BrowserContext, url: string, expect?: number): Promise<RunResult> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    const p = await settle(page, expect);
    const m = await metrics(cdp);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const main = mainThreadCpu(events);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await metrics(cdp)).JSHeapUsedSize;
    return {
      cpuMs: main.cpuMs,
      longestCpuMs: main.longestCpuMs,
      taskMs: m.TaskDuration * 1000,
      scriptMs: m.ScriptDuration * 1000,
      heap,
      highlights: p.count,
      firstMs: p.first < 0 ? NaN : p.first - p.loadEnd,
      lastMs: p.last < 0 ? NaN : p.last - p.loadEnd,
      longestTaskMs: p.longTasks.length ? Math.max(...p.longTasks) : 0,
    };
  } finally {
    await page.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface ProfileResult {
  /** CPU time sampled inside the extension's own scripts (ms). */
  extensionMs: number;
  /** The longest unbroken stretch of extension samples (GC inside counts): its longest task, near enough. */
  longestStretchMs: number;
  /** Self time per function of the extension's scripts, largest first. */
  hotspots: { fn: string; url: string; line: number; column: number; selfMs: number }[];
  /** From the load event to the first highlight (ms; NaN: none). */
  firstMs: number;
}

/** Loads the page once under the V8 sampling profiler and attributes samples to the extension's scripts. */
export async function profileOnce(context: BrowserContext, url: string, expect: number): Promise<ProfileResult> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    const p = await settle(page, expect);
    const { profile } = await cdp.send('Profiler.stop');
    const firstMs = p.first < 0 ? NaN : p.first - p.loadEnd;
    return { ...attribute(profile as unknown as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }), firstMs };
  } finally {
    await page.close();
  }
}

const isExtension = (url: string) => url.startsWith('chrome-extension://');

function attribute(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): Omit<ProfileResult, 'firstMs'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExtension = new Map<number, boolean>();
  const underExtension = (id: number): boolean => {
    let v = inExtension.get(id);
    if (v === undefined) {
      const p = parent.get(id);
      v = isExtension(byId.get(id)!.callFrame.url) || (p !== undefined && underExtension(p));
      inExtension.set(id, v);
    }
    return v;
  };
  const self = new Map<number, number>();
  let extensionUs = 0;
  let stretch = 0;
  let longest = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample's duration is the gap to the next one.
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    const node = byId.get(samples[i])!;
    if (underExtension(node.id)) {
      extensionUs += dt;
      stretch += dt;
      if (isExtension(node.callFrame.url)) self.set(node.id, (self.get(node.id) ?? 0) + dt);
    } else if (node.callFrame.functionName === '(garbage collector)' && stretch > 0) {
      stretch += dt;
    } else {
      longest = Math.max(longest, stretch);
      stretch = 0;
    }
  }
  longest = Math.max(longest, stretch);
  const merged = new Map<string, ProfileResult['hotspots'][number]>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    const key = `${url}:${lineNumber}:${columnNumber}`;
    const h = merged.get(key) ?? { fn: functionName || '(anonymous)', url, line: lineNumber, column: columnNumber, selfMs: 0 };
    h.selfMs += us / 1000;
    merged.set(key, h);
  }
  return {
    extensionMs: extensionUs / 1000,
    longestStretchMs: longest / 1000,
    hotspots: [...merged.values()].sort((a, b) => b.selfMs - a.selfMs),
  };
}

/** The hover delay the benchmark's profile uses (the default setting). */
export const HOVER_DELAY_MS = 500;
/** How long to wait for a card before calling the hover a failure. */
const CARD_TIMEOUT_MS = 5000;

/**
 * In the page: resolves with the time from the next pointer event to the first animation frame in
 * which the card's title has a box. A string, not a function, so the bundler adds nothing to it.
 */
const CARD_WATCH = `new Promise((resolve) => {
  let moved = -1;
  addEventListener('pointermove', (e) => { moved = e.timeStamp; }, { once: true, capture: true });
  const start = performance.now();
  requestAnimationFrame(function frame(t) {
    const box = document.querySelector('backstory-root')?.shadowRoot?.querySelector('h2')?.getBoundingClientRect();
    if (moved >= 0 && box && box.width > 0) resolve(t - moved);
    else if (t - start > TIMEOUT) resolve(NaN);
    else requestAnimationFrame(frame);
  });
})`;

/** Long enough for an open card to close after the pointer leaves (its grace period is 300 ms). */
const CARD_CLOSE_MS = 1000;

/**
 * Moves the pointer onto the first highlight twice, from off the term: times, in the page, from that
 * pointer event to the first animation frame where the card's title has a box, minus the hover
 * delay. The first hover fetches the card's entry from the background; the second has it already.
 */
export async function hoverToCard(context: BrowserContext, url: string, expect: number): Promise<{ first: number; again: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, expect);
    const point = await page.evaluate((name) => {
      const ranges = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
      const range = ranges ? [...ranges][0] : undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, MARKS);
    if (!point) return { first: NaN, again: NaN };
    const once = async () => {
      await page.mouse.move(5, 5);
      await page.waitForTimeout(CARD_CLOSE_MS);
      const watch = page.evaluate(CARD_WATCH.replace('TIMEOUT', String(CARD_TIMEOUT_MS))) as Promise<number>;
      await page.mouse.move(point.x, point.y);
      return (await watch) - HOVER_DELAY_MS;
    };
    const first = await once();
    return { first, again: await once() };
  } finally {
    await page.close();
  }
}

/**
 * The JavaScript heap of the extension's background service worker after a full GC (bytes). The
 * worker is a target of its own: reached through a page's DevTools session by Target messages.
 */
export async function workerHeap(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) throw new Error('no extension service worker is running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let nextId = 0;
    const waiting = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const reply = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
    });
    const call = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = ++nextId;
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize;
  } finally {
    await page.close();
  }
}
