// npm run bench -- [PAGES_DIR] [--runs N] [--json]
// Loads each page from 127.0.0.1 in headless Chromium with no extension, with Backstory, and with
// two peer highlighters given the same aliases, and prints what each adds to the page's main thread.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageSet } from './lib/pages';
import { buildPeers } from './lib/peers';
import { HOVER_DELAY_MS, hoverToCard, localOnly, profileOnce, runOnce, workerHeap, type ProfileResult, type RunResult } from './lib/browser-run';
import { fmt, machine, max, median, ratio, table } from './lib/stats';
import type { CompiledIndex } from '../lib/dataset/compile';
import { CHROME_BUILD, chromiumPath, launch, ROOT, serve, type Launched } from '../harness/browser';

/** Measured runs per page and mode; the median is reported. */
const DEFAULT_RUNS = 3;
/** Unmeasured loads per mode first: V8 caches a content script's code only after it has seen it. */
const WARM_UP_LOADS = 2;
const BENCH_PAGES = join(ROOT, 'bench', 'pages');
const START_PAGE = 'empty.html';
const OUT = join(ROOT, 'bench-output');
/** Hovers timed on the page with the most highlights (each on a fresh load, so the card's entry is fetched). */
const HOVERS = 3;
/** Characters of minified code shown per hotspot. */
const SNIPPET_CHARS = 70;

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : DEFAULT_RUNS;
const { dir: pagesDir, pages } = pageSet(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs'),
  [START_PAGE],
);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
const log = (msg: string) => process.stderr.write(msg + '\n');

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  log('No build in .output: running npm run build');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}


const index = JSON.parse(readFileSync(join(ROOT, 'lib', 'generated', 'matcher.json'), 'utf8')) as CompiledIndex;
const peers = buildPeers(ROOT, join(OUT, 'peers'), index);
/** The peer whose content script does nothing: what any extension costs a page. */
const FLOOR = 'empty';
const rivals = peers.filter((p) => p.name !== FLOOR);
const MODES = [{ name: 'none', dir: null }, { name: 'backstory', dir: CHROME_BUILD }, ...peers.map((p) => ({ name: p.name, dir: p.dir }))];
type ModeName = string;

const contentJs = readFileSync(join(CHROME_BUILD, 'content-scripts', 'content.js'));
const scriptBytes = { raw: contentJs.length, gzip: gzipSync(contentJs, { level: 9 }).length };

const pageServer = await serve(pagesDir);
const startServer = await serve(BENCH_PAGES);
const browsers = new Map<ModeName, Launched>();
const browserVersion = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim().split(' built')[0];
for (const mode of MODES) {
  const launched = await launch({ extension: mode.dir });
  await localOnly(launched.context);
  browsers.set(mode.name, launched);
}

interface PageResult {
  page: string;
  bytes: number;
  runs: Record<ModeName, RunResult[]>;
  profile: Record<ModeName, ProfileResult>;
}

async function measure(page: string, url: string, bytes: number): Promise<PageResult> {
  const result: PageResult = { page, bytes, runs: {}, profile: {} };
  for (const mode of MODES) result.runs[mode.name] = [];
  // Modes take turns, so a slow spell of the machine falls on all of them alike.
  // The first load of each mode waits long and tells the later ones how many highlights to wait for.
  const expect: Record<ModeName, number | undefined> = {};
  for (let r = 0; r < runs; r++) {
    for (const mode of MODES) {
      const run = await runOnce(browsers.get(mode.name)!.context, url, expect[mode.name]);
      expect[mode.name] ??= run.highlights;
      result.runs[mode.name].push(run);
    }
  }
  result.profile.backstory = await profileOnce(browsers.get('backstory')!.context, url, expect.backstory ?? 0);
  return result;
}

const started = Date.now();
const machineBefore = machine();
for (let i = 0; i < WARM_UP_LOADS; i++) {
  for (const mode of MODES) await runOnce(browsers.get(mode.name)!.context, startServer.url(START_PAGE), 0);
}
const results: PageResult[] = [];
for (const page of pages) {
  log(`measuring ${page}`);
  results.push(await measure(page, pageServer.url(page), statSync(join(pagesDir, page)).size));
}
log(`measuring ${START_PAGE} (start-up)`);
const startUp = await measure(START_PAGE, startServer.url(START_PAGE), statSync(join(BENCH_PAGES, START_PAGE)).size);
const largest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const mostTerms = (r: PageResult) => median(r.runs.backstory.map((x) => x.highlights));
const hoverPage = results.reduce((a, b) => (mostTerms(b) > mostTerms(a) ? b : a)).page;
log(`hovering a term on ${hoverPage}`);
const hovers: { first: number; again: number }[] = [];
for (let i = 0; i < HOVERS; i++) hovers.push(await hoverToCard(browsers.get('backstory')!.context, pageServer.url(hoverPage), 1));
// The worker after it has answered every page: its dataset, index and caches all loaded.
const workerHeapMB = (await workerHeap(browsers.get('backstory')!.context)) / 2 ** 20;
const hoverMs = median(hovers.map((h) => h.first));
const hoverAgainMs = median(hovers.map((h) => h.again));
for (const b of browsers.values()) await b.close();
await pageServer.close();
await startServer.close();

