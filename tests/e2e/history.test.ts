// The reading history in real Chromium with the built extension: a card opened is remembered (term,
// page title, site, time), the popup lists it under Recently read and reopens its card, a card read
// before says what changed since, and the switch, clear and export on the options page work.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, ROOT, type Launched, type Served } from '../../harness/browser';
import { highlightCount, hover, openPopup, tooltipTitle } from '../../harness/page';

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Stored = Record<string, unknown>;
const storage = (b: Launched) => b.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Stored> } } } }).chrome.storage.local.get(null));
const store = (b: Launched, items: Stored) =>
  b.worker.evaluate((i) => (globalThis as unknown as { chrome: { storage: { local: { set(i: Stored): Promise<void> } } } }).chrome.storage.local.set(i), items);
const reads = async () => ((await storage(browser)).history ?? []) as { id: string; page: string; site: string; at: string }[];

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

describe('reading history', () => {
  it('remembers the cards opened, lists them under Recently read newest first, searchable, and reopens a card from there', async () => {
    const page = await open('seed-article.html');
    await hover(page, 'APEC');
    expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
    await expect.poll(reads).toHaveLength(1);
    const [first] = await reads();
    expect(first).toMatchObject({ id: 'apec', page: await page.title(), site: '127.0.0.1' });
    expect(Date.now() - Date.parse(first.at)).toBeLessThan(60_000);
    await page.keyboard.press('Escape');
    await hover(page, 'New START treaty');
    expect(await tooltipTitle(page)).toBe('New START');
    await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['new-start', 'apec']);

    const popup = await openPopup(browser.context, browser.worker, browser.extensionId, page);
    await popup.getByRole('button', { name: 'Recently read' }).click();
    const rows = popup.locator('section[aria-label="Recently read"] .title');
    // Newest first.
    await expect.poll(() => rows.allTextContents()).toEqual(['New START', 'Asia-Pacific Economic Cooperation']);
    await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('nothing like it');
    await expect.poll(() => rows.count()).toBe(0);
    await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('asia');
    await rows.first().click();
    await expect.poll(() => popup.locator('.card h2').textContent()).toBe('Asia-Pacific Economic Cooperation');
    await popup.close();
    await page.close();
  });

  it('tells what changed since the term was last read', async () => {
    await store(browser, { history: [{ id: 'new-start', page: 'An older story', site: 'example.com', at: '2020-01-01T08:00:00.000Z' }] });
    const page = await open('experience/linked.html');
    await hover(page, 'New START treaty');
    expect(await tooltipTitle(page)).toBe('New START');
    const since = page.locator('backstory-root .since-read');
    await expect.poll(() => since.textContent()).toContain('Since you last read about this (1 January 2020):');
    expect(await since.textContent()).toContain('Status: Expired');
    await expect.poll(async () => (await reads()).map((r) => r.page)).toEqual([await page.title(), 'An older story']);
    await page.close();
  });

  it('switched off, remembers nothing more; clear removes it; export gives a file of its own', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Remember the terms/ }).uncheck();
    await expect.poll(async () => (await storage(browser))['settings.history']).toBe(false);
    const before = await reads();
    const page = await open('seed-article.html');
    await hover(page, 'APEC');
    expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
    await page.waitForTimeout(1000);
    expect(await reads()).toEqual(before);
    await page.close();

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export reading history' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file).toEqual({ backstoryHistory: 1, reads: before });
    await options.getByRole('button', { name: 'Clear reading history' }).click();
    await expect.poll(async () => (await storage(browser)).history).toBeUndefined();
    await options.getByText('The reading history is cleared.').waitFor();
    await options.getByRole('checkbox', { name: /Remember the terms/ }).check();
    await options.close();
  });
});
