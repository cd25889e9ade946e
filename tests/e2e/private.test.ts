// Nothing is remembered from a private window, in real Chromium with the built extension: the
// extension allowed in Incognito (as a reader does on chrome://extensions), a page opened in an
// incognito window is marked and its cards open, yet the reading history in storage.local does not
// change; the same cards opened in a normal window are remembered, so the check can fail.
// The Firefox counterpart is in tests/e2e/firefox.test.ts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, ROOT, type Launched, type Served } from '../../harness/browser';
import { highlightCount, hover, tooltipTitle } from '../../harness/page';

let browser: Launched;
let server: Served;
/** An extension page (the options page) in the normal window: storage and windows are read from it. */
let ext: Page;

type Read = { id: string; page: string; site: string; at: string };
type Chrome = {
  chrome: {
    storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } };
    windows: { create(o: { incognito: boolean; url: string }): Promise<{ tabs?: { id?: number; incognito: boolean }[] }> };
    tabs: { get(id: number): Promise<{ incognito: boolean }> };
    extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  };
};
type DeveloperPrivate = {
  chrome: {
    developerPrivate: {
      updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
      updateExtensionConfiguration(c: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
    };
  };
};

const reads = async () => ((await ext.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get(null))).history ?? []) as Read[];

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await launch();
  // "Allow in Incognito" on the extension's details page, through that page's own API. Developer mode
  // first: without it Chromium disables an unpacked extension when the switch reloads it.
  const details = await browser.context.newPage();
  await details.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await details.evaluate(async (extensionId) => {
    const api = (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate;
    await api.updateProfileConfiguration({ inDeveloperMode: true });
    await api.updateExtensionConfiguration({ extensionId, incognitoAccess: true });
  }, browser.extensionId);
  await details.close();
  // The extension reloads: its pages load again once it is back.
  ext = await browser.context.newPage();
  for (let tries = 0; ; tries++) {
    const loaded = await ext.goto(`chrome-extension://${browser.extensionId}/options.html`).then(
      () => true,
      () => false,
    );
    if (loaded) break;
    if (tries === 20) throw new Error('the extension did not come back after being allowed in Incognito');
    await ext.waitForTimeout(500);
  }
  await ext.locator('h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function hoverCard(page: Page, term: string, title: string): Promise<void> {
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await hover(page, term);
  expect(await tooltipTitle(page)).toBe(title);
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
}

it('remembers nothing from an incognito window, where the extension runs, and remembers the same cards in a normal one', async () => {
  expect(await ext.evaluate(() => (globalThis as unknown as Chrome).chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  await ext.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.remove('history'));

  // A normal window: the card opened is remembered.
  const normal = await browser.context.newPage();
  await normal.goto(server.url('seed-article.html'));
  await hoverCard(normal, 'APEC', 'Asia-Pacific Economic Cooperation');
  await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['apec']);
  const before = await reads();
  expect(before[0]).toMatchObject({ page: await normal.title(), site: '127.0.0.1' });

  // An incognito window, opened by the extension itself (Playwright's own contexts are not incognito
  // windows the extension can be allowed in).
  const url = server.url('seed-article.html');
  const opened = await ext.evaluate((u) => (globalThis as unknown as Chrome).chrome.windows.create({ incognito: true, url: u }), url);
  const tabId = opened.tabs?.[0]?.id;
  expect(opened.tabs?.[0]?.incognito).toBe(true);
  expect(await ext.evaluate((id) => (globalThis as unknown as Chrome).chrome.tabs.get(id), tabId!)).toMatchObject({ incognito: true });
  let incognito: Page | undefined;
  await expect.poll(() => (incognito = browser.context.pages().find((p) => p !== normal && p.url() === url)), { timeout: 10_000 }).toBeDefined();
  // The content script runs there: marks, and cards on hover (one read before, one never read).
  await hoverCard(incognito!, 'APEC', 'Asia-Pacific Economic Cooperation');
  await hoverCard(incognito!, 'New START treaty', 'New START');

  // A card opened afterwards in the normal window is remembered: the background has answered the
  // incognito window's cards by then, and the history holds this read and the first, nothing else.
  await hoverCard(normal, 'ISIS', 'Islamic State');
  await expect.poll(async () => (await reads()).map((r) => r.id)).toEqual(['isis', 'apec']);
  expect((await reads())[1]).toEqual(before[0]);
  await incognito!.close();
  await normal.close();
});
