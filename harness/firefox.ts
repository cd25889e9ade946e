// Firefox ESR with the built Firefox extension, driven over WebDriver BiDi with puppeteer-core.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to test: FIREFOX_BIN (or FIREFOX_PATH) when set, which must exist; else the system's. */
export function firefoxPath(): string {
  const chosen = process.env.FIREFOX_BIN || process.env.FIREFOX_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`FIREFOX_BIN is ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox was not found. Install it (Debian/Ubuntu: apt-get install firefox-esr) or set FIREFOX_BIN.');
  return found;
}

/** Firefox with the built extension installed; `extension: false` for a baseline without it, and
 *  `prefs` added to the profile's preferences (say, to route other origins to a blocking proxy). */
export async function launchFirefox(options: { extension?: boolean; prefs?: Record<string, unknown> } = {}): Promise<Browser> {
  const extension = options.extension ?? true;
  if (extension && !existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run npm run build first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'network.proxy.type': 0, ...options.prefs },
  });
  if (extension) await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** Loads `url` in `page`, tried twice: Firefox's remote protocol now and then reports a load as
 *  rejected ("Address rejected") that is not the page's doing. A load that fails twice but left the
 *  page at `url` (the page's own script started another navigation) counts as loaded. */
export async function gotoInFirefox(page: Page, url: string, timeout = 30_000): Promise<void> {
  const load = () => page.goto(url, { waitUntil: 'load', timeout });
  await load()
    .catch(load)
    .catch((err: Error) => {
      if (page.url() !== url) throw err;
    });
}
