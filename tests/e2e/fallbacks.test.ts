// Where highlightsFromPoint is missing (Firefox before 150, Safari), hover still works by caret and
// box hit-testing. Chromium is started with the feature switched off, so the page really lacks it.
import { expect, it } from 'vitest';
import { launch } from '../../harness/browser';
import { useBrowser } from '../support/suite';
import { highlightCount, hover, tooltipTitle } from '../../harness/page';

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

// Where the CSS Custom Highlight API is missing (older browsers), terms are wrapped in <backstory-mark>
// elements. Chromium has no switch for the API, and deleting it in the page's world does not reach
// the content script's isolated world, which has its own globals: so the test removes `Highlight`
// (and the registry) from that world over CDP as soon as the world is created. The highlighter is made only when there
// is first something to paint (after the background's answer), long after this lands.
const plainSuite = useBrowser(() => launch());
/** A browser without the API has neither the constructor nor the registry (nor highlightsFromPoint on it). */
const REMOVE_API = `delete globalThis.Highlight; delete CSS.highlights; typeof globalThis.Highlight + ' ' + typeof CSS.highlights`;

it('wraps terms in <backstory-mark> elements and opens the card on hover when the Highlight API is missing', async () => {
  const { context, extensionId } = plainSuite.browser;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const removed: Promise<string>[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    const aux = c.auxData as { type?: string } | undefined;
    if (aux?.type !== 'isolated' || !c.origin.includes(extensionId)) return;
    removed.push(
      cdp
        .send('Runtime.evaluate', { contextId: c.id, expression: REMOVE_API, returnByValue: true })
        .then((r) => String(r.result.value)),
    );
  });
  await cdp.send('Runtime.enable');
  await page.goto(plainSuite.server.url('seed-article.html'));
  const marks = () => page.evaluate(() => document.querySelectorAll('backstory-mark').length);
  await expect.poll(marks, { timeout: 10_000 }).toBeGreaterThan(10);
  expect(await Promise.all(removed)).toContain('undefined undefined');
  // The page itself still has the API, and Backstory registered nothing with it.
  expect(await page.evaluate(() => typeof Highlight)).toBe('function');
  expect(await highlightCount(page)).toBe(0);
  const apec = page.locator('backstory-mark', { hasText: /^APEC$/ }).first();
  await apec.scrollIntoViewIfNeeded();
  const box = (await apec.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 3 });
  expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
  await page.close();
});
