// The popup in real Chromium with the built extension: glossary search by keyboard, the page's terms
// and showing one on the page, the badge and icon, the per-site switch across a browser restart, the
// pause, allow-list mode, a corrupted stored value, and accessibility in light and dark.
// BACKSTORY_SCREENSHOTS=1 also writes the README's screenshots to docs/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { launch, serve, ROOT, type Launched, type Served } from '../../harness/browser';
import { highlightCount, openPopup, tabIdOf, tooltipTitle } from '../../harness/page';

const SEED = 'seed-article.html';
/** A real BBC page (tests/fixtures/pages) with terms in its navigation as well as in the article. */
const BBC = 'pages/readability/bbc-1.html';
const SITE = '127.0.0.1';
const SHOTS = process.env.BACKSTORY_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : null;

let browser: Launched;
let server: Served;

/** The saved pages still name their sites' images and scripts: only the local server answers. */
async function start(profile?: string): Promise<Launched> {
  const launched = await launch({ profile });
  await launched.context.route(/^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort());
  return launched;
}

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await start();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path = SEED, marked = true, host = SITE): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path).replace(SITE, host), { waitUntil: 'domcontentloaded' });
  if (marked) await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

/** Opens a page where Backstory is off, and the same page on another site as a control: once the
 * control is marked, the content script has had its chance on the first. */
async function openOffPage(): Promise<Page> {
  const page = await openPage(SEED, false);
  const control = await openPage(SEED, true, 'localhost');
  await control.close();
  return page;
}

async function popupFor(page: Page): Promise<Page> {
  const popup = await openPopup(browser.context, browser.worker, browser.extensionId, page);
  await popup.setViewportSize({ width: 380, height: 600 });
  return popup;
}

