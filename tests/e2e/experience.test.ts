// The in-page experience in real Chromium: hover timing, pinning, related terms, keyboard moves,
// live pages, frames, shadow roots, dark and right-to-left pages, the article's date, and the
// hit-testing and painting fallbacks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../../harness/browser';
import { useBrowser } from '../support/suite';
import { highlightCount, highlightTexts, hover, markCountIn, MARKS, openPopup, pointOf, tabIdOf, tooltipTitle } from '../../harness/page';
import { DEFAULT_HOVER_DELAY_MS } from '../../lib/settings/settings';
import { HIDE_GRACE_MS } from '../../lib/content/card/tooltip';
import { PAGE_GLOBAL } from '../../lib/platform/page-handle';

/** One frame at 60 Hz: the card is checked for once per frame. */
const FRAME_MS = 17;

const suite = useBrowser(() => launch());

async function open(path: string, minimum = 1): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(path));
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(minimum);
  return page;
}

const card = (page: Page) => page.locator('backstory-root .card');

/** Asks the page's script a question as the popup or the background does: a call of its handle (lib/platform/reach-page.ts). */
async function ask(page: Page, type: string, data: unknown) {
  const tabId = await tabIdOf(suite.browser.worker, page);
  return suite.browser.worker.evaluate(
    async ([id, question, global]) => {
      const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript(o: unknown): Promise<{ result: unknown }[]> } } }).chrome.scripting;
      const [reached] = await scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: (g: string, q: unknown) => (globalThis as unknown as Record<string, { ask(q: unknown): unknown } | undefined>)[g]?.ask(q) ?? null,
        args: [global, question],
      });
      return reached?.result;
    },
    [tabId, { type, data }, PAGE_GLOBAL] as const,
  );
}

/** What the keyboard command asks of the page (the browser's shortcut itself cannot be pressed headless). */
const command = (page: Page, step: 1 | -1) => ask(page, 'moveTerm', step);

describe('tooltip behaviour', () => {
  it('waits for the hover delay, survives the trip into the card, and closes after the grace period', async () => {
    const page = await open('seed-article.html', 10);
    // Timed by the page's own clock, so a busy machine cannot make the test pass or fail by accident.
    await page.evaluate(() => {
      const w = window as unknown as { firstMove?: number; shownAt?: number };
      addEventListener('pointermove', () => (w.firstMove ??= performance.now()), true);
      const watch = () => {
        if (document.querySelector('backstory-root')?.shadowRoot?.querySelector('.card')) w.shownAt = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await hover(page, 'APEC');
    expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
    const { firstMove, shownAt } = await page.evaluate(() => {
      const w = window as unknown as { firstMove: number; shownAt: number };
      return { firstMove: w.firstMove, shownAt: w.shownAt };
    });
    expect(shownAt - firstMove).toBeGreaterThanOrEqual(DEFAULT_HOVER_DELAY_MS - FRAME_MS);
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(HIDE_GRACE_MS * 2);
    expect(await card(page).count()).toBe(1); // still open while the pointer is in it
    await page.mouse.move(5, 5);
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('switches between terms without closing, pins on click, and never opens while selecting', async () => {
    const page = await open('seed-article.html', 10);
    await hover(page, 'G20');
    expect(await tooltipTitle(page)).toBe('G20');
    await hover(page, 'APEC');
    await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe('Asia-Pacific Economic Cooperation');

    const { x, y } = await pointOf(page, 'APEC');
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('backstory-root .pin').getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(1); // pinned: stays
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);

    // A drag across a term selects text: no card.
    const g = await pointOf(page, 'G20');
    await page.mouse.move(g.x - 60, g.y);
    await page.mouse.down();
    await page.mouse.move(g.x, g.y, { steps: 5 });
    await page.waitForTimeout(900);
    expect(await card(page).count()).toBe(0);
    await page.mouse.up();
    await page.close();
  });

  it('opens the card of a name inside a longer one on its own words, and the longer one on the rest', async () => {
    const page = await open('experience/nested.html', 2);
    expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['annexation of Crimea', 'Crimea']));
    await hover(page, 'Crimea');
    await expect.poll(() => tooltipTitle(page)).toBe('Crimea');
    await page.keyboard.press('Escape');
    await hover(page, 'annexation of Crimea');
    await expect.poll(() => tooltipTitle(page)).toBe('Annexation of Crimea by the Russian Federation');
    await page.close();
  });

  it('hit-tests where the pointer is at the frame, not where it first was in that frame', async () => {
    const page = await open('seed-article.html', 10);
    const { x, y } = await pointOf(page, 'APEC');
    // Two moves in one task, so one frame: first off any term, then onto APEC, where the pointer stops.
    await page.evaluate(
      ([tx, ty]) => {
        for (const [cx, cy] of [[5, 5], [tx, ty]]) dispatchEvent(new PointerEvent('pointermove', { clientX: cx, clientY: cy, bubbles: true }));
      },
      [x, y],
    );
    expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
    await page.close();
  });

  it('opens related terms in the same card, with a way back', async () => {
    const page = await open('seed-article.html', 10);
    await hover(page, 'New START treaty');
    expect(await tooltipTitle(page)).toBe('New START');
    await page.locator('backstory-root .related button', { hasText: 'START I' }).click();
    await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe('START I');
    await page.locator('backstory-root .back').click();
    await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe('New START');
    await page.close();
  });

  it('closes an unpinned card when its term is scrolled away', async () => {
    const page = await open('seed-article.html', 10);
    await hover(page, 'APEC');
    await tooltipTitle(page);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });
});

describe('keyboard', () => {
  it('moves to the next and previous marked term, scrolls to it and opens its card', async () => {
    const page = await open('seed-article.html', 10);
    const texts = await highlightTexts(page);
    await command(page, 1);
    await expect.poll(() => page.locator('backstory-root h2').count()).toBe(1);
    const first = await page.locator('backstory-root h2').textContent();
    await command(page, 1);
    await expect.poll(() => page.locator('backstory-root h2').textContent()).not.toBe(first);
    await command(page, -1);
    await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe(first);
    // The card is a labelled, non-modal dialog that took focus, and Escape closes it.
    const dialog = page.locator('backstory-root [role="dialog"]');
    expect(await dialog.getAttribute('aria-modal')).toBe('false');
    expect(await dialog.getAttribute('aria-label')).toBe('Backstory');
    await expect.poll(() => page.evaluate(() => document.querySelector('backstory-root')?.shadowRoot?.activeElement?.className)).toBe('card');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(texts.length).toBeGreaterThan(10);
    await page.close();
  });
});

describe('reveal from the popup', () => {
  it('scrolls to the term, flashes it and opens its card', async () => {
    const page = await open('seed-article.html', 10);
    await ask(page, 'revealTerm', 'minsk-agreements');
    await expect.poll(() => page.locator('backstory-root h2').textContent()).toBe('Minsk agreements');
    expect(await page.evaluate(() => [...(CSS.highlights.get('backstory-flash') as unknown as Set<Range>)].map((r) => r.toString()))).toEqual([
      'Minsk agreements',
    ]);
    const inView = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('backstory-flash') as unknown as Set<Range>)][0].getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-flash')), { timeout: 5000 }).toBe(false);
    await page.close();
  });
});

