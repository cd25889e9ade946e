// Firefox ESR with the built Firefox extension, driven over WebDriver BiDi with puppeteer-core.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
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

export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run npm run build first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'network.proxy.type': 0 },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}
