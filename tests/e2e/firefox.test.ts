// The core flow in Firefox ESR: highlights on the seed article and the card on hover.
import { expect, it } from 'vitest';
import { useBrowser } from '../support/suite';
import { launchFirefox } from '../support/firefox';

const suite = useBrowser(() => launchFirefox());

it('marks the seed article and shows a card on hover in Firefox', async () => {
  const page = await suite.browser.newPage();
  await page.goto(suite.server.url('seed-article.html'));
  const count = () => page.evaluate(() => CSS.highlights.get('backstory-term-underline')?.size ?? 0);
  await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(10);
  const point = await page.evaluate(() => {
    const range = [...((CSS.highlights.get('backstory-term-underline') as Set<Range> | undefined) ?? [])].find((r) => r.toString() === 'APEC')!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(point.x - 4, point.y);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const title = () => page.evaluate(() => document.querySelector('backstory-root')?.shadowRoot?.querySelector('h2')?.textContent ?? '');
  await expect.poll(title, { timeout: 5000 }).toBe('Asia-Pacific Economic Cooperation');
  await page.close();
});

it('styles the marks in an open shadow root in Firefox', async () => {
  const page = await suite.browser.newPage();
  await page.goto(suite.server.url('experience/shadow.html'));
  const count = () => page.evaluate(() => CSS.highlights.get('backstory-term-underline')?.size ?? 0);
  await expect.poll(count, { timeout: 15_000 }).toBe(1);
  // Document sheets do not reach into the root: the highlight rules must be adopted there (ESR 140
  // hides adoptedStyleSheets from content scripts, lib/page/adopted-sheets.ts).
  const adopted = () =>
    page.evaluate(() =>
      [...(document.querySelector('story-body')?.shadowRoot?.adoptedStyleSheets ?? [])].some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(backstory-term-underline)'))),
    );
  await expect.poll(adopted, { timeout: 5000 }).toBe(true);
  await page.close();
});
