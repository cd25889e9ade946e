// npm run bench -- [PAGES_DIR] [--runs N] [--baseline BUILD_DIR] [--json]
// Loads each page from 127.0.0.1 in headless Chromium with no extension, with Backstory, with two
// peer highlighters given the same aliases, and with a content script that does nothing (the floor),
// and prints side by side what each costs the page: its own JavaScript (V8 profiler), its longest
// stretch, what it adds to the main thread, and the size of what it injects at page start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageSet } from './lib/pages';
import { buildPeers } from './lib/peers';
import { HOVER_DELAY_MS, hoverToCard, localOnly, profileOnce, PROFILE_INTERVAL_US, runOnce, workerHeap, type ProfileResult, type RunResult } from './lib/browser-run';
import { fmt, machine, max, median, ratio, table } from './lib/stats';
import type { CompiledIndex } from '../lib/dataset/compile';
import { PAGE_SCRIPT } from '../lib/platform/page-handle';
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
/** Another build of Backstory (an earlier commit's .output/chrome-mv3), measured in the same run as "before". */
const baselineAt = args.indexOf('--baseline');
const baseline = baselineAt >= 0 ? args[baselineAt + 1] : undefined;
const { dir: pagesDir, pages } = pageSet(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs' && args[i - 1] !== '--baseline'),
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
const MODES = [
  { name: 'none', dir: null },
  { name: 'backstory', dir: CHROME_BUILD },
  ...(baseline ? [{ name: 'before', dir: baseline }] : []),
  ...peers.map((p) => ({ name: p.name, dir: p.dir })),
];
type ModeName = string;

const contentJs = readFileSync(join(CHROME_BUILD, PAGE_SCRIPT)); // the content script (entrypoints/page.ts)
/**
 * What each extension runs in every page at its start, raw and gzip: the manifest's content scripts,
 * and Backstory's page script, which its background puts into every page (lib/platform/page-handle.ts).
 */
function injected(dir: string): { raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[] }[] };
  const files = new Set(manifest.content_scripts.flatMap((c) => c.js ?? []).map((f) => `/${f}`));
  if (existsSync(join(dir, PAGE_SCRIPT))) files.add(PAGE_SCRIPT);
  const code = Buffer.concat([...files].map((f) => readFileSync(join(dir, f))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const scriptSizes = Object.fromEntries(MODES.filter((m) => m.dir).map((m) => [m.name, injected(m.dir!)]));
const scriptBytes = scriptSizes.backstory;
const cardJs = readFileSync(join(CHROME_BUILD, 'card.js'));
const cardBytes = { raw: cardJs.length, gzip: gzipSync(cardJs, { level: 9 }).length };

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
  /** One profiled load per run and extension. */
  profiles: Record<ModeName, ProfileResult[]>;
}

async function measure(page: string, url: string, bytes: number): Promise<PageResult> {
  const result: PageResult = { page, bytes, runs: {}, profiles: {} };
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
  for (const mode of MODES.slice(1)) result.profiles[mode.name] = [];
  for (let r = 0; r < runs; r++) {
    for (const mode of MODES.slice(1)) result.profiles[mode.name].push(await profileOnce(browsers.get(mode.name)!.context, url, expect[mode.name] ?? 0));
  }
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
        profiledMs: median((r.profiles[m.name] ?? []).map((p) => p.extensionMs)),
        longestStretchMs: max((r.profiles[m.name] ?? []).map((p) => p.longestStretchMs)),
      },
    ]),
  ),
});
const rows = results.map(summarise);
const startRow = summarise(startUp);
const ext = MODES.slice(1).map((m) => m.name);
const over = (mode: ModeName, key: keyof Row['modes'][string]) => rows.map((r) => r.modes[mode][key]);
const summary = Object.fromEntries(
  ext.map((m) => [
    m,
    {
      medianProfiledMs: median(over(m, 'profiledMs')),
      worstProfiledMs: max(over(m, 'profiledMs')),
      longestStretchMs: max(over(m, 'longestStretchMs')),
      medianAddedCpuMs: median(over(m, 'addedCpuMs')),
      worstAddedCpuMs: max(over(m, 'addedCpuMs')),
      medianAddedTaskMs: median(over(m, 'addedTaskMs')),
      worstAddedTaskMs: max(over(m, 'addedTaskMs')),
      medianAddedScriptMs: median(over(m, 'addedScriptMs')),
      worstAddedScriptMs: max(over(m, 'addedScriptMs')),
    },
  ]),
);
const ours = rows.map((r) => r.modes.backstory);
const allRows = [...rows, startRow];
/** Pages where Backstory's own JavaScript is not below the naive highlighter's. */
const notBelowRegex = allRows.filter((r) => !(r.modes.backstory.profiledMs < r.modes.regex.profiledMs)).map((r) => r.page);
const startAboveFloor = startRow.modes.backstory.profiledMs - startRow.modes[FLOOR].profiledMs;
const longestStretch = max(allRows.map((r) => r.modes.backstory.longestStretchMs));
const targets = [
  { goal: "extension JS (profiler), median page ≤ 5 ms", value: summary.backstory.medianProfiledMs, ok: summary.backstory.medianProfiledMs <= 5 },
  { goal: 'extension JS (profiler), worst page ≤ 30 ms', value: summary.backstory.worstProfiledMs, ok: summary.backstory.worstProfiledMs <= 30 },
  { goal: 'page with nothing marked: extension JS ≤ 2 ms above the empty script', value: startAboveFloor, ok: startAboveFloor <= 2 },
  { goal: `less extension JS than the naive RegExp highlighter on every page (pages not: ${notBelowRegex.length ? notBelowRegex.join(', ') : 'none'})`, value: notBelowRegex.length, ok: notBelowRegex.length === 0 },
  { goal: 'content script at page start ≤ 12 KB gzip', value: scriptBytes.gzip / 1024, ok: scriptBytes.gzip <= 12 * 1024 },
  { goal: 'no Backstory task ≥ 50 ms (longest profiled stretch, any page)', value: longestStretch, ok: longestStretch < 50 },
  {
    goal: 'no task ≥ 50 ms: longest main-thread task (CPU) on the page with no terms, where any long task is ours',
    value: startRow.modes.backstory.longestCpuMs,
    ok: startRow.modes.backstory.longestCpuMs < 50,
  },
  { goal: 'JavaScript heap added per tab ≤ 1 MB (worst page, after GC)', value: max(ours.map((o) => o.addedHeapMB)), ok: max(ours.map((o) => o.addedHeapMB)) <= 1 },
  { goal: 'background worker heap ≤ 16 MB (after GC, all pages answered)', value: workerHeapMB, ok: workerHeapMB <= 16 },
  { goal: 'first card within 50 ms after the hover delay (its script and entry load during the delay)', value: hoverMs, ok: hoverMs <= 50 },
  { goal: 'the same, hovering the term again (card and entry already there)', value: hoverAgainMs, ok: hoverAgainMs <= 1000 / 60 },
];

