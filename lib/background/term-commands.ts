// Keyboard commands (declared in the manifest, so readers can rebind them) that move through the
// marked terms of the current tab: the background hears them and tells the tab's content script.
import { browser } from 'wxt/browser';
import { sendMessage } from '../platform/messages';

const STEPS: Record<string, 1 | -1> = { 'next-term': 1, 'previous-term': -1 };

export function relayTermCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    const step = STEPS[command];
    if (!step) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendMessage('moveTerm', step, { tabId, frameId: 0 }).catch(() => false);
  });
}
