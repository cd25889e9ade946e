// The keyboard commands (declared in the manifest, so readers can rebind them): next and previous
// term move through the marks of the current tab, and the site switch turns Backstory off or on for
// the current tab's site. The background hears them; only the tab's content script knows its page.
import { browser } from '../platform/browser';
import { askPage } from '../platform/reach-page';
import { switchSite } from '../platform/settings-store';

const STEPS: Record<string, 1 | -1> = { 'next-term': 1, 'previous-term': -1 };

export function relayCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    const step = STEPS[command];
    if (!step && command !== 'toggle-site') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (step) {
      await askPage(tabId, 'moveTerm', step).catch(() => false);
      return;
    }
    // Only the page knows its address (no "tabs" permission): ask its content script.
    const site = await askPage(tabId, 'getPageSite').catch(() => null);
    if (site) await switchSite(site);
  });
}
