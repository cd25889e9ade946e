// npm run --silent integrity -- [PAGES_DIR]: loads every saved page in real Chromium twice, without
// and with the built extension, and checks that Backstory leaves the page whole: the same DOM
// (apart from its one host element), no new page or console errors, and the page's own scripts
// doing what they did. It also hovers the first marks of every page as a reader would (real pointer
// moves onto the centre of each mark's first box) and checks that each opens its term's card; a mark
// under another element (a sticky header, an overlay) or without a box on screen is reported apart,
// as a reader could not point at it either. Pages are served from 127.0.0.1 and every other origin is blocked, so runs
// are repeatable and nothing leaves the machine. Exits non-zero when any page differs, or when a mark a
// reader can point at does not open its card.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, serve, ROOT, type Launched } from '../tests/support/browser';
import { HOST, highlightCount, locateMarkInPage, type Located, type Spot } from '../tests/support/page';
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
/** Marks hovered on each page, from the first. */
export const HOVER_MARKS = 3;

/** What hovering one mark did. `opened`: its term's card; `covered`: another element takes the
 *  pointer at the mark's centre and no card opened; `off-screen`: its first box has no size or
 *  cannot be scrolled into the viewport (not hovered); `missed`: nothing opened although the mark
 *  was on top; `wrong card`: a card for another term opened. Only the last two are Backstory's fault. */
export type HoverOutcome = 'opened' | 'covered' | 'off-screen' | 'missed' | 'wrong card';

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
  return h.outcome === 'missed' || h.outcome === 'wrong card';
}

export interface PageResult {
  page: string;
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

/** The page's serialisation without Backstory's host element. */
export function serialise(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll(host).forEach((h) => h.remove());
    return clone.outerHTML;
  }, HOST);
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
function locateMark(page: Page, n: number): Promise<Located | null> {
  return page.evaluate(locateMarkInPage, n);
}

/** Scrolls to a spot and moves the pointer onto it, the way a reader would. */
async function pointAt(page: Page, at: Spot): Promise<void> {
  await page.evaluate(({ scrollX, scrollY }) => window.scrollTo(scrollX, scrollY), at);
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y, { steps: 3 });
}

/** Closes the card the way a reader can (Escape), so the next mark's card is opened afresh. */
async function dismiss(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/** The title of the card open now ('' when none is shown). */
function shownTitle(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const h2 = document.querySelector(host)?.shadowRoot?.querySelector('h2');
    return h2 && h2.getClientRects().length ? (h2.textContent ?? '') : '';
  }, HOST);
}

/** Waits for a card whose title is one of `titles` (any card when `titles` is empty); gives the title shown at the end. */
async function awaitCard(page: Page, titles: string[]): Promise<string> {
  await page
    .waitForFunction(
      ({ host, want }) => {
        const h2 = document.querySelector(host)?.shadowRoot?.querySelector('h2');
        return !!h2 && h2.getClientRects().length > 0 && (want.length === 0 || want.includes(h2.textContent ?? ''));
      },
      { host: HOST, want: titles },
      { timeout: CARD_WAIT_MS },
    )
    .catch(() => {});
  return shownTitle(page);
}

/** Whitespace folded, to compare a live mark's text with the static scan's. */
const fold = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Hovers the first HOVER_MARKS marks on `page` in turn, doing the same scrolling, pointer moves and
 *  Escape on `twin` (the page without Backstory), so both pages see the same events and differ only by
 *  Backstory. `titles` maps a marked text to the titles the static scan gives it. Gives what each hover
 *  did and the spots pointed at. */
async function hoverMarks(page: Page, twin: Page, titles: (text: string) => string[]): Promise<{ hovers: HoverResult[]; spots: Spot[] }> {
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
    else if (mark.coveredBy) hovers.push({ text: mark.text, expected, outcome: 'covered', detail: mark.coveredBy });
    else hovers.push({ text: mark.text, expected, outcome: 'missed' });
    await Promise.all([dismiss(page), dismiss(twin)]);
  }
  return { hovers, spots };
}

