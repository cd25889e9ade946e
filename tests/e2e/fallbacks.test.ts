// Where highlightsFromPoint is missing (Firefox before 150, Safari), hover still works by caret and
// box hit-testing. Chromium is started with the feature switched off, so the page really lacks it.
import { expect, it } from 'vitest';
import { launch } from '../support/browser';
import { useBrowser } from '../support/suite';
import { highlightCount, hover, tooltipTitle } from '../support/page';

const suite = useBrowser(() => launch({ args: ['--disable-blink-features=HighlightsFromPoint'] }));

it('opens the card by caret hit-testing when highlightsFromPoint is missing', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url('seed-article.html'));
  expect(await page.evaluate(() => typeof (CSS.highlights as unknown as { highlightsFromPoint?: unknown }).highlightsFromPoint)).toBe('undefined');
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(10);
  await hover(page, 'APEC');
  expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
  await hover(page, 'Minsk agreements');
  await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe('Minsk agreements');
  await page.close();
});