describe('live pages', () => {
  it('marks terms in posts added after load', async () => {
    const page = await open('experience/live-blog.html');
    expect(await highlightTexts(page)).toEqual(['war in Ukraine', 'Minsk agreements']);
    await page.evaluate(() => (window as unknown as { addPost(t: string): void }).addPost('09:40 — Both sides referred to the Budapest Memorandum.'));
    await expect.poll(() => highlightTexts(page)).toEqual(['war in Ukraine', 'Minsk agreements', 'Budapest Memorandum']);
    await page.close();
  });

  it('follows a single-page app that swaps its article', async () => {
    const page = await open('experience/spa.html');
    expect(await highlightTexts(page)).toEqual(['New START']);
    await page.evaluate(() => (window as unknown as { go(n: string): void }).go('two'));
    await expect.poll(() => highlightTexts(page)).toEqual(['Budapest Memorandum']);
    await page.close();
  });

  it('recomputes highlights when the text under one changes', async () => {
    const page = await open('experience/live-blog.html');
    await page.evaluate(() => {
      const p = document.querySelector('#feed p')!;
      p.firstChild!.textContent = 'Officials now say the Budapest Memorandum, not Minsk, is the reference.';
    });
    await expect.poll(() => highlightTexts(page)).toEqual(['war in Ukraine', 'Budapest Memorandum']);
    await page.close();
  });

  it('marks text in open shadow roots and in same-origin frames', async () => {
    const page = await open('experience/shadow.html');
    expect(await highlightTexts(page)).toEqual(['Budapest Memorandum']);
    await page.close();
    const framed = await suite.browser.context.newPage();
    await framed.goto(suite.server.url('experience/frame-outer.html'));
    const frame = framed.frameLocator('iframe').owner();
    await frame.waitFor();
    const inner = framed.frames().find((f) => f.url().endsWith('frame-inner.html'))!;
    await expect.poll(() => inner.evaluate(markCountIn, MARKS), { timeout: 10_000 }).toBe(1);
    await framed.close();
  });
});

describe('appearance and the article date', () => {
  it('follows a dark page and a right-to-left page', async () => {
    const page = await open('experience/dark.html');
    await hover(page, 'Budapest Memorandum');
    await tooltipTitle(page);
    const bg = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(31, 32, 36)');
    await page.close();

    const rtl = await open('experience/rtl.html');
    await hover(rtl, 'Budapest Memorandum');
    await tooltipTitle(rtl);
    expect(await rtl.locator('backstory-root [role="dialog"]').getAttribute('dir')).toBe('rtl');
    await rtl.close();
  });

  it('shows what was true when the article was published, and what is true now', async () => {
    const page = await open('experience/dated.html');
    await hover(page, 'Intermediate-Range Nuclear Forces Treaty');
    expect(await tooltipTitle(page)).toBe('Intermediate-Range Nuclear Forces Treaty');
    const status = (await page.locator('backstory-root .then-now').textContent()) ?? '';
    expect(status).toContain('When this was published (12 July 2018): In force.');
    expect(status).toContain('Now: Terminated after US withdrawal (since 2 August 2019)');
    // Later timeline items are set apart, and the popup opens with both treaties' then and now.
    expect(await page.locator('backstory-root .after-label').textContent()).toBe('After this article');
    const popup = await openPopup(suite.browser.context, suite.browser.worker, suite.browser.extensionId, page);
    const changed = popup.locator('section[aria-labelledby="since"] .title');
    await expect.poll(() => changed.allTextContents()).toEqual(['Intermediate-Range Nuclear Forces Treaty', 'New START']);
    expect(await popup.locator('footer.dataset').textContent()).toMatch(/^Background as of \d{1,2} \w+ \d{4} · dataset \d+\.\d+\.\d+ · \d+ terms$/);
    await popup.close();
    await page.close();
  });
});
