// npm run store-shots: the store listing's screenshots, 1280×800, of the built extension in
// Chromium on saved news pages (docs/store/screenshots/). The popup is a separate window in a real
// browser, so its shots show it beside the page's top-right corner, where the toolbar would open it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serve, ROOT } from '../harness/browser';
import { hover, MARKS, openPopup, tooltipTitle } from '../harness/page';

const OUT = join(ROOT, 'docs', 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 600 };
/** Lets the card's entrance transition finish before a shot. */
const SETTLE_MS = 300;

mkdirSync(OUT, { recursive: true });
const server = await serve(join(ROOT, 'tests', 'fixtures'));
const browser = await launch();

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(server.url(path));
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MARKS, { timeout: 15_000 });
  return page;
}

async function cardShot(path: string, term: string, file: string): Promise<void> {
  const page = await open(path);
  await hover(page, term);
  await tooltipTitle(page);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
}

/** The page as it is now with the popup's own rendering laid over its top-right corner. */
async function withPopup(page: Page, popup: Page, file: string): Promise<void> {
  const behind = (await page.screenshot()).toString('base64');
  const front = (await popup.screenshot()).toString('base64');
  const frame = await browser.context.newPage();
  await frame.setViewportSize(SIZE);
  await frame.setContent(
    `<body style="margin:0;position:relative;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden">` +
      `<img src="data:image/png;base64,${behind}" style="position:absolute;inset:0">` +
      `<img src="data:image/png;base64,${front}" style="position:absolute;top:8px;right:16px;border-radius:8px;` +
      `box-shadow:0 8px 28px rgba(0,0,0,.35);border:1px solid #bbb"></body>`,
  );
  await frame.screenshot({ path: join(OUT, file) });
  await frame.close();
}

try {
  await cardShot('seed-article.html', 'New START treaty', '1-card.png');
  await cardShot('experience/dark.html', 'Budapest Memorandum', '5-dark-page.png');

  const page = await open('seed-article.html');
  // The article's marked paragraphs in view, as a reader who opens the popup would see them.
  await page.evaluate((name) => {
    const first = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
    if (first) window.scrollBy(0, first.getBoundingClientRect().top - 200);
  }, MARKS);
  const popup = await openPopup(browser.context, browser.worker, browser.extensionId, page);
  await popup.setViewportSize(POPUP);
  await popup.locator('section[aria-labelledby="on-page"] li').first().waitFor();
  await withPopup(page, popup, '2-popup-on-this-page.png');

  await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('treaty');
  await popup.locator('.title').first().waitFor();
  await withPopup(page, popup, '3-popup-glossary.png');

  // Last: the switch holds for every page of the local server.
  await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('');
  await popup.getByRole('button', { name: /^On for / }).click();
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) === 0, MARKS);
  await popup.getByRole('button', { name: /^Off for / }).waitFor();
  await withPopup(page, popup, '4-site-switch.png');
  console.log(`store screenshots (${SIZE.width}×${SIZE.height}) in docs/store/screenshots/`);
} finally {
  await browser.close();
  await server.close();
}
