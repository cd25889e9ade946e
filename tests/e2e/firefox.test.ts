// The core flow in Firefox ESR: highlights on the seed article, the card on hover, the reading history
// (Recently read in the popup, "since you last read", the switch, export and clear on the options
// page, nothing from a private window), and the card of the first marks of every fixture page.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, serve } from '../../harness/browser';
import { locateMarkInPage, markCountIn, MARKS } from '../../harness/page';
import { useBrowser } from '../support/suite';
import { FIREFOX_BUILD, firefoxPath, launchFirefox } from '../../harness/firefox';

/** Marks hovered on each page, from the first (as npm run integrity does). */
const HOVER_MARKS = 3;

const suite = useBrowser(() => launchFirefox());

it('marks the seed article and shows a card on hover in Firefox', async () => {
  const page = await suite.browser.newPage();
  await page.goto(suite.server.url('seed-article.html'));
  const count = () => page.evaluate(markCountIn, MARKS);
  await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(10);
  const point = await page.evaluate((name: string) => {
    const range = [...((CSS.highlights.get(name) as Set<Range> | undefined) ?? [])].find((r) => r.toString() === 'APEC')!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, MARKS);
  await page.mouse.move(point.x - 4, point.y);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const title = () => page.evaluate(() => document.querySelector('backstory-root')?.shadowRoot?.querySelector('h2')?.textContent ?? '');
  await expect.poll(title, { timeout: 5000 }).toBe('Asia-Pacific Economic Cooperation');
  await page.close();
});

it('remembers a card read, and says so when it is opened again on the next visit, in Firefox', async () => {
  const page = await suite.browser.newPage();
  // A term no other test here hovers: its first card is its first reading.
  const term = 'Intermediate-Range Nuclear Forces Treaty';
  const hoverTerm = async () => {
    await page.goto(suite.server.url('experience/dated.html'));
    await expect.poll(() => page.evaluate(markCountIn, MARKS), { timeout: 15_000 }).toBeGreaterThan(0);
    const index = await page.evaluate(([t, name]) => [...(CSS.highlights.get(name) as unknown as Set<Range>)].findIndex((r) => r.toString() === t), [term, MARKS] as const);
    const mark = await page.evaluate(locateMarkInPage, [index, MARKS] as const);
    await page.mouse.move(mark!.spot!.x - 4, mark!.spot!.y);
    await page.mouse.move(mark!.spot!.x, mark!.spot!.y, { steps: 3 });
  };
  const text = (selector: string) => page.evaluate((s) => document.querySelector('backstory-root')?.shadowRoot?.querySelector(s)?.textContent ?? '', selector);
  await hoverTerm();
  await expect.poll(() => text('h2'), { timeout: 5000 }).toBe(term);
  await new Promise((r) => setTimeout(r, 500)); // the history answers after the card opens
  expect(await text('.since-read')).toBe('');
  await hoverTerm();
  await expect.poll(() => text('h2'), { timeout: 5000 }).toBe(term);
  await expect.poll(() => text('.since-read'), { timeout: 5000 }).toMatch(/^You last read about this on \d{1,2} \w+ \d{4}; nothing here has changed since\.$/);
  await page.close();
});

it('styles the marks in an open shadow root in Firefox', async () => {
  const page = await suite.browser.newPage();
  await page.goto(suite.server.url('experience/shadow.html'));
  const count = () => page.evaluate(markCountIn, MARKS);
  await expect.poll(count, { timeout: 15_000 }).toBe(1);
  // Document sheets do not reach into the root: the highlight rules must be adopted there (ESR 140
  // hides adoptedStyleSheets from content scripts, lib/content/paint/adopted-sheets.ts).
  const adopted = () =>
    page.evaluate(
      (name) => [...(document.querySelector('story-body')?.shadowRoot?.adoptedStyleSheets ?? [])].some((s) => [...s.cssRules].some((r) => r.cssText.includes(`::highlight(${name})`))),
      MARKS,
    );
  await expect.poll(adopted, { timeout: 5000 }).toBe(true);
  await page.close();
});

describe('reading history in Firefox', () => {
  // A browser of its own: its history starts empty, the extension's pages open at a known address,
  // the extension may run in private windows, and downloads land in a folder of the test's.
  const UUID = '6f1d2c3b-8a4e-4b7f-9c2d-0e5a7b3c9d41';
  let ff: Browser;
  let profile: string;
  let downloads: string;
  /** An extension page (the options page): storage.local and windows are reached from it. */
  let ext: Page;

  type Read = { id: string; page: string; site: string; at: string };
  type Api = {
    browser: {
      storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(i: object): Promise<void>; remove(k: string): Promise<void> } };
      tabs: { query(q: object): Promise<{ id?: number }[]>; get(id: number): Promise<{ incognito: boolean }> };
      windows: { create(o: { incognito: boolean; url: string }): Promise<{ tabs?: { id?: number; incognito: boolean }[] }> };
      extension: { isAllowedIncognitoAccess(): Promise<boolean> };
    };
  };
  const stored = () => ext.evaluate(() => (globalThis as unknown as Api).browser.storage.local.get(null));
  const reads = async () => ((await stored()).history ?? []) as Read[];

  /** Opens one of the extension's pages in a new tab. BiDi does not report its load: its h1 is waited for. */
  async function extensionPage(path: string): Promise<Page> {
    const page = await ff.newPage();
    await page.goto(`moz-extension://${UUID}/${path}`, { waitUntil: [] });
    await waitForElement(page, (s) => document.querySelector(s), 'h1', 10_000);
    return page;
  }
  async function open(path: string): Promise<Page> {
    const page = await ff.newPage();
    await page.goto(suite.server.url(path));
    return page;
  }
  const cardTitle = (page: Page) => page.evaluate(() => document.querySelector('backstory-root')?.shadowRoot?.querySelector('h2')?.textContent ?? '');
  /** Points at the mark `text` as a reader does and waits for its card; then closes it. */
  async function readCard(page: Page, text: string, title: string): Promise<void> {
    await expect.poll(() => page.evaluate(markCountIn, MARKS), { timeout: 15_000 }).toBeGreaterThan(0);
    const index = await page.evaluate(([t, name]) => [...(CSS.highlights.get(name) as unknown as Set<Range>)].findIndex((r) => r.toString() === t), [text, MARKS] as const);
    expect(index, `a mark "${text}"`).toBeGreaterThanOrEqual(0);
    const mark = await page.evaluate(locateMarkInPage, [index, MARKS] as const);
    await page.mouse.move(mark!.spot!.x - 4, mark!.spot!.y);
    await page.mouse.move(mark!.spot!.x, mark!.spot!.y, { steps: 3 });
    await expect.poll(() => cardTitle(page), { timeout: 5000 }).toBe(title);
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  }
  /**
   * The element `find` gives in `page`, once it gives one. Polled from here: on ESR 140 an extension
   * page's CSP blocks the Function() that puppeteer's own waitForFunction evaluates there.
   */
  async function waitForElement<T extends Element>(page: Page, find: (arg: string) => T | null | undefined, arg: string, timeout = 5000): Promise<ElementHandle<T>> {
    for (const deadline = Date.now() + timeout; ; ) {
      const element = (await page.evaluateHandle(find, arg)).asElement();
      if (element) return element as ElementHandle<T>;
      if (Date.now() > deadline) throw new Error(`no element found by ${find.toString()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function clickButton(page: Page, name: string): Promise<void> {
    const button = await waitForElement(page, (n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n), name);
    await button.click();
  }
  const texts = (page: Page, selector: string) => page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);

  beforeAll(async () => {
    const manifest = join(FIREFOX_BUILD, 'manifest.json');
    if (!existsSync(manifest)) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run npm run build first.`);
    const addonId = (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
    profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-profile-'));
    downloads = mkdtempSync(join(tmpdir(), 'backstory-firefox-downloads-'));
    // "Run in Private Windows: Allow", as a reader sets it on about:addons: Firefox keeps the
    // permission in the profile's extension-preferences.json.
    writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify({ [addonId]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }));
    ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      protocol: 'webDriverBiDi',
      userDataDir: profile,
      // Firefox 153's remote agent opens moz-extension:// pages only with this (ESR 140 always does).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'network.proxy.type': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      },
    });
    await ff.installExtension(FIREFOX_BUILD);
    ext = await extensionPage('options.html');
  });
  afterAll(async () => {
    await ff?.close();
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('remembers the cards opened and lists them under Recently read, newest first, searchable, each row reopening its card', async () => {
    const page = await open('seed-article.html');
    await readCard(page, 'APEC', 'Asia-Pacific Economic Cooperation');
    await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['apec']);
    const [first] = await reads();
    expect(first).toMatchObject({ page: await page.title(), site: '127.0.0.1' });
    expect(Date.now() - Date.parse(first.at)).toBeLessThan(60_000);
    await readCard(page, 'New START treaty', 'New START');
    await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['new-start', 'apec']);

    // The popup for the article's tab (the active tab once the article is in front).
    await page.bringToFront();
    const [tab] = await ext.evaluate(() => (globalThis as unknown as Api).browser.tabs.query({ active: true, lastFocusedWindow: true }));
    const popup = await extensionPage(`popup.html?tab=${tab.id}`);
    await clickButton(popup, 'Recently read');
    const rows = 'section[aria-label="Recently read"] .title';
    await expect.poll(() => texts(popup, rows)).toEqual(['New START', 'Asia-Pacific Economic Cooperation']);
    const search = await waitForElement(popup, (s) => document.querySelector<HTMLInputElement>(s), 'input[type="search"][aria-label="Search the glossary"]');
    await search.type('nothing like it');
    await expect.poll(() => texts(popup, rows)).toEqual([]);
    await search.click({ count: 3 });
    await search.type('asia');
    await expect.poll(() => texts(popup, rows)).toEqual(['Asia-Pacific Economic Cooperation']);
    await popup.click(rows);
    await expect.poll(() => texts(popup, '.card h2')).toEqual(['Asia-Pacific Economic Cooperation']);
    await popup.close();
    await page.close();
  });

  it('says what changed since the term was last read', async () => {
    await ext.evaluate(
      (items) => (globalThis as unknown as Api).browser.storage.local.set(items),
      { history: [{ id: 'new-start', page: 'An older story', site: 'example.com', at: '2020-01-01T08:00:00.000Z' }] },
    );
    const page = await open('experience/linked.html');
    await expect.poll(() => page.evaluate(markCountIn, MARKS), { timeout: 15_000 }).toBeGreaterThan(0);
    const index = await page.evaluate((name) => [...(CSS.highlights.get(name) as unknown as Set<Range>)].findIndex((r) => r.toString() === 'New START treaty'), MARKS);
    const mark = await page.evaluate(locateMarkInPage, [index, MARKS] as const);
    await page.mouse.move(mark!.spot!.x - 4, mark!.spot!.y);
    await page.mouse.move(mark!.spot!.x, mark!.spot!.y, { steps: 3 });
    await expect.poll(() => cardTitle(page), { timeout: 5000 }).toBe('New START');
    const since = () => page.evaluate(() => document.querySelector('backstory-root')?.shadowRoot?.querySelector('.since-read')?.textContent ?? '');
    await expect.poll(since, { timeout: 5000 }).toContain('Since you last read about this (1 January 2020):');
    expect(await since()).toContain('Status: Expired');
    await expect.poll(async () => (await reads()).map((r) => r.page)).toEqual([await page.title(), 'An older story']);
    await page.close();
  });

  it('remembers nothing from a private window, where the extension runs, and remembers the same cards in a normal one', async () => {
    expect(await ext.evaluate(() => (globalThis as unknown as Api).browser.extension.isAllowedIncognitoAccess())).toBe(true);
    await ext.evaluate(() => (globalThis as unknown as Api).browser.storage.local.remove('history'));
    const normal = await open('seed-article.html');
    await readCard(normal, 'APEC', 'Asia-Pacific Economic Cooperation');
    await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['apec']);
    const before = await reads();

    // A private window, opened by the extension (allowed there, as a reader allows it).
    const url = suite.server.url('seed-article.html');
    const opened = await ext.evaluate((u) => (globalThis as unknown as Api).browser.windows.create({ incognito: true, url: u }), url);
    expect(opened.tabs?.[0]?.incognito).toBe(true);
    expect(await ext.evaluate((id) => (globalThis as unknown as Api).browser.tabs.get(id), opened.tabs![0].id!)).toMatchObject({ incognito: true });
    let priv: Page | undefined;
    await expect.poll(async () => (priv = (await ff.pages()).find((p) => p !== normal && p.url() === url)), { timeout: 10_000 }).toBeDefined();
    // The content script runs there: marks, and cards on hover (one read before, one never read).
    await readCard(priv!, 'APEC', 'Asia-Pacific Economic Cooperation');
    await readCard(priv!, 'New START treaty', 'New START');

    // A card opened afterwards in the normal window is remembered; the history holds it and the
    // first read, nothing from the private window.
    await readCard(normal, 'ISIS', 'Islamic State');
    await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['isis', 'apec']);
    expect((await reads())[1]).toEqual(before[0]);
    await priv!.close();
    await normal.close();
  });

  it('switched off, remembers nothing more; export gives a file of its own; clear removes it', async () => {
    const options = await extensionPage('options.html');
    const checkbox = await waitForElement(
      options,
      (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(text))?.querySelector<HTMLInputElement>('input[type="checkbox"]'),
      'Remember the terms',
    );
    expect(await checkbox.evaluate((c) => c.checked)).toBe(true);
    await checkbox.click();
    await expect.poll(async () => (await stored())['settings.history']).toBe(false);
    const before = await reads();
    expect(before.length).toBeGreaterThan(0);
    const page = await open('seed-article.html');
    await readCard(page, 'New START treaty', 'New START');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await reads()).toEqual(before);
    await page.close();

    await clickButton(options, 'Export reading history');
    const file = join(downloads, 'backstory-history.json');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').endsWith('\n'), { timeout: 10_000 }).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ backstoryHistory: 1, reads: before });
    await clickButton(options, 'Clear reading history');
    await expect.poll(async () => (await stored()).history).toBeUndefined();
    await expect.poll(() => options.evaluate(() => document.body.textContent ?? '')).toContain('The reading history is cleared.');
    // Switched on again (the default, which the store keeps as no setting at all).
    await checkbox.click();
    await expect.poll(async () => (await stored())['settings.history']).not.toBe(false);
    await options.close();
  });
});

