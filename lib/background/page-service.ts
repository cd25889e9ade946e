// What a page's content script needs besides mentions and entries: the reader's settings, read and
// checked here (lib/platform/settings-store.ts) and sent to every page again when they change, so
// that no page carries the storage or schema libraries or listens to storage; and the card's code,
// put into the asking frame when its first card is about to open.
import { browser } from '../platform/browser';
import { onMessage, sendMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS } from '../settings/settings';

/** The card's script (entrypoints/card.ts): Preact, Floating UI, the card and its styles. */
export const CARD_SCRIPT = '/card.js';

export function answerPages(): void {
  onMessage('getSettings', ({ sender }) => (isOwnContentScript(sender, browser.runtime.id) ? loadSettings() : DEFAULT_SETTINGS));
  watchSettings(async (settings) => {
    // Every frame of every tab; a tab without Backstory's content script (a browser page) refuses.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void sendMessage('settingsChanged', settings, tab.id).catch(() => {});
    }
  });

  // Injected by the background into the one frame that asks, in the content script's own isolated
  // world: no page can load or detect the file (it is not web-accessible), and a page where no card
  // is opened never pays for it. It sets the card's class on that world's global (lib/content/card-slot.ts).
  onMessage('loadCard', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isOwnContentScript(sender, browser.runtime.id)) return false;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_SCRIPT] });
    return true;
  });
}
