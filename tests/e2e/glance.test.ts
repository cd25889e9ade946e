// The glance in Chromium with the built extension: a page that names no term gets no reader (its
// script is never put into the page) and no marks; a page whose story arrives after load is glanced
// at again and then read and marked; the popup still lists a page that was never read; and the
// background dates a page without metadata by the dateline in its text at a glance.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../../harness/browser';
import { useBrowser } from '../support/suite';
import { highlightCount, highlightTexts, hover, openPopup, tabIdOf, tooltipTitle } from '../../harness/page';
import { GLANCE_DEBOUNCE_MS } from '../../lib/content/page-gate';
import { INJECTED } from '../../lib/platform/injected';

const PLAIN = '<p>Knead the dough for ten minutes, then leave it to rise in a warm place for an hour.</p>';
const STORY = 'Negotiators said the New START treaty would be on the agenda when APEC leaders meet in November.';
/** The Iran nuclear deal of 2015 is meant here only if the page is not from years before it. */
const DEAL = '<p>Hezbollah officials met in Beirut. In Tehran, officials said the nuclear deal would let Iran enrich uranium under inspection.</p>';

const suite = useBrowser(launch, (dir) => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body><article><h1>Weekend baking</h1>${body}</article></body></html>`;
  writeFileSync(join(dir, 'plain.html'), page(PLAIN));
  writeFileSync(join(dir, 'undated.html'), page(DEAL));
  writeFileSync(join(dir, 'dated.html'), page(`<p>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</p>${DEAL}`));
  writeFileSync(
    join(dir, 'dated-treaty.html'),
    page('<p>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</p><p>Moscow said it might leave the Intermediate-Range Nuclear Forces Treaty if the missile shield went ahead.</p>'),
  );
  writeFileSync(join(dir, 'story.html'), page(`<p>${STORY}</p>`));
  // An image that never arrives: the page's load never ends.
  writeFileSync(join(dir, 'stalled.html'), page(`<p>${STORY}</p><img src="stalled.png" alt="">`));
  // The story comes two seconds after load, as a single-page site's next article would.
  writeFileSync(
    join(dir, 'late.html'),
    page(`${PLAIN}<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = ${JSON.stringify(STORY)}; document.querySelector('article').append(p); }, 2000);</script>`),
  );
});

/** The extension's scripts that ran in the page, by file (the reader's included once injected). */
async function scriptsOf(page: Page): Promise<Set<string>> {
  const cdp = await page.context().newCDPSession(page);
  const files = new Set<string>();
  cdp.on('Debugger.scriptParsed', (e) => e.url.startsWith('chrome-extension://') && files.add(new URL(e.url).pathname));
  await cdp.send('Debugger.enable');
  return files;
}

describe('the glance', () => {
  it('leaves a page that names no term unread: no reader, no marks', async () => {
    const page = await suite.browser.context.newPage();
    const scripts = await scriptsOf(page);
    await page.goto(suite.server.url('plain.html'));
    await expect.poll(() => scripts.has('/page.js'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    expect(scripts.has(INJECTED.reader.file)).toBe(false);
    await page.close();
  });

  it('reads and marks a page once a story that names terms arrives after load', async () => {
    const page = await suite.browser.context.newPage();
    const scripts = await scriptsOf(page);
    await page.goto(suite.server.url('late.html'));
    await page.waitForTimeout(1500);
    expect(scripts.has(INJECTED.reader.file)).toBe(false);
    // Two seconds, the pause before the glance again, then the read.
    await expect.poll(() => highlightTexts(page), { timeout: 2000 + GLANCE_DEBOUNCE_MS + 5000 }).toEqual(['New START treaty', 'APEC']);
    expect(scripts.has(INJECTED.reader.file)).toBe(true);
    await page.close();
  });

  it('sets the toolbar of a page it never read, and still answers the popup there', async () => {
    const { context, worker, extensionId } = suite.browser;
    const page = await context.newPage();
    await page.goto(suite.server.url('plain.html'));
    await page.waitForTimeout(1000);
    const tabId = await tabIdOf(worker, page);
    const toolbar = await worker.evaluate(async (tabId) => {
      const { action } = (globalThis as unknown as { chrome: { action: Record<string, (d: object) => Promise<string>> } }).chrome;
      return { badge: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
    }, tabId);
    expect(toolbar).toEqual({ badge: '', title: 'Backstory' });
    const popup = await openPopup(context, worker, extensionId, page);
    await expect.poll(() => popup.getByText('No terms found in the article.').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await page.close();
  });

  it('dates a page without metadata by its dateline, and does not mark what began years after it', async () => {
    const marks = async (file: string) => {
      const page = await suite.browser.context.newPage();
      await page.goto(suite.server.url(file));
      await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      const texts = await highlightTexts(page);
      await page.close();
      return texts;
    };
    expect(await marks('undated.html')).toEqual(['Hezbollah', 'nuclear deal']);
    expect(await marks('dated.html')).toEqual(['Hezbollah']);
  });

  it('gives the card of such a page the dateline\'s day as the day it was published', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('dated-treaty.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toContain('Intermediate-Range Nuclear Forces Treaty');
    await hover(page, 'Intermediate-Range Nuclear Forces Treaty');
    expect(await tooltipTitle(page)).toBe('Intermediate-Range Nuclear Forces Treaty');
    expect(await page.locator('backstory-root .then-now').textContent()).toContain('When this was published (4 December 2007): In force.');
    await page.close();
  });

  it('reads a page whose load never ends, once its document is idle', async () => {
    const page = await suite.browser.context.newPage();
    await page.route('**/stalled.png', () => {}); // never answered
    await page.goto(suite.server.url('stalled.html'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(['New START treaty', 'APEC']);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });

  it('starts a page once: a new address in the same document (a fragment, a single-page site) keeps the copy that runs', async () => {
    const page = await suite.browser.context.newPage();
    const scripts = await scriptsOf(page);
    const parsed: string[] = [];
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Debugger.scriptParsed', (e) => e.url.endsWith('/page.js') && parsed.push(e.url));
    await cdp.send('Debugger.enable');
    await page.goto(suite.server.url('story.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(['New START treaty', 'APEC']);
    expect(scripts.has(INJECTED.reader.file)).toBe(true);
    await page.evaluate(() => {
      location.hash = 'more';
      history.pushState({}, '', '?next');
    });
    await page.waitForTimeout(1500);
    expect(parsed).toHaveLength(1);
    expect(await highlightTexts(page)).toEqual(['New START treaty', 'APEC']);
    await page.close();
  });
});