it('opens the card of the first marks of every fixture page in Firefox, as a reader hovers them', async () => {
  // As npm run integrity does in Chromium: each of the first HOVER_MARKS marks scrolled to the middle
  // of the window and pointed at its centre. A mark another element covers is reported, not failed.
  // HOVER_PAGES=DIR runs it on another folder of saved pages (a larger corpus) instead.
  const dir = process.env.HOVER_PAGES ?? join(ROOT, 'tests', 'fixtures', 'pages');
  const server = process.env.HOVER_PAGES ? await serve(dir) : null;
  const urlOf = (file: string) => (server ? server.url(file) : suite.server.url(`pages/${file}`));
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  const lines: string[] = [];
  const failures: string[] = [];
  let tried = 0;
  let opened = 0;
  for (const file of pages) {
    const page = await suite.browser.newPage();
    const url = urlOf(file);
    // A saved page's own script may start a navigation of its own, which Firefox's remote protocol
    // reports as a rejected load: such a page is listed as not checked.
    const load = () => page.goto(url, { waitUntil: 'load' });
    // Tried twice: the rejection is not always the page's doing.
    const loaded = await load().catch(load).then(
      () => true,
      (err: Error) => page.url() === url || (lines.push(`  ${file}: not checked (${err.message.replace(/\s+/g, ' ').slice(0, 80)})`), false),
    );
    if (!loaded) {
      await page.close();
      continue;
    }
    const count = () => page.evaluate(markCountIn, MARKS);
    // Marks settle within a few seconds; a page with none stays at 0.
    let marks = 0;
    for (let waited = 0, still = 0; waited < 6000 && still < 1500; waited += 250) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await count();
      still = now === marks && now > 0 ? still + 250 : 0;
      marks = now;
    }
    let pageOpened = 0;
    let covered = 0;
    for (let i = 0; i < Math.min(HOVER_MARKS, marks); i++) {
      const mark = await page.evaluate(locateMarkInPage, [i, MARKS] as const);
      if (!mark?.spot) continue;
      if (mark.coveredBy) {
        covered++;
        continue;
      }
      tried++;
      const { x, y } = mark.spot;
      await page.mouse.move(x - 3, y);
      await page.mouse.move(x, y, { steps: 3 });
      const title = () => page.evaluate(() => document.querySelector('backstory-root')?.shadowRoot?.querySelector('h2')?.textContent ?? '');
      const deadline = Date.now() + 4000;
      while (!(await title()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (await title()) pageOpened++;
      else failures.push(`${file}: "${mark.text}" opened no card`);
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
    }
    opened += pageOpened;
    lines.push(`  ${file}: ${marks} marks, cards ${pageOpened}/${Math.min(HOVER_MARKS, marks) - covered}${covered ? `, ${covered} covered` : ''}`);
    await page.close();
  }
  await server?.close();
  console.log(`Firefox hover on ${pages.length} pages of ${dir === process.env.HOVER_PAGES ? dir : 'the fixtures'}: ${tried} marks tried, ${opened} cards opened\n${lines.join('\n')}`);
  expect(failures).toEqual([]);
  if (!server) expect(tried).toBeGreaterThan(10);
}, 900_000);