// ---- Summaries: per page, the median of runs; "added" is the mode's median minus no extension's.
const med = (r: PageResult, mode: ModeName, key: keyof RunResult) => median(r.runs[mode].map((x) => x[key]));
const added = (r: PageResult, mode: ModeName, key: 'cpuMs' | 'taskMs' | 'scriptMs' | 'heap') => med(r, mode, key) - med(r, 'none', key);

interface Row {
  page: string;
  kb: number;
  modes: Record<ModeName, { addedCpuMs: number; longestCpuMs: number; addedTaskMs: number; addedScriptMs: number; addedHeapMB: number; highlights: number; firstMs: number; lastMs: number; longestTaskMs: number; profiledMs: number; longestStretchMs: number }>;
}
const summarise = (r: PageResult): Row => ({
  page: r.page,
  kb: r.bytes / 1024,
  modes: Object.fromEntries(
    MODES.map((m) => [
      m.name,
      {
        addedCpuMs: added(r, m.name, 'cpuMs'),
        longestCpuMs: med(r, m.name, 'longestCpuMs'),
        addedTaskMs: added(r, m.name, 'taskMs'),
        addedScriptMs: added(r, m.name, 'scriptMs'),
        addedHeapMB: added(r, m.name, 'heap') / 2 ** 20,
        highlights: med(r, m.name, 'highlights'),
        firstMs: med(r, m.name, 'firstMs'),
        lastMs: med(r, m.name, 'lastMs'),
        longestTaskMs: max(r.runs[m.name].map((x) => x.longestTaskMs)),
        profiledMs: r.profile[m.name]?.extensionMs ?? NaN,
        longestStretchMs: r.profile[m.name]?.longestStretchMs ?? NaN,
      },
    ]),
  ),
});
const rows = results.map(summarise);
const startRow = summarise(startUp);
const ext = MODES.slice(1).map((m) => m.name);
const over = (mode: ModeName, key: keyof Row['modes'][string]) => rows.map((r) => r.modes[mode][key]);
const summary = Object.fromEntries(
  ext.map((m) => [m, { medianAddedCpuMs: median(over(m, 'addedCpuMs')), worstAddedCpuMs: max(over(m, 'addedCpuMs')), medianAddedTaskMs: median(over(m, 'addedTaskMs')), worstAddedTaskMs: max(over(m, 'addedTaskMs')), medianAddedScriptMs: median(over(m, 'addedScriptMs')), worstAddedScriptMs: max(over(m, 'addedScriptMs')) }]),
);
const ours = rows.map((r) => r.modes.backstory);
const largestRow = rows.find((r) => r.page === largest.page)!.modes.backstory;
const targets = [
  { goal: 'largest page: added main-thread time ≤ 30 ms', value: largestRow.addedCpuMs, ok: largestRow.addedCpuMs <= 30 },
  { goal: 'no Backstory task over 50 ms (longest profiled stretch, worst page)', value: max(ours.map((o) => o.longestStretchMs)), ok: max(ours.map((o) => o.longestStretchMs)) <= 50 },
  {
    goal: 'no task over 50 ms: longest main-thread task (CPU) on the page with no terms, where any long task is ours',
    value: startRow.modes.backstory.longestCpuMs,
    ok: startRow.modes.backstory.longestCpuMs <= 50,
  },
  { goal: 'median page: added main-thread time ≤ 5 ms', value: summary.backstory.medianAddedCpuMs, ok: summary.backstory.medianAddedCpuMs <= 5 },
  ...rivals.map((p) => {
    const r = summary[p.name].medianAddedCpuMs / summary.backstory.medianAddedCpuMs;
    const value = summary.backstory.medianAddedCpuMs > 0 ? r : NaN;
    return { goal: `≥ 20× less added time than ${p.name} (median page)`, value, ok: value >= 20 };
  }),
  { goal: 'JavaScript heap added per tab ≤ 1 MB (worst page, after GC)', value: max(ours.map((o) => o.addedHeapMB)), ok: max(ours.map((o) => o.addedHeapMB)) <= 1 },
  { goal: 'background worker heap ≤ 16 MB (after GC, all pages answered)', value: workerHeapMB, ok: workerHeapMB <= 16 },
  { goal: 'content script ≤ 40 KB gzip', value: scriptBytes.gzip / 1024, ok: scriptBytes.gzip <= 40 * 1024 },
  { goal: 'page with no terms: added main-thread time ≤ 3 ms', value: startRow.modes.backstory.addedCpuMs, ok: startRow.modes.backstory.addedCpuMs <= 3 },
  { goal: 'hover to visible card ≤ one frame (16.7 ms) after the delay: first hover', value: hoverMs, ok: hoverMs <= 1000 / 60 },
  { goal: 'the same, hovering the term again (entry already fetched)', value: hoverAgainMs, ok: hoverAgainMs <= 1000 / 60 },
];