function toolbar(worker: Worker, tabId: number): Promise<{ badge: string; title: string }> {
  return worker.evaluate(async (tabId) => {
    const { action } = (globalThis as unknown as { chrome: { action: Record<string, (d: object) => Promise<string>> } }).chrome;
    return { badge: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
  }, tabId);
}

function setStored(worker: Worker, items: Record<string, unknown>): Promise<void> {
  return worker.evaluate((items) => (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set(items), items);
}

function clearStored(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

/** axe-core's serious and critical violations on a page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the extension's pages allow only their own scripts.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const results = (popup: Page) => popup.locator('section[aria-label="Search results"] .title');
const onPage = (popup: Page) => popup.locator('section[aria-labelledby="on-page"] .in-article .title');
const elsewhere = (popup: Page) => popup.locator('ul[aria-labelledby="elsewhere"] .title');

describe('the popup', () => {
  it('searches the glossary, filters by category, and works by keyboard alone', async () => {
    const page = await openPage();
    const popup = await popupFor(page);
    const search = popup.getByRole('searchbox', { name: 'Search the glossary' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

    for (const [query, first] of [
      ['nato', 'NATO'],
      ['erdogan', 'Recep Tayyip Erdoğan'],
      ['Krim', 'Crimea'],
      ['start', 'START I'],
    ]) {
      await search.fill(query);
      await expect.poll(() => results(popup).first().textContent()).toBe(first);
    }
    expect((await results(popup).allTextContents()).slice(0, 3)).toContain('New START');
    await shot(popup, 'popup-search.png');

    // Arrow down to the second result, Enter opens its card, Escape comes back to the same row.
    await search.focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const second = await results(popup).nth(1).textContent();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.card h2').textContent()).toBe(second);
    expect(await popup.locator('.card .timeline li').count()).toBeGreaterThan(0);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.querySelector('.title')?.textContent)).toBe(second);
    // Escape again returns to the search box, and once more clears it: the page's terms come back.
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await popup.keyboard.press('Escape');
    expect(await search.inputValue()).toBe('');
    await expect.poll(() => onPage(popup).count()).toBeGreaterThan(5);

    // The card's related terms open on top of it; Back returns to it, Escape to the list.
    await search.fill('nato');
    await results(popup).first().click();
    await popup.getByRole('navigation', { name: 'Related terms' }).getByRole('button', { name: 'Enlargement of NATO' }).click();
    await expect.poll(() => popup.locator('.card h2').textContent()).toBe('Enlargement of NATO');
    await popup.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => popup.locator('.card h2').textContent()).toBe('NATO');
    await popup.keyboard.press('Escape');
    await results(popup).first().waitFor();

    await popup.getByRole('combobox', { name: 'Category' }).selectOption('summit');
    await expect.poll(() => results(popup).count()).toBeGreaterThan(3);
    const metas = await popup.locator('section[aria-label="Search results"] .meta').allTextContents();
    expect(new Set(metas)).toEqual(new Set(['Summit']));
    await popup.close();
    await page.close();
  });

  it('lists the terms on this page in article order, apart from those elsewhere, and shows one on the page', async () => {
    const page = await openPage(BBC);
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await popupFor(page);
    await expect.poll(() => onPage(popup).count()).toBeGreaterThan(3);
    // The terms elsewhere come from a page scan the popup asks for: they may arrive after the story's.
    await expect.poll(() => elsewhere(popup).count()).toBeGreaterThan(0);
    const article = await onPage(popup).allTextContents();
    const outside = await elsewhere(popup).allTextContents();
    expect(article.filter((t) => outside.includes(t))).toEqual([]);
    expect(await popup.locator('section[aria-labelledby="on-page"] .meta').first().textContent()).toMatch(/\d+ mentions?$/);
    // The badge counts the story's terms.
    expect((await toolbar(browser.worker, tabId)).badge).toBe(String(article.length));
    await shot(popup, 'popup-on-this-page.png');

    // In article order: showing each term in turn never scrolls the page back up.
    let last = -1;
    for (const title of article.slice(0, 4)) {
      await onPage(popup).filter({ hasText: title }).first().click();
      await expect.poll(() => tooltipTitle(page)).toBe(title);
      const y = await page.evaluate(() => scrollY);
      expect(y).toBeGreaterThanOrEqual(last);
      last = y;
    }
    expect(last).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('pauses everywhere at once, and a stored "yes" for the pause falls back to not paused', async () => {
    const [a, b] = [await openPage(), await openPage(BBC)];
    const popup = await popupFor(a);
    const pause = popup.getByRole('checkbox', { name: 'Pause everywhere' });
    await pause.check();
    await expect.poll(() => Promise.all([highlightCount(a), highlightCount(b)])).toEqual([0, 0]);
    await expect.poll(() => popup.locator('.empty').textContent()).toBe('Backstory is paused everywhere.');
    await pause.uncheck();
    await expect.poll(() => highlightCount(b), { timeout: 10_000 }).toBeGreaterThan(0);

    await setStored(browser.worker, { 'settings.paused': 'yes' });
    const fresh = await popupFor(a);
    expect(await fresh.getByRole('checkbox', { name: 'Pause everywhere' }).isChecked()).toBe(false);
    await fresh.getByRole('searchbox').fill('nato');
    await expect.poll(() => results(fresh).first().textContent()).toBe('NATO');
    const c = await openPage();
    expect(await highlightCount(c)).toBeGreaterThan(0);
    await clearStored(browser.worker);
    for (const p of [popup, fresh, a, b, c]) await p.close();
  });

  it('in allow-list mode runs only on the sites the reader allows', async () => {
    await setStored(browser.worker, { 'settings.mode': 'allowlist', 'settings.allowedSites': ['localhost'] });
    const page = await openOffPage();
    const popup = await popupFor(page);
    await popup.getByText('Runs only on the sites you allow.').waitFor();
    expect(await highlightCount(page)).toBe(0);
    await popup.getByRole('button', { name: `Off for ${SITE}` }).click();
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const stored = await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings.allowedSites'),
    );
    expect(stored['settings.allowedSites']).toEqual(['localhost', SITE]);
    await clearStored(browser.worker);

    const options = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Settings' }).click();
    expect(new URL((await options).url()).pathname).toBe('/options.html');
    await popup.close();
    await page.close();
  });

  it('has no serious accessibility problems, in light and in dark', async () => {
    const page = await openPage();
    const popup = await popupFor(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('searchbox').fill('helsinki');
      expect(await axeViolations(popup)).toEqual([]);
      await results(popup).first().click();
      await popup.locator('.card').waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: '← Back' }).click();
      await popup.getByRole('searchbox').fill('');
    }
    await popup.close();
    await page.close();
  });
});

describe('the per-site switch', () => {
  it('switches the site off in one click, greys the icon, and stays off after a browser restart', async () => {
    const page = await openPage();
    const tabId = await tabIdOf(browser.worker, page);
    await expect.poll(async () => (await toolbar(browser.worker, tabId)).badge).toMatch(/^\d+$/);
    const popup = await popupFor(page);
    await popup.getByRole('button', { name: `On for ${SITE}` }).click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => toolbar(browser.worker, tabId)).toEqual({ badge: '', title: 'Backstory is off on this page' });
    await popup.getByRole('button', { name: `Off for ${SITE}` }).waitFor();
    await shot(popup, 'popup-site-off.png');

    await browser.close(true);
    browser = await start(browser.profile);
    const again = await openOffPage();
    const popup2 = await popupFor(again);
    await popup2.getByRole('button', { name: `Off for ${SITE}` }).waitFor();
    expect(await highlightCount(again)).toBe(0);
    await popup2.getByRole('button', { name: `Off for ${SITE}` }).click();
    await expect.poll(() => highlightCount(again), { timeout: 10_000 }).toBeGreaterThan(0);
    const tab2 = await tabIdOf(browser.worker, again);
    await expect.poll(() => toolbar(browser.worker, tab2)).toMatchObject({ title: 'Backstory' });
  });
});
