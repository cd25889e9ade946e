// Helpers that look at a page the way the tests need: highlights (shared with the page's world),
// the tooltip in its shadow root, the popup opened as a page for a given tab.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { highlightName } from '../lib/content/paint/highlighter';

export const HOST = 'backstory-root';
/** The highlight Backstory registers its marks under in the default style. */
export const MARKS = highlightName('underline');

/** Run in the page: how many ranges the highlight `name` holds (0 when none). */
export const markCountIn = (name: string): number => CSS.highlights.get(name)?.size ?? 0;

/** How many ranges Backstory has registered (0 when none). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(markCountIn, MARKS);
}

/** The marked texts in registration order. */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => [...((CSS.highlights.get(name) as Set<Range> | undefined) ?? [])].map((r) => r.toString()), MARKS);
}

/** Centre of the first box of the n-th marked range whose text is `text` (scrolled into view). */
export async function pointOf(page: Page, text: string, name = MARKS): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([t, n]) => {
    const range = [...((CSS.highlights.get(n) as Set<Range> | undefined) ?? [])].find((r) => r.toString() === t);
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, [text, name]);
  if (!p) throw new Error(`no highlight with text "${text}"`);
  return p;
}

/** A small screenshot around the marked term `text`: to compare how it looks before and after a change. */
export async function shotOf(page: Page, text: string, name = MARKS): Promise<{ clip: Clip; image: Buffer }> {
  const { x, y } = await pointOf(page, text, name);
  const clip = { x: x - 20, y: y - 12, width: 40, height: 24 };
  return { clip, image: await page.screenshot({ clip }) };
}
type Clip = { x: number; y: number; width: number; height: number };

export async function hover(page: Page, text: string): Promise<void> {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 3 });
}

/** The title shown in the open tooltip, waiting for it to appear. */
export async function tooltipTitle(page: Page, timeout = 5000): Promise<string> {
  const title = page.locator(`${HOST} h2`);
  await title.waitFor({ state: 'visible', timeout });
  return (await title.textContent()) ?? '';
}

/** The id of the tab showing `page`: brought to front, it is the active tab (no "tabs" permission needed). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens the popup as a page that speaks for the tab showing `page`. */
export async function openPopup(context: BrowserContext, worker: Worker, extensionId: string, page: Page): Promise<Page> {
  const tabId = await tabIdOf(worker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

/** Records the page's serialisation before any content script runs (init scripts run first). */
export async function recordOriginal(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __original: string }).__original = document.documentElement.outerHTML;
    });
  });
}

/** The serialisation now, without Backstory's one host element, and the one recorded before. */
export function serialisations(page: Page): Promise<{ before: string; now: string }> {
  return page.evaluate((host) => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll(host).forEach((h) => h.remove());
    return { before: (window as unknown as { __original: string }).__original, now: clone.outerHTML };
  }, HOST);
}

/** Where a reader would point at a mark: the scroll position and the centre of its first box. */
export type Spot = { scrollX: number; scrollY: number; x: number; y: number };

/** A mark located for pointing: its spot, or why none (off-screen), and what covers it if anything. */
export type Located = { text: string; spot: Spot | null; offScreen?: string; coveredBy?: string };

/**
 * Run in the page (Playwright's or Puppeteer's evaluate): scrolls the i-th mark's first box (the
 * first with a size) to the middle of the viewport; gives the scroll position, the box's centre, and
 * whether another element is on top there. No named functions inside: tsx would wrap them in a
 * helper (__name) the page does not have.
 */
export const locateMarkInPage = ([i, name]: readonly [number, string]): Located | null => {
    const range = [...((CSS.highlights.get(name) as Set<Range> | undefined) ?? [])][i];
    if (!range) return null;
    const text = range.toString();
    const common = range.commonAncestorContainer;
    const container = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement;
    // The nearest scrolling boxes first (a scrolling panel), then the window, to the box's centre.
    container?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    let box = [...range.getClientRects()].find((r) => r.width >= 1 && r.height >= 1);
    if (box) window.scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
    box = [...range.getClientRects()].find((r) => r.width >= 1 && r.height >= 1);
    const spot = box ? { scrollX: window.scrollX, scrollY: window.scrollY, x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    if (!box || !spot) return { text, spot: null, offScreen: 'no box with a size' };
    const where = `box ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}`;
    if (spot.x < 0 || spot.y < 0 || spot.x >= innerWidth || spot.y >= innerHeight) return { text, spot: null, offScreen: where };
    const root = range.startContainer.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(spot.x, spot.y);
    if (hit && container && (hit === container || container.contains(hit))) return { text, spot };
    const coveredBy = hit ? `<${hit.localName}${hit.id ? `#${hit.id}` : ''}${[...hit.classList].slice(0, 2).map((c) => `.${c}`).join('')}>` : 'nothing';
    return { text, spot, coveredBy };
  };