const report = {
  machine: { before: machineBefore, after: machine(), chromium: browserVersion },
  runs,
  pagesDir: relative(ROOT, pagesDir) || '.',
  seconds: (Date.now() - started) / 1000,
  contentScript: scriptBytes,
  rows,
  startUp: startRow,
  summary,
  hoverToCardMs: { first: hoverMs, again: hoverAgainMs },
  workerHeapMB,
  targets,
  raw: results,
  hotspots: {
    page: largest.page,
    top: largest.profile.backstory.hotspots.slice(0, 10),
  },
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'browser.json'), JSON.stringify(report, null, 2));

if (json) {
  process.stdout.write(JSON.stringify(report) + '\n');
} else {
  const md = render();
  writeFileSync(join(OUT, 'browser.md'), md);
  process.stdout.write(md);
}

function render(): string {
  const out: string[] = [];
  const perPage = [...rows, startRow].map((r) => {
    const o = r.modes.backstory;
    return [
      r.page === START_PAGE ? `${r.page} (start-up)` : r.page,
      fmt(r.kb, 0),
      fmt(o.addedCpuMs),
      fmt(o.addedTaskMs),
      fmt(o.addedScriptMs),
      fmt(o.profiledMs),
      fmt(o.longestStretchMs),
      `${fmt(o.longestCpuMs)} / ${fmt(r.modes.none.longestCpuMs)}`,
      fmt(o.firstMs, 0),
      fmt(o.lastMs, 0),
      fmt(o.addedHeapMB, 2),
      fmt(o.highlights, 0),
      ...rivals.flatMap((p) => [fmt(r.modes[p.name].addedCpuMs), fmt(r.modes[p.name].highlights, 0), ratio(r.modes[p.name].addedCpuMs, o.addedCpuMs)]),
      fmt(r.modes[FLOOR].addedCpuMs),
      fmt(o.addedCpuMs - r.modes[FLOOR].addedCpuMs),
    ];
  });
  out.push(`Backstory per page (medians of ${runs} runs; times in ms; "added" = with the extension minus without; CPU = the main thread's thread time from a trace, wall = DevTools Performance metrics):\n`);
  out.push(
    table(
      ['page', 'KB', 'added CPU', 'added task (wall)', 'added script (wall)', 'profiled', 'longest stretch', 'longest task CPU (ours / none)', 'first hl', 'last hl', 'heap +MB', 'hl',
        ...rivals.flatMap((p) => [`${p.name} added CPU`, `${p.name} hl`, `${p.name}/ours`]), 'empty script added CPU', 'ours above empty'],
      perPage,
    ),
  );
  out.push('\nAcross pages (start-up page excluded):\n');
  out.push(
    table(
      ['mode', 'median added CPU', 'worst added CPU', 'median added task (wall)', 'worst added task (wall)', 'median added script (wall)', 'worst added script (wall)', 'median vs ours', 'worst vs ours'],
      ext.map((m) => [
        m,
        fmt(summary[m].medianAddedCpuMs),
        fmt(summary[m].worstAddedCpuMs),
        fmt(summary[m].medianAddedTaskMs),
        fmt(summary[m].worstAddedTaskMs),
        fmt(summary[m].medianAddedScriptMs),
        fmt(summary[m].worstAddedScriptMs),
        m === 'backstory' ? '1×' : ratio(summary[m].medianAddedCpuMs, summary.backstory.medianAddedCpuMs),
        m === 'backstory' ? '1×' : ratio(summary[m].worstAddedCpuMs, summary.backstory.worstAddedCpuMs),
      ]),
    ),
  );
  out.push(`\nContent script: ${fmt(scriptBytes.raw / 1024)} KB raw, ${fmt(scriptBytes.gzip / 1024)} KB gzip. Hover to visible card on ${hoverPage}, after the ${HOVER_DELAY_MS} ms delay: ${fmt(hoverMs)} ms the first time, ${fmt(hoverAgainMs)} ms again.\n`);
  out.push(table(['target', 'measured', 'met'], targets.map((t) => [t.goal, fmt(t.value), t.ok ? 'yes' : 'no'])));
  out.push(`\nBackstory's hottest functions on ${largest.page} (self time, one profiled load):\n`);
  // The bundle is minified: a few characters of each function's code say which one it is.
  const lines = contentJs.toString('utf8').split('\n');
  const code = (h: { url: string; line: number; column: number }) =>
    h.url.endsWith('/content-scripts/content.js') ? '`' + (lines[h.line] ?? '').slice(h.column, h.column + SNIPPET_CHARS).replace(/[|`]/g, ' ') + '`' : '';
  out.push(
    table(
      ['function', 'where', 'self ms', 'code'],
      report.hotspots.top.map((h) => [h.fn, `${basename(dirname(h.url))}/${basename(h.url)}:${h.line + 1}:${h.column + 1}`, fmt(h.selfMs), code(h)]),
    ),
  );
  out.push(`\n${pages.length} pages, ${runs} runs each, ${fmt(report.seconds, 0)} s. ${browserVersion}.`);
  out.push(`Machine at the start: ${report.machine.before}; at the end: ${report.machine.after}.\n`);
  return out.join('\n');
}
