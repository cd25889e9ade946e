// Touch screens cannot hover: in real Chromium emulating a 360-px-wide phone with touch, a tap on a
// mark opens its card, a tap elsewhere closes it, and a tap on a term inside a link opens the card
// first (a second tap follows the link). The card fits the screen without horizontal scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, ROOT, type Launched, type Served } from '../../harness/browser';
import { HOST, highlightCount, pointOf, tooltipTitle } from '../../harness/page';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

let browser: Launched;
let server: Served;

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await launch({ device: PHONE });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

async function tap(page: Page, text: string): Promise<void> {
  const { x, y } = await pointOf(page, text);
  await page.touchscreen.tap(x, y);
}

const cardOpen = (page: Page) => page.locator(`${HOST} h2`).isVisible();

describe('on a phone', () => {
  it('opens the card on a tap, fits it on a 360-px screen, and closes it on a tap elsewhere', async () => {
    const page = await open('experience/linked.html');
    await tap(page, 'Anti-Ballistic Missile Treaty');
    expect(await tooltipTitle(page)).toBe('Anti-Ballistic Missile Treaty');
    const box = await page.evaluate((host) => {
      const r = document.querySelector(host)!.shadowRoot!.querySelector('h2')!.parentElement!.getBoundingClientRect();
      return { left: r.left, right: r.right, scroll: document.scrollingElement!.scrollWidth, width: window.innerWidth };
    }, HOST);
    expect(box.width).toBe(360);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.scroll).toBeLessThanOrEqual(360);

    // A tap on the page's text away from any mark and from the card closes it.
    const away = await page.evaluate((host) => {
      for (let y = 10; y < window.innerHeight; y += 20) {
        const el = document.elementFromPoint(20, y);
        if (el && el.closest('p, h1') && !el.closest(host)) return { x: 20, y };
      }
      return null;
    }, HOST);
    expect(away).not.toBeNull();
    await page.touchscreen.tap(away!.x, away!.y);
    await expect.poll(() => cardOpen(page)).toBe(false);
    await page.close();
  });

  it('opens the card of a term inside a link on the first tap, and follows the link on the second', async () => {
    const page = await open('experience/linked.html');
    await tap(page, 'New START treaty');
    expect(await tooltipTitle(page)).toBe('New START');
    expect(new URL(page.url()).hash).toBe('');
    await tap(page, 'New START treaty');
    await expect.poll(() => new URL(page.url()).hash).toBe('#followed');
    await page.close();
  });
});
