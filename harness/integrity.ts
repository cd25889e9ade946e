// The integrity check's library (the command is scripts/integrity.ts): loads saved pages in real
// Chromium and Firefox, without and with the built extension, compares their DOMs and errors, and
// hovers the first marks of each page as a reader would. Used by the command and its e2e test.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPath, launch, serve } from './browser';
import { firefoxPath, gotoInFirefox, launchFirefox } from './firefox';
import { HOST, locateMarkInPage, markCountIn, MARKS, type Located, type Spot } from './page';
import { scanFile } from './scan-lib';

/** After load, time for the page's own timers and Backstory's first scan to finish. */
export const SETTLE_MS = 1500;
/** How long to wait for the first highlight on a page that has terms (first scan is well under this). */
const HIGHLIGHT_WAIT_MS = 8000;
/** How long a card may take to open after hovering (hover delay 500 ms plus the entry lookup). */
const CARD_WAIT_MS = 4000;
/** In the plain rerun, the pause after each pointing: as long as a hover that opens a card takes. */
const HOVER_PAUSE_MS = 1000;
/** Navigation budget for the largest corpus pages with every external request blocked. */
const LOAD_TIMEOUT_MS = 30_000;
/** Plain reloads at most, when a page with Backstory differs from the plain one or shows new errors. */
const PLAIN_RELOADS = 2;
/** Gap between two looks at the page while waiting for a highlight or a card. */
const POLL_MS = 50;
/** Marks hovered on each page, from the first. */
export const HOVER_MARKS = 3;

/** What hovering one mark did. `opened`: its term's card; `covered`: another element takes the
 *  pointer at the mark's centre and no card opened; `off-screen`: its first box has no size or
 *  cannot be scrolled into the viewport (not hovered); `missed`: nothing opened although the mark
 *  was on top (or lay under Backstory's own card); `wrong card`: a card for another term opened; `not closed`: its card
 *  opened but Escape left it open. Only the last three are Backstory's fault. */
export type HoverOutcome = 'opened' | 'covered' | 'off-screen' | 'missed' | 'wrong card' | 'not closed';

export interface HoverResult {
  /** The marked text. */
  text: string;
  /** The titles the static scan gives that text (empty: the scan did not mark it; any card will do). */
  expected: string[];
  outcome: HoverOutcome;
  /** covered: the element on top; off-screen: the box; wrong card: the title shown. */
  detail?: string;
}

/** Hover outcomes that are Backstory's failures (the others are the page's layout). */
export function hoverFailed(h: HoverResult): boolean {
  return h.outcome === 'missed' || h.outcome === 'wrong card' || h.outcome === 'not closed';
}

/** The browsers the check runs in. */
export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface PageResult {
  page: string;
  browser: BrowserName;
  /** Mentions the static scan (the `scan` command) marks in the saved file. */
  expected: number;
  /** Set when the page could not be checked (it navigated away, crashed or never loaded). */
  failure?: string;
  /** Highlights registered by Backstory when they first appeared, and how long that took. */
  firstHighlights: number;
  firstAfterMs: number;
  /** Highlights registered once the page settled. */
  highlights: number;
  /** The page serialises differently on two runs without Backstory (its scripts race). */
  unstable: boolean;
  /** Whether hovering a highlight opened a card (its host element was then in the page). */
  cardOpened: boolean;
  /** The first marks (up to HOVER_MARKS), each hovered in turn, and what that did. */
  hovers: HoverResult[];
  /** Where the serialisation with Backstory differs from the one without (empty: identical). */
  differences: string[];
  /** Page errors and console errors seen only with Backstory. */
  errors: string[];
}

/** Every .html file under `dir`, as paths relative to it, sorted. */
export function listPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** Lets through only the local test server (and the extension's own files); aborts everything else. */
export async function blockOtherOrigins(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' || url.protocol === 'data:';
    return local ? route.continue() : route.abort('blockedbyclient');
  });
}

/** Errors a page reports: uncaught exceptions and console.error lines (blocked loads included). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A page loaded in a tab of either browser: what the check does with it, the same through Playwright
 *  (Chromium) and Puppeteer over WebDriver BiDi (Firefox). */
