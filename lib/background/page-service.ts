// What a page's content script needs besides mentions and entries: the reader's settings, read and
// checked here (lib/platform/settings-store.ts) and sent to every page again when they change, so
// that no page carries the storage or schema libraries or listens to storage; whether its text at a
// glance names any term, so that a page that names none is never read; and the card's code, put
// into the asking frame when its first card is about to open.
import * as v from 'valibot';
import { browser } from '../platform/browser';
import { GlanceSchema } from '../platform/message-schemas';
import { onMessage, sendMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { isSiteEnabled } from '../settings/sites';
import { primaryLanguage } from '../text/language';
import { INJECTED, type InjectedScript } from '../platform/injected';
import { showState } from './badge';
import type { Glancer } from './mentions-service';

export function answerPages(dictionary: Glancer): void {
  onMessage('glance', async ({ data, sender }) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return { settings: DEFAULT_SETTINGS, enabled: false, names: false };
    const settings = await loadSettings();
    const enabled = !sender.url || isSiteEnabled(sender.url, settings);
    const request = v.safeParse(GlanceSchema, data);
    // A page too long to glance at is read; a request that fails its check is not.
    const { text, lang } = request.success ? request.output : { text: '', lang: '' };
    const names = enabled && (text === null || (text !== '' && (await dictionary.namesAnyTerm(text, primaryLanguage(lang), settings))));
    dictionary.glanced(sender, names ? (text ?? '') : '');
    // The toolbar of a top page that will not be read (it names nothing, or Backstory is off there):
    // no count will come from the page.
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0 && !names) void showState(tabId, 0, enabled).catch(() => {});
    // A page that names a term is read next: its reader comes with the answer, which saves the page
    // a message and a wait (a page read for another reason, such as the popup, asks with loadScript).
    if (names && tabId !== undefined) await inject(tabId, sender.frameId ?? 0, 'reader').catch(() => {});
    return { settings, enabled, names };
  });
  watchSettings(async (settings) => {
    // Every frame of every tab; a tab without Backstory's content script (a browser page) refuses.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void sendMessage('settingsChanged', settings, tab.id).catch(() => {});
    }
  });

  // Put by the background into the one frame that asks, in the content script's own isolated
  // world: the reader (entrypoints/reader.ts) once the page names a term, the card (entrypoints/card.ts:
  // Preact, Floating UI, the card and its styles) once its first card is about to open. No page can
  // load or detect these files (they are not web-accessible), and a page never pays for what it does
  // not use. Each sets its class on that world's global (lib/platform/injected.ts).
  onMessage('loadScript', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isOwnContentScript(sender, browser.runtime.id) || (data !== 'reader' && data !== 'card')) return false;
    await inject(tabId, sender.frameId ?? 0, data);
    return true;
  });
}

function inject(tabId: number, frameId: number, script: InjectedScript): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [INJECTED[script].file] });
}