const report = {
  machine: { before: machineBefore, after: machine(), chromium: browserVersion },
  runs,
  pagesDir: relative(ROOT, pagesDir) || '.',
  seconds: (Date.now() - started) / 1000,
  contentScript: scriptBytes,
  injected: scriptSizes,
  cardScript: cardBytes,
  rows,
  startUp: startRow,
  summary,
  hoverToCardMs: { first: hoverMs, again: hoverAgainMs },
  workerHeapMB,
  targets,
  raw: results,
  hotspots: {
    page: largest.page,
    top: largest.profiles.backstory[0].hotspots.slice(0, 10),
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
  // Side by side: what each extension's own JavaScript costs the page (V8 profiler, medians of runs).
  const sideModes = [FLOOR, 'regex', 'mark.js', 'before', 'backstory'].filter((m) => ext.includes(m));
  const label = (r: Row) => (r.page === START_PAGE ? `${r.page} (nothing to mark)` : r.page);
  out.push(`Extension JavaScript per page, side by side (V8 sampling profiler, ${PROFILE_INTERVAL_US} µs, median of ${runs} profiled loads; longest stretch = longest unbroken run of the extension's samples over those loads; ms):\n`);
  out.push(
    table(
      ['page', 'KB', ...sideModes.flatMap((m) => [`${m} JS`, `${m} longest`]), 'Backstory above empty', 'regex / Backstory'],
      [...rows, startRow].map((r) => [
        label(r),
        fmt(r.kb, 0),
        ...sideModes.flatMap((m) => [fmt(r.modes[m].profiledMs), fmt(r.modes[m].longestStretchMs)]),
        fmt(r.modes.backstory.profiledMs - r.modes[FLOOR].profiledMs),
        ratio(r.modes.regex.profiledMs, r.modes.backstory.profiledMs),
      ]),
    ),
  );
  out.push('\nAcross pages (the page with nothing to mark excluded), with what each injects into every page at its start:\n');
  out.push(
    table(
      ['mode', 'median JS', 'worst JS', 'longest stretch', 'median added CPU (trace)', 'worst added CPU (trace)', 'content script KB', 'gzip KB'],
      sideModes.map((m) => [
        m,
        fmt(summary[m].medianProfiledMs),
        fmt(summary[m].worstProfiledMs),
        fmt(summary[m].longestStretchMs),
        fmt(summary[m].medianAddedCpuMs),
        fmt(summary[m].worstAddedCpuMs),
        fmt(scriptSizes[m].raw / 1024),
        fmt(scriptSizes[m].gzip / 1024),
      ]),
    ),
  );
  out.push(`\nBackstory's card, loaded on the first hover (or a card opened from the popup): ${fmt(cardBytes.raw / 1024)} KB, ${fmt(cardBytes.gzip / 1024)} KB gzip.\n`);
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
    h.url.endsWith('/page.js') ? '`' + (lines[h.line] ?? '').slice(h.column, h.column + SNIPPET_CHARS).replace(/[|`]/g, ' ') + '`' : '';
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