export interface Tab {
  /** Runs `fn(arg)` in the page (no named functions inside: see locateMarkInPage). */
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Moves the pointer to (x, y) in the viewport, in `steps` moves. */
  move(x: number, y: number, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Uncaught exceptions and console.error lines, as they come. */
  errors: string[];
  close(): Promise<void>;
}

/** A browser, with Backstory or without, that loads a page in a new tab. */
export interface Browsing {
  name: BrowserName;
  /** The browser's name and version, for the report. */
  version: string;
  open(url: string): Promise<Tab>;
  close(): Promise<void>;
}

/** Firefox's window: the size harness/browser.ts gives Chromium's. */
const VIEWPORT = { width: 1200, height: 900 };

async function openChromium(extension: boolean): Promise<Browsing> {
  const b = await launch(extension ? {} : { extension: null });
  await blockOtherOrigins(b.context);
  return {
    name: 'chromium',
    version: `Chromium ${b.context.browser()?.version() ?? chromiumPath()}`,
    async open(url) {
      const page = await b.context.newPage();
      const errors = collectErrors(page);
      await page.addInitScript(SEED_RANDOM);
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(async (e: Error) => {
        await page.close();
        throw e;
      });
      return {
        errors,
        run: <A, R>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg),
        move: (x, y, steps) => page.mouse.move(x, y, { steps }),
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    },
    close: () => b.close(),
  };
}

/** Firefox preferences that send every request but those to 127.0.0.1 (never proxied) to a proxy on `port`. */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.failover_direct': false,
  };
}

/** A proxy on 127.0.0.1 that refuses every request (403; CONNECT too): Firefox's counterpart of blockOtherOrigins. */
async function refusingProxy(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((_req, res) => res.writeHead(403).end('blocked'));
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

async function openFirefox(extension: boolean): Promise<Browsing> {
  const proxy = await refusingProxy();
  const browser = await launchFirefox({ extension, prefs: proxyPrefs(proxy.port) }).catch(async (e: Error) => {
    await proxy.close();
    throw e;
  });
  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox ') + ` (${firefoxPath()})`,
    async open(url) {
      const page = await browser.newPage();
      const errors: string[] = [];
      // With where it was thrown (the page's own file and line), to tell the page's errors from any of Backstory's.
      page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message ?? String(e)}${whereThrown(e as Error)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      try {
        // ESR 140 lacks the screen orientation command Puppeteer sends with the size; the size is set all the same.
        await page.setViewport(VIEWPORT).catch(() => {});
        await gotoInFirefox(page, url, LOAD_TIMEOUT_MS);
      } catch (e) {
        await page.close().catch(() => {});
        throw e;
      }
      return {
        errors,
        run: <A, R>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
        move: (x, y, steps) => page.mouse.move(x, y, { steps }),
        press: (key) => page.keyboard.press(key as 'Escape'),
        close: () => page.close(),
      };
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/** ' (at FILE:LINE:COL)' for the first frame of an error's stack that names one, else ''. */
function whereThrown(e: Error): string {
  const at = /\((\S+:\d+:\d+)\)|@(\S+:\d+:\d+)/.exec(String(e?.stack ?? '').split('\n').slice(1).join('\n'));
  return at ? ` (at ${at[1] ?? at[2]})` : '';
}

/** Starts `name` with the built extension, or without it. */
export function openBrowser(name: BrowserName, extension: boolean): Promise<Browsing> {
  return name === 'chromium' ? openChromium(extension) : openFirefox(extension);
}

/** The page's serialisation without Backstory's host element. */
export function serialise(page: Tab): Promise<string> {
  return page.run((host) => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll(host).forEach((h) => h.remove());
    return clone.outerHTML;
  }, HOST);
}

/** Times since 1970 (in seconds or milliseconds, from 2020 to 2033) that a page's scripts write into
 *  its DOM (a form's load time, a script URL's cache buster): no two loads agree on them. */
const CLOCK = /\b1[6-9]\d{8}(?:\d{3})?\b/g;

/** A serialisation with those times replaced by one placeholder, for comparing two loads. */
export function unclocked(html: string): string {
  return html.replace(CLOCK, '<time>');
}

/** Highlights registered by Backstory now. */
function highlightsIn(page: Tab): Promise<number> {
  return page.run(markCountIn, MARKS);
}

/** A short description of where two serialisations first part ways. */
export function describeDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `at offset ${i} (lengths ${a.length} / ${b.length}): without ${around(a)} / with ${around(b)}`;
}

/** Entries of `b` not matched one-to-one by entries of `a`. */
function extra(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  return b.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n) left.set(x, n - 1);
    return n === 0;
  });
}

/** Scrolls the n-th mark's first box to the middle of the viewport (see locateMarkInPage). */
function locateMark(page: Tab, n: number): Promise<Located | null> {
  return page.run(locateMarkInPage, [n, MARKS] as const);
}

/** Scrolls to a spot and moves the pointer onto it, the way a reader would. */
async function pointAt(page: Tab, at: Spot): Promise<void> {
  await page.run(({ scrollX, scrollY }) => window.scrollTo(scrollX, scrollY), at);
  await page.move(at.x - 3, at.y);
  await page.move(at.x, at.y, 3);
}

