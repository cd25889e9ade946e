// The options page in real Chromium with the built extension: site lists, marking options reaching
// the page, export, import of a valid and an invalid file, and accessibility in light and dark.
// BACKSTORY_SCREENSHOTS=1 also writes docs/screenshots/options.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serve, ROOT, type Launched, type Served } from '../../harness/browser';
import { highlightCount, highlightTexts, shotOf } from '../../harness/page';

const SHOTS = process.env.BACKSTORY_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : null;

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await launch();
  // The saved page still names its site's images and scripts: only the local server answers.
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Stored = Record<string, unknown>;

function stored(): Promise<Stored> {
  return browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Stored> } } } }).chrome.storage.local.get(null),
  );
}

function clearStored(): Promise<void> {
  return browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Backstory settings' }).waitFor();
  return page;
}

const settingsFile = (settings: object) => ({
  name: 'mine.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'backstory-settings', version: 1, settings })),
});

describe('the options page', () => {
  it('adds and removes sites, normalising what the reader types', async () => {
    const page = await openOptions();
    const off = page.getByRole('group', { name: 'Sites switched off' });
    await off.getByRole('textbox', { name: 'Add a site' }).fill('https://www.BBC.co.uk/news');
    await off.getByRole('button', { name: 'Add' }).click();
    await expect.poll(async () => (await stored())['settings.disabledSites']).toEqual(['bbc.co.uk']);
    await off.getByRole('listitem').filter({ hasText: 'bbc.co.uk' }).waitFor();

    await off.getByRole('textbox', { name: 'Add a site' }).fill('chrome://settings');
    await off.getByRole('button', { name: 'Add' }).click();
    expect(await off.getByRole('alert').textContent()).toContain('"chrome://settings" is not a site name');

    await off.getByRole('button', { name: 'Remove bbc.co.uk' }).click();
    await expect.poll(async () => (await stored())['settings.disabledSites']).toBeUndefined();
    await page.close();
  });

  it('changes how pages are marked, and open pages follow at once', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('seed-article.html'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => highlightCount(article), { timeout: 10_000 }).toBeGreaterThan(0);
    const first = await highlightCount(article);

    const term = (await highlightTexts(article))[0];
    const underlined = await shotOf(article, term);
    const page = await openOptions();
    await page.getByRole('radio', { name: 'Every mention' }).check();
    await expect.poll(() => highlightCount(article)).toBeGreaterThan(first);
    await page.getByRole('checkbox', { name: 'Also mark household names' }).check();
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    await page.getByRole('radio', { name: 'Outline' }).check();
    await page.getByRole('slider', { name: 'Delay before a card opens on hover' }).fill('200');
    await expect
      .poll(() => stored())
      .toEqual({
        'settings.density': 'all',
        'settings.includeCommon': true,
        'settings.hiddenCategories': ['person'],
        'settings.highlightStyle': 'outline',
        'settings.hoverDelay': 200,
      });
    // The page shows what it stored once it has re-read it (a render after the write, late on a busy machine).
    await expect.poll(() => page.locator('output').textContent()).toBe('200 ms');
    // The marks moved to the outline style's highlight, and look different.
    await expect.poll(() => article.evaluate(() => CSS.highlights.get('backstory-term-outline')?.size ?? 0)).toBeGreaterThan(first);
    expect(await highlightCount(article)).toBe(0);
    expect((await shotOf(article, term, 'backstory-term-outline')).image.equals(underlined.image)).toBe(false);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export settings' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file).toEqual({
      format: 'backstory-settings',
      version: 1,
      settings: { density: 'all', includeCommon: true, hiddenCategories: ['person'], highlightStyle: 'outline', hoverDelay: 200 },
    });
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 760, height: 900 });
      await page.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    }

    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await expect.poll(() => stored()).toEqual({});
    await expect.poll(() => highlightCount(article)).toBe(first);
    await article.close();
    await page.close();
  });

  it('imports a valid file, and an invalid one changes nothing and says which setting is wrong', async () => {
    const page = await openOptions();
    const input = page.getByLabel('Import settings from a file');
    await input.setInputFiles(settingsFile({ mode: 'allowlist', allowedSites: ['www.lemonde.fr'], density: 'all' }));
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Imported the settings from mine.json.');
    const imported = { 'settings.mode': 'allowlist', 'settings.allowedSites': ['lemonde.fr'], 'settings.density': 'all' };
    await expect.poll(() => stored()).toEqual(imported);
    expect(await page.getByRole('radio', { name: 'Only on the sites I allow' }).isChecked()).toBe(true);
    await page.getByRole('group', { name: /Sites allowed/ }).getByRole('listitem').filter({ hasText: 'lemonde.fr' }).waitFor();

    await input.setInputFiles(settingsFile({ density: 'first', hoverDelay: 'slow' }));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Nothing was imported from mine\.json\. The setting "hoverDelay" is invalid/);
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "backstory-settings",') });
    await expect.poll(() => alert.textContent()).toMatch(/^Nothing was imported from broken\.json\. The file is not valid JSON/);
    expect(await stored()).toEqual(imported);
    await clearStored();
    await page.close();
  });

  it('has no serious accessibility problems, in light and in dark', async () => {
    const page = await openOptions();
    await page.getByRole('group', { name: 'Sites switched off' }).getByRole('textbox').fill('not a site');
    await page.getByRole('group', { name: 'Sites switched off' }).getByRole('button', { name: 'Add' }).click();
    await page.getByRole('alert').first().waitFor();
    // Evaluated rather than added as a script tag: the extension's pages allow only their own scripts.
    await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return (await axe.run()).violations;
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    }
    await page.close();
  });
});
