// npm run demo: the built extension on the bundled sample article in headless Chromium. Writes
// screenshots (page with highlights, tooltip, popup, the popup on a dated article, a card read again,
// the recently read list, a card with contested names, a card past its entry's review-by date) and a summary of the terms found to demo-output/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import entries from '../lib/generated/entries.json' with { type: 'json' };
import type { Entry } from '../lib/dataset/schema';
import { chromiumPath, launch, serve, ROOT } from '../harness/browser';
import { highlightTexts, hover, MARKS, openPopup, tooltipTitle } from '../harness/page';

const OUT = join(ROOT, 'demo-output');
const ARTICLE = 'seed-article.html';
const HOVER_TERM = 'New START treaty';
/** A card past its entry's review-by date (25 May 2027): the page's clock is set to a later day. */
const STALE_TERM = 'Syrian civil war';
const STALE_CLOCK = '2027-07-01T10:00:00Z';
/** Lets the card's entrance transition finish before a screenshot. */
const SETTLE_MS = 300;

try {
  chromiumPath();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
const server = await serve(join(ROOT, 'tests', 'fixtures'));
const browser = await launch();
/** Opens a fixture page, hovers a term and photographs its card. */
async function cardShot(path: string, term: string, file: string, show?: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MARKS, { timeout: 15_000 });
  await hover(page, term);
  await tooltipTitle(page);
  if (show) await page.locator(`backstory-root ${show}`).scrollIntoViewIfNeeded();
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, file) });
}

try {
  const page = await browser.context.newPage();
  await page.goto(server.url(ARTICLE));
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MARKS, { timeout: 15_000 });
  const marked = await highlightTexts(page);
  await page.screenshot({ path: join(OUT, '1-page-highlights.png') });

  await hover(page, HOVER_TERM);
  const title = await tooltipTitle(page);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, '2-tooltip.png') });

  // The same card on a dark page, and on an article from 2018 whose treaty has since ended.
  await cardShot('experience/dark.html', 'Budapest Memorandum', '4-tooltip-dark.png');
  await cardShot('experience/dated.html', 'Intermediate-Range Nuclear Forces Treaty', '5-tooltip-dated.png');
  // A term whose names are contested: the card says who uses which ("Also called", scrolled into view).
  await cardShot(ARTICLE, 'ISIS', '9-card-also-called.png', '.also');

  // A reader in July 2027, after the entry's review-by date: the card says its status may have changed
  // since the review instead of stating it as current. The page's clock is Chromium's virtual time
  // (Emulation.setVirtualTimePolicy), which the content script's Date reads as the page's does; the
  // extension and its data are as built.
  const staleEntry = (entries as Entry[]).find((e) => e.title === STALE_TERM)!;
  if (!staleEntry.reviewBy || staleEntry.reviewBy >= STALE_CLOCK.slice(0, 10)) throw new Error(`${STALE_TERM} is not past its review-by date on ${STALE_CLOCK}`);
  const later = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(later);
  await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', initialVirtualTime: Date.parse(STALE_CLOCK) / 1000 });
  await later.goto(server.url(ARTICLE));
  await later.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MARKS, { timeout: 15_000 });
  await hover(later, STALE_TERM);
  await tooltipTitle(later);
  const staleNote = (await later.locator('backstory-root .stale').textContent({ timeout: 5000 })) ?? '';
  const laterClock = await later.evaluate(() => new Date().toISOString().slice(0, 10));
  await later.waitForTimeout(SETTLE_MS);
  await later.screenshot({ path: join(OUT, '10-card-stale.png') });

  const popup = await openPopup(browser.context, browser.worker, browser.extensionId, page);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.locator('section[aria-labelledby="on-page"] li').first().waitFor();
  const report = await popup.locator('section[aria-labelledby="on-page"] .title').allTextContents();
  await popup.screenshot({ path: join(OUT, '3-popup.png') });

  // On the article of 12 July 2018, the popup opens with what changed since it was published.
  const dated = await browser.context.newPage();
  await dated.goto(server.url('experience/dated.html'));
  await dated.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MARKS, { timeout: 15_000 });
  const datedPopup = await openPopup(browser.context, browser.worker, browser.extensionId, dated);
  await datedPopup.setViewportSize({ width: 380, height: 600 });
  await datedPopup.locator('section[aria-labelledby="since"] li').first().waitFor();
  const changedSince = await datedPopup.locator('section[aria-labelledby="since"] .title').allTextContents();
  const freshness = (await datedPopup.locator('footer.dataset').textContent()) ?? '';
  await datedPopup.screenshot({ path: join(OUT, '6-popup-since-published.png') });

  // A reader who read about New START in January 2025 comes back: the card says what changed since,
  // and the popup lists what was read lately.
  await browser.worker.evaluate(
    (items) => (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set(items),
    { history: [{ id: 'new-start', page: 'Arms control in 2025', site: 'example.com', at: '2025-01-15T09:00:00.000Z' }] },
  );
  const again = await browser.context.newPage();
  await again.goto(server.url(ARTICLE));
  await again.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MARKS, { timeout: 15_000 });
  await hover(again, HOVER_TERM);
  await tooltipTitle(again);
  await again.locator('backstory-root .since-read').waitFor();
  await again.waitForTimeout(SETTLE_MS);
  await again.screenshot({ path: join(OUT, '7-card-since-read.png') });
  const recentPopup = await openPopup(browser.context, browser.worker, browser.extensionId, again);
  await recentPopup.setViewportSize({ width: 380, height: 600 });
  await recentPopup.getByRole('button', { name: 'Recently read' }).click();
  await recentPopup.locator('section[aria-label="Recently read"] li').first().waitFor();
  const recentlyRead = await recentPopup.locator('section[aria-label="Recently read"] .title').allTextContents();
  await recentPopup.screenshot({ path: join(OUT, '8-popup-recently-read.png') });

  const byTitle = new Map((entries as Entry[]).map((e) => [e.title, e]));
  const lines = [
    `Backstory demo on ${ARTICLE} (Chromium, extension ${browser.extensionId})`,
    `Marked in the article (${marked.length}): ${marked.join(', ')}`,
    `Hovered "${HOVER_TERM}": tooltip "${title}"`,
    `Popup, on this page (${report.length}):`,
    ...report.map((t) => `  - ${t} (${byTitle.get(t)?.category ?? '?'})`),
    `On an article of 12 July 2018, changed since it was published: ${changedSince.join(', ')}`,
    freshness,
    `Recently read: ${recentlyRead.join(', ')}`,
    `On ${laterClock} (the page's clock), past its review-by date of ${staleEntry.reviewBy}, the card of ${STALE_TERM} says: ${staleNote}`,
    `Screenshots: ${['1-page-highlights.png', '2-tooltip.png', '3-popup.png', '4-tooltip-dark.png', '5-tooltip-dated.png', '6-popup-since-published.png', '7-card-since-read.png', '8-popup-recently-read.png', '9-card-also-called.png', '10-card-stale.png'].map((f) => join('demo-output', f)).join(', ')}`,
  ];
  writeFileSync(join(OUT, 'summary.txt'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