/** Closes the card the way a reader can (Escape), so the next mark's card is opened afresh. */
async function dismiss(page: Tab): Promise<void> {
  await page.press('Escape');
}

/** The title of the card open now ('' when none is shown). */
function shownTitle(page: Tab): Promise<string> {
  return page.run((host) => {
    const h2 = document.querySelector(host)?.shadowRoot?.querySelector('h2');
    return h2 && h2.getClientRects().length ? (h2.textContent ?? '') : '';
  }, HOST);
}

/** Waits for a card whose title is one of `titles` (any card when `titles` is empty), or with `gone`,
 *  for no card; gives the title shown at the end. */
async function awaitCard(page: Tab, titles: string[], gone = false): Promise<string> {
  const deadline = Date.now() + CARD_WAIT_MS;
  for (;;) {
    const shown = await shownTitle(page);
    const done = gone ? !shown : !!shown && (titles.length === 0 || titles.includes(shown));
    if (done || Date.now() > deadline) return shown;
    await sleep(POLL_MS);
  }
}

/** Whitespace folded, to compare a live mark's text with the static scan's. */
export const fold = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Hovers the first HOVER_MARKS marks on `page` in turn, doing the same scrolling, pointer moves and
 *  Escape on `twin` (the page without Backstory), so both pages see the same events and differ only by
 *  Backstory. `titles` maps a marked text to the titles the static scan gives it. Gives what each hover
 *  did and the spots pointed at. */
async function hoverMarks(page: Tab, twin: Tab, titles: (text: string) => string[]): Promise<{ hovers: HoverResult[]; spots: Spot[] }> {
  const hovers: HoverResult[] = [];
  const spots: Spot[] = [];
  for (let i = 0; i < HOVER_MARKS; i++) {
    const mark = await locateMark(page, i);
    if (!mark) break;
    const expected = titles(mark.text);
    if (!mark.spot) {
      hovers.push({ text: mark.text, expected, outcome: 'off-screen', detail: mark.offScreen });
      continue;
    }
    spots.push(mark.spot);
    await Promise.all([pointAt(page, mark.spot), pointAt(twin, mark.spot)]);
    const shown = await awaitCard(page, expected);
    if (shown && (expected.length === 0 || expected.includes(shown))) hovers.push({ text: mark.text, expected, outcome: 'opened' });
    else if (shown) hovers.push({ text: mark.text, expected, outcome: 'wrong card', detail: shown });
    else if (mark.coveredBy && !mark.coveredBy.startsWith(`<${HOST}`)) hovers.push({ text: mark.text, expected, outcome: 'covered', detail: mark.coveredBy });
    // Under Backstory's own card (left open) is Backstory's doing, not the page's: a miss.
    else hovers.push({ text: mark.text, expected, outcome: 'missed', detail: mark.coveredBy && `under ${mark.coveredBy}` });
    await Promise.all([dismiss(page), dismiss(twin)]);
    // A card Escape leaves open would pass for the next mark's card (the same term, say).
    if (shown && (await awaitCard(page, [], true))) hovers[hovers.length - 1] = { ...hovers[hovers.length - 1], outcome: 'not closed' };
  }
  return { hovers, spots };
}

/** Seeds Math.random in the page's world (the same in both runs), so pages that draw random ids
 *  serialise the same. Backstory's own world keeps its own Math. */
const SEED_RANDOM = `(() => { let s = 20261125; Math.random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296); })();`;

/** Console lines about loading resources: the page's own requests (its web app manifest too),
 *  blocked or missing here (Firefox reports a blocked cross-origin fetch, and a script whose blocked or
 *  missing file fails its integrity hash, as page errors). Backstory
 *  makes no requests (see tests/e2e/network.test.ts), so these are never its doing. */
const NETWORK_NOISE =
  /^(console: (Failed to load resource|Unsafe attempt to load URL|A bad HTTP response code|Manifest fetch from)|pageerror: (Cross-Origin Request Blocked|None of the “sha\d+” hashes in the integrity attribute match))/;

/** Serves a folder on 127.0.0.1 like serve (harness/browser.ts), with SEED_RANDOM as the first
 *  script of every HTML page (after its doctype, in its head), the same with and without Backstory. */
