// Where highlightsFromPoint is missing (Firefox before 150, Safari), hover still works by caret and
// box hit-testing. Chromium is started with the feature switched off, so the page really lacks it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, serve, ROOT, type Launched, type Served } from '../support/browser';
import { highlightCount, hover, tooltipTitle } from '../support/page';

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await launch({ args: ['--disable-blink-features=HighlightsFromPoint'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('opens the card by caret hit-testing when highlightsFromPoint is missing', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('seed-article.html'));
  expect(await page.evaluate(() => typeof (CSS.highlights as unknown as { highlightsFromPoint?: unknown }).highlightsFromPoint)).toBe('undefined');
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(10);
  await hover(page, 'APEC');
  expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
  await hover(page, 'Minsk agreements');
  await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe('Minsk agreements');
  await page.close();
});