/** Seeds Math.random in the page's world (the same in both runs), so pages that draw random ids
 *  serialise the same. Backstory's own world keeps its own Math. */
const SEED_RANDOM = `(() => { let s = 20261125; Math.random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296); })();`;

/** Console lines about loading resources: the page's own requests (its web app manifest too),
 *  blocked or missing here. Backstory makes no requests (see tests/e2e/network.test.ts), so these are never its doing. */
const NETWORK_NOISE = /^console: (Failed to load resource|Unsafe attempt to load URL|A bad HTTP response code|Manifest fetch from)/;

async function load(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(SEED_RANDOM);
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  return { page, errors };
}

/** Loads the page again without Backstory, with the same scrolling, pointing and Escapes, and serialises it. */
async function reloadPlain(context: BrowserContext, url: string, spots: Spot[]): Promise<{ html: string; errors: string[] }> {
  const { page, errors } = await load(context, url);
  try {
    await page.waitForTimeout(SETTLE_MS);
    for (const at of spots) {
      await pointAt(page, at);
      await page.waitForTimeout(HOVER_PAUSE_MS);
      await dismiss(page);
    }
    await page.waitForTimeout(HOVER_PAUSE_MS);
    return { html: await serialise(page), errors };
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

/** Checks one page: `plain` has no extension, `withExt` has the built one. `mentions` are the static
 *  scan's of the saved file: where none is marked, the first highlight is not awaited; they give the
 *  title each hovered mark's card should show. */
export async function checkPage(plain: Launched, withExt: Launched, url: string, name: string, mentions: ScannedMention[]): Promise<PageResult> {
  const expected = mentions.filter((m) => m.highlighted).length;
  const titles = (text: string) => {
    const same = (list: ScannedMention[]) => [...new Set(list.filter((m) => fold(m.text) === fold(text)).map((m) => m.title))];
    const marked = same(mentions.filter((m) => m.highlighted));
    return marked.length ? marked : same(mentions);
  };
  const [a, b] = await Promise.all([load(plain.context, url), load(withExt.context, url)]);
  try {
    const start = Date.now();
    if (expected > 0) {
      await b.page.waitForFunction(() => (CSS.highlights.get('backstory-term-underline')?.size ?? 0) > 0, null, { timeout: HIGHLIGHT_WAIT_MS }).catch(() => {});
    }
    const firstHighlights = await highlightCount(b.page);
    const waited = Date.now() - start;
    await Promise.all([a.page.waitForTimeout(SETTLE_MS), b.page.waitForTimeout(SETTLE_MS)]);
    const highlights = await highlightCount(b.page);
    const { hovers, spots } = highlights > 0 ? await hoverMarks(b.page, a.page, titles) : { hovers: [], spots: [] };
    const cardOpened = hovers.some((h) => h.outcome === 'opened' || h.outcome === 'wrong card');
    const hosts = await b.page.evaluate((host) => document.querySelectorAll(host).length, HOST);
    const [without, withBackstory] = await Promise.all([serialise(a.page), serialise(b.page)]);
    const differences: string[] = [];
    let unstable = false;
    let errors = extra(a.errors, b.errors).filter((e) => !NETWORK_NOISE.test(e));
    if (without !== withBackstory || errors.length) {
      // Pages whose scripts race (async loads, timers) can differ between two plain runs: load it
      // once more without Backstory. What matches either plain run is not Backstory's doing.
      const again = await reloadPlain(plain.context, url, spots);
      unstable = again.html !== without || extra(a.errors, again.errors).length > 0;
      if (without !== withBackstory && again.html !== withBackstory) differences.push(describeDifference(without, withBackstory));
      errors = extra(mostOf(a.errors, again.errors), b.errors).filter((e) => !NETWORK_NOISE.test(e));
    }
    if (hosts > 1 || (cardOpened && hosts !== 1)) differences.push(`${hosts} <${HOST}> elements`);
    return { page: name, expected, firstHighlights, firstAfterMs: waited, highlights, cardOpened, hovers, unstable, differences, errors };
  } finally {
    await Promise.all([a.page.close(), b.page.close()]);
  }
}

const NOT_CHECKED = { firstHighlights: 0, firstAfterMs: 0, highlights: 0, cardOpened: false, hovers: [], unstable: false, differences: [], errors: [] };

/** Checks every page under `dir`, one at a time, in two fresh browsers. */
export async function checkPages(dir: string, onResult: (r: PageResult) => void = () => {}): Promise<PageResult[]> {
  const root = resolve(dir);
  const server = await serve(root);
  const plain = await launch({ extension: null });
  const withExt = await launch();
  try {
    await Promise.all([blockOtherOrigins(plain.context), blockOtherOrigins(withExt.context)]);
    const results: PageResult[] = [];
    for (const name of listPages(root)) {
      const file = join(root, name);
      const mentions = (await scanFile(file, readFileSync(file, 'utf8'))).mentions;
      const expected = mentions.filter((m) => m.highlighted).length;
      const url = server.url(name.split('/').map(encodeURIComponent).join('/'));
      const r = await checkPage(plain, withExt, url, name, mentions).catch(
        (e: Error): PageResult => ({ ...NOT_CHECKED, page: name, expected, failure: e.message.split('\n')[0] }),
      );
      results.push(r);
      onResult(r);
    }
    return results;
  } finally {
    await Promise.all([plain.close(), withExt.close()]);
    await server.close();
  }
}

/** Per page: marks tried, cards opened, and the marks a reader could not point at. */
export function hoverSummary(r: PageResult): string {
  const opened = r.hovers.filter((h) => h.outcome === 'opened').length;
  const apart = (['covered', 'off-screen'] as const).map((o) => [o, r.hovers.filter((h) => h.outcome === o).length] as const).filter(([, n]) => n);
  return `cards ${opened}/${r.hovers.length}${apart.map(([o, n]) => `, ${n} ${o}`).join('')}`;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(ROOT, 'tests', 'fixtures', 'pages');
  const results = await checkPages(dir, (r) => {
    const status = r.failure ? 'FAILED' : r.differences.length || r.errors.length ? 'DIFFERS' : r.hovers.some(hoverFailed) ? 'NO CARD' : 'ok';
    const first = `${r.firstHighlights} after ${r.firstAfterMs} ms`;
    const notes = [r.unstable ? 'unstable without Backstory' : '', r.failure ?? ''].filter(Boolean).join('; ');
    console.log(
      `${status}\t${r.page}\thighlights=${r.highlights} (first ${first}; static scan ${r.expected})\t${hoverSummary(r)}\t${notes}`,
    );
    for (const h of r.hovers.filter((x) => x.outcome !== 'opened')) {
      console.log(`  ${hoverFailed(h) ? 'no card' : 'not hoverable'}: "${fold(h.text)}" ${h.outcome}${h.detail ? ` (${h.detail})` : ''}`);
    }
    for (const d of r.differences) console.log(`  difference ${d}`);
    for (const e of r.errors) console.log(`  error ${e}`);
  });
  const differing = results.filter((r) => r.differences.length).length;
  const errors = results.reduce((n, r) => n + r.errors.length, 0);
  const failed = results.filter((r) => r.failure).length;
  const unstable = results.filter((r) => r.unstable).length;
  const hovers = results.flatMap((r) => r.hovers);
  const count = (o: HoverOutcome) => hovers.filter((h) => h.outcome === o).length;
  const noCard = results.filter((r) => r.hovers.some(hoverFailed)).length;
  console.log(
    `${results.length - failed} pages checked, ${differing} with DOM differences, ${errors} errors caused by Backstory, ` +
      `${failed} could not be checked, ${unstable} unstable without Backstory; marks hovered ${hovers.length}, cards opened ` +
      `${count('opened')}, covered ${count('covered')}, off-screen ${count('off-screen')}, no card ${count('missed') + count('wrong card')} ` +
      `(on ${noCard} pages)`,
  );
  process.exitCode = differing || errors || failed || noCard ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