async function serveSeeded(dir: string): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const script = `<script>${SEED_RANDOM}</script>`;
  const seed = (html: string) => {
    for (const tag of [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i]) {
      const m = tag.exec(html);
      if (m) return html.slice(0, m.index + m[0].length) + script + html.slice(m.index + m[0].length);
    }
    return script + html;
  };
  const server = createServer((req, res) => {
    const file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    const html = extname(file) === '.html';
    res.writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : (TYPES[extname(file)] ?? 'application/octet-stream') });
    res.end(html ? seed(readFileSync(file, 'utf8')) : readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Loads the page again without Backstory, with the same scrolling, pointing and Escapes, and serialises it. */
async function reloadPlain(plain: Browsing, url: string, spots: Spot[]): Promise<{ html: string; errors: string[] }> {
  const page = await plain.open(url);
  try {
    await sleep(SETTLE_MS);
    for (const at of spots) {
      await pointAt(page, at);
      await sleep(HOVER_PAUSE_MS);
      await dismiss(page);
    }
    await sleep(HOVER_PAUSE_MS);
    return { html: unclocked(await serialise(page)), errors: page.errors };
  } finally {
    await page.close();
  }
}

/** For each message, the most times any one run saw it. */
function mostOf(...runs: string[][]): string[] {
  const most = new Map<string, number>();
  for (const run of runs) {
    const n = new Map<string, number>();
    for (const x of run) n.set(x, (n.get(x) ?? 0) + 1);
    for (const [x, c] of n) most.set(x, Math.max(most.get(x) ?? 0, c));
  }
  return [...most].flatMap(([x, c]) => Array<string>(c).fill(x));
}

/** A mention the static scan (the `scan` command) reports: its text, its term's title, whether it is marked. */
export type ScannedMention = { text: string; title: string; highlighted: boolean };

/** Checks one page: `plain` has no extension, `withExt` has the built one (the same browser). `mentions`
 *  are the static scan's of the saved file: where none is marked, the first highlight is not awaited;
 *  they give the title each hovered mark's card should show. */
export async function checkPage(plain: Browsing, withExt: Browsing, url: string, name: string, mentions: ScannedMention[]): Promise<PageResult> {
  const expected = mentions.filter((m) => m.highlighted).length;
  const titles = (text: string) => {
    const same = (list: ScannedMention[]) => [...new Set(list.filter((m) => fold(m.text) === fold(text)).map((m) => m.title))];
    const marked = same(mentions.filter((m) => m.highlighted));
    return marked.length ? marked : same(mentions);
  };
  const loads = await Promise.allSettled([plain.open(url), withExt.open(url)]);
  const [a, b] = loads.map((l) => (l.status === 'fulfilled' ? l.value : null));
  if (!a || !b) {
    await Promise.all([a?.close(), b?.close()]);
    throw loads.map((l) => (l.status === 'rejected' ? (l.reason as Error) : null)).find(Boolean)!;
  }
  try {
    const start = Date.now();
    if (expected > 0) {
      while ((await highlightsIn(b)) === 0 && Date.now() - start < HIGHLIGHT_WAIT_MS) await sleep(POLL_MS);
    }
    const firstHighlights = await highlightsIn(b);
    const waited = Date.now() - start;
    await sleep(SETTLE_MS);
    const highlights = await highlightsIn(b);
    const { hovers, spots } = highlights > 0 ? await hoverMarks(b, a, titles) : { hovers: [], spots: [] };
    const cardOpened = hovers.some((h) => h.outcome === 'opened' || h.outcome === 'wrong card' || h.outcome === 'not closed');
    const hosts = await b.run((host) => document.querySelectorAll(host).length, HOST);
    const [without, withBackstory] = (await Promise.all([serialise(a), serialise(b)])).map(unclocked);
    const differences: string[] = [];
    let unstable = false;
    const noise = (e: string) => !NETWORK_NOISE.test(e);
    let errors = extra(a.errors, b.errors).filter(noise);
    // Pages whose scripts race (async loads, timers, blocked requests) can differ between two plain
    // runs: while something differs, load the page again without Backstory (up to PLAIN_RELOADS
    // times). What matches any plain run is not Backstory's doing.
    const plainHtml = [without];
    const plainErrors = [a.errors];
    for (let k = 0; k < PLAIN_RELOADS && (!plainHtml.includes(withBackstory) || errors.length); k++) {
      const again = await reloadPlain(plain, url, spots);
      unstable ||= again.html !== without || extra(a.errors, again.errors).length > 0;
      plainHtml.push(again.html);
      plainErrors.push(again.errors);
      errors = extra(mostOf(...plainErrors), b.errors).filter(noise);
    }
    if (!plainHtml.includes(withBackstory)) differences.push(describeDifference(without, withBackstory));
    if (hosts > 1 || (cardOpened && hosts !== 1)) differences.push(`${hosts} <${HOST}> elements`);
    return { page: name, browser: withExt.name, expected, firstHighlights, firstAfterMs: waited, highlights, cardOpened, hovers, unstable, differences, errors };
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

const NOT_CHECKED = { firstHighlights: 0, firstAfterMs: 0, highlights: 0, cardOpened: false, hovers: [], unstable: false, differences: [], errors: [] };

export interface CheckOptions {
  /** The browser to check in (default Chromium). */
  browser?: BrowserName;
  /** Only these pages (paths relative to the folder); default every .html file under it. */
  pages?: string[];
  /** Told the browser's version once it has started. */
  onStart?: (version: string) => void;
  /** Told each page's result as it comes. */
  onResult?: (r: PageResult) => void;
}

/** Checks every page under `dir` (or the chosen ones), one at a time, in two fresh instances of one
 *  browser, without and with Backstory. */
export async function checkPages(dir: string, options: CheckOptions = {}): Promise<PageResult[]> {
  const { browser = 'chromium', onStart = () => {}, onResult = () => {} } = options;
  const root = resolve(dir);
  // Firefox gets the seed in the served page: in ESR 140 any preload script (even `1`) makes its
  // remote agent report 'Permission denied to access property "length"' page errors, with and
  // without Backstory, on pages with frames (measured: 0 without a preload script).
  const server = browser === 'firefox' ? await serveSeeded(root) : await serve(root);
  let plain: Browsing | null = null;
  let withExt: Browsing | null = null;
  try {
    plain = await openBrowser(browser, false);
    withExt = await openBrowser(browser, true);
    onStart(withExt.version);
    const results: PageResult[] = [];
    for (const name of options.pages ?? listPages(root)) {
      const file = join(root, name);
      const mentions = (await scanFile(file, readFileSync(file, 'utf8'))).mentions;
      const expected = mentions.filter((m) => m.highlighted).length;
      const url = server.url(name.split('/').map(encodeURIComponent).join('/'));
      const r = await checkPage(plain, withExt, url, name, mentions).catch(
        (e: Error): PageResult => ({ ...NOT_CHECKED, page: name, browser, expected, failure: e.message.split('\n')[0] }),
      );
      results.push(r);
      onResult(r);
    }
    return results;
  } finally {
    await Promise.all([plain?.close(), withExt?.close()]);
    await server.close();
  }
}

/** What a hover that opened no card is put down to, in the report. */
export const REASONS: Record<Exclude<HoverOutcome, 'opened'>, string> = {
  covered: 'covered by another element',
  'off-screen': 'off-screen',
  missed: 'hit test missed',
  'wrong card': 'wrong card',
  'not closed': 'its card opened but Escape did not close it',
};

/** Per page: marks tried, cards opened, and how many of the others for each reason. */
export function hoverSummary(r: PageResult): string {
  const opened = r.hovers.filter((h) => h.outcome === 'opened').length;
  const apart = (Object.keys(REASONS) as (keyof typeof REASONS)[])
    .map((o) => [REASONS[o], r.hovers.filter((h) => h.outcome === o).length] as const)
    .filter(([, n]) => n);
  return `tried ${r.hovers.length}, cards ${opened}${apart.map(([o, n]) => `, ${n} ${o}`).join('')}`;
}

/** One line on a browser's whole run. */
export function runSummary(results: PageResult[]): string {
  const differing = results.filter((r) => r.differences.length).length;
  const errors = results.reduce((n, r) => n + r.errors.length, 0);
  const failed = results.filter((r) => r.failure).length;
  const unstable = results.filter((r) => r.unstable).length;
  const hovers = results.flatMap((r) => r.hovers);
  const count = (o: HoverOutcome) => hovers.filter((h) => h.outcome === o).length;
  const noCard = results.filter((r) => r.hovers.some(hoverFailed)).length;
  return (
    `${results.length - failed} pages checked (${results.filter((r) => r.hovers.length).length} with marks), ${differing} with DOM differences, ` +
    `${errors} errors caused by Backstory, ${failed} could not be checked, ${unstable} unstable without Backstory; marks tried ` +
    `${hovers.length}, cards opened ${count('opened')}, covered ${count('covered')}, off-screen ${count('off-screen')}, ` +
    `hit test missed ${count('missed')}, wrong card ${count('wrong card')}, not closed ${count('not closed')} (failed on ${noCard} pages)`
  );
}

/** Whether a run fails: a page differs, errs, could not be checked, or has a mark a reader can point at that opens no card. */
export function runFailed(results: PageResult[]): boolean {
  return results.some((r) => r.failure || r.differences.length || r.errors.length || r.hovers.some(hoverFailed));
}
