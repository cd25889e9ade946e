// The extension's boundaries in real Chromium: the permissions it asks for, what pages can reach
// (nothing: not its messaging, not its settings), and the network (it makes no request at all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { CHROME_BUILD, ROOT, launch, serve, type Launched, type Served } from '../../harness/browser';
import { highlightCount, highlightTexts, hover, openPopup, tooltipTitle } from '../../harness/page';

const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
/** Time for a message or event sent by the page to reach the extension and be acted on, if it were. */
const ACT_MS = 1500;

let browser: Launched;
let server: Served;
const requests: Request[] = [];

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures`);
  browser = await launch();
  // Every request in the context: pages, the popup, and the extension's service worker.
  browser.context.on('request', (r) => requests.push(r));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** The directives of a CSP string, each with its sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The stored settings as the extension sees them. */
function stored(b: Launched): Promise<Record<string, unknown>> {
  return b.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
}

describe('permissions', () => {
  it('asks only for storage and to put its card into the pages it reads; exposes no resource or messaging to the web; strict CSP for its own pages', () => {
    const m = manifest(CHROME_BUILD);
    expect(m.manifest_version).toBe(3);
    // storage: the reader's settings on this device. scripting on the pages the content script runs
    // on: the card's script, put into a page when its first card opens. Nothing else: no tabs.
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.host_permissions).toEqual(['<all_urls>']);
    expect((m.content_scripts as { matches: string[] }[]).map((c) => c.matches)).toEqual([['<all_urls>']]);
    for (const key of ['optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) {
      expect(m[key], key).toBeUndefined();
    }
    const csp = directives((m.content_security_policy as { extension_pages: string }).extension_pages);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(csp.get('object-src')?.[0]);
    expect(csp.get('object-src')).toHaveLength(1);
    for (const [name, sources] of csp) {
      for (const s of sources) expect(`${name} ${s}`).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
    }
  });

  it('asks for the same in the Firefox build', () => {
    if (!existsSync(FIREFOX_BUILD)) throw new Error('No Firefox build: run npm run build first.');
    const m = manifest(FIREFOX_BUILD);
    // In Manifest V2, host access is listed among permissions: the pages the content script runs on.
    expect(m.permissions).toEqual(['storage', 'scripting', '<all_urls>']);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    // No CSP key: Firefox's default for extension pages applies (script-src 'self'; no eval, no remote code).
    if (m.content_security_policy !== undefined) expect(String(m.content_security_policy)).not.toMatch(/unsafe-|https?:|\*/);
  });
});

describe('what a page can reach', () => {
  it("cannot use the extension's messaging, switch it off, or change its settings", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-article.html'));
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
    const marked = await highlightTexts(page);
    const settingsBefore = await stored(browser);

    const outcome = await page.evaluate(async (extId) => {
      const results: string[] = [];
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } };
      // 1. The runtime messaging of the extension, by its id (works only with externally_connectable).
      try {
        const send = w.chrome?.runtime?.sendMessage;
        if (!send) results.push('no runtime');
        else results.push(`answered ${JSON.stringify(await send(extId, { type: 'getEntry', data: 'new-start' }))}`);
      } catch (e) {
        results.push(`refused: ${(e as Error).message.slice(0, 60)}`);
      }
      // 2. Messages shaped like the extension's own, posted into the window.
      const fakes = [
        { type: 'getPageTerms', data: undefined, id: 1, timestamp: Date.now() },
        { type: 'revealTerm', data: 'new-start', id: 2, timestamp: Date.now() },
        { type: 'setSettings', data: { paused: true } },
        { paused: true, disabledSites: ['127.0.0.1'] },
      ];
      for (const f of fakes) window.postMessage(f, '*');
      // 3. The framework's "a newer copy of this content script started" message, posted into the window.
      window.postMessage({ type: `${extId}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'page' }, '*');
      return results;
    }, browser.extensionId);

    expect(outcome).toHaveLength(1);
    expect(outcome[0]).not.toMatch(/^answered/);
    await page.waitForTimeout(ACT_MS);
    expect(await stored(browser)).toEqual(settingsBefore);
    // Still running on the page: the highlights are all there and a card still opens.
    expect(await highlightTexts(page)).toEqual(marked);
    await hover(page, 'APEC');
    expect(await tooltipTitle(page)).toBe('Asia-Pacific Economic Cooperation');
    // The card's script came into the extension's own world: the page sees none of it, and cannot
    // load it (or any file of the extension) to learn that Backstory is installed.
    const seen = await page.evaluate(async (extId) => {
      const global = Object.keys(window).filter((k) => /backstory/i.test(k));
      const load = await fetch(`chrome-extension://${extId}/card.js`).then(
        (r) => `loaded ${r.status}`,
        () => 'refused',
      );
      return { global, load };
    }, browser.extensionId);
    expect(seen).toEqual({ global: [], load: 'refused' });
    await page.close();
  });

  it('hears and sends no event on the page: the framework\'s "content script started" event neither announces it nor stops it', async () => {
    // WXT's content-script context dispatches this event, named with the extension's id (public for
    // a store extension), on the document when a copy starts, and stops older copies that hear it.
    // Backstory's content script is a plain script (entrypoints/page.ts) that does neither.
    const started = `${browser.extensionId}:content:wxt:content-script-started`;
    const page = await browser.context.newPage();
    await page.addInitScript((name) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      document.addEventListener(name, () => heard.push(name), true);
      window.addEventListener('message', (e) => JSON.stringify(e.data ?? '').includes('content-script-started') && heard.push('message'));
    }, started);
    await page.goto(server.url('seed-article.html'));
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    const marked = await highlightTexts(page);
    await page.evaluate((name) => {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
    }, started);
    await page.waitForTimeout(ACT_MS);
    expect(await highlightTexts(page)).toEqual(marked);
    await page.close();
  });
});

describe('network', () => {
  it('makes no request of its own: loading a page, hovering, opening the popup, switching the site', async () => {
    requests.length = 0;
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-article.html'));
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await hover(page, 'APEC');
    await tooltipTitle(page);
    const popup = await openPopup(browser.context, browser.worker, browser.extensionId, page);
    await popup.locator('section[aria-labelledby="on-page"] .title').first().waitFor();
    // A setting changed and changed back: what storage held between is what PRIVACY.md lists.
    await popup.getByRole('button', { name: /^On for / }).click();
    await expect.poll(async () => Object.keys(await stored(browser))).toContain('settings.disabledSites');
    const listed = [...readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(Object.keys(await stored(browser)).filter((k) => !listed.includes(k))).toEqual([]);
    await popup.getByRole('button', { name: /^Off for / }).click();
    await expect.poll(async () => Object.keys(await stored(browser))).not.toContain('settings.disabledSites');
    await popup.close();
    await page.waitForTimeout(ACT_MS);
    await page.close();

    const urls = requests.map((r) => r.url());
    const fromWorker = requests.filter((r) => r.serviceWorker()).length;
    console.log(`network: ${urls.length} requests observed (${fromWorker} from the service worker):\n  ${urls.join("\n  ")}`);
    expect(urls.length).toBeGreaterThan(0); // the page itself, so the listener is live
    const allowed = (u: string) => u.startsWith(`chrome-extension://${browser.extensionId}/`) || new URL(u).hostname === '127.0.0.1';
    expect(urls.filter((u) => !allowed(u))).toEqual([]);
    // The only requests to the page's server are the page's own (the document and its favicon).
    const local = urls.filter((u) => u.startsWith('http://127.0.0.1'));
    expect(local.every((u) => /seed-article\.html$|favicon\.ico$/.test(u))).toBe(true);
  });
});
