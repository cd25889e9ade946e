// Wiring only: finds the current tab, asks its content script for the page's terms, and renders.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import { sendMessage, type PageReport } from '../../lib/messages';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings-store';
import type { Settings } from '../../lib/settings';
import { toggleSite } from '../../lib/sites';
import { Popup } from '../../lib/ui/Popup';

async function currentTabId(): Promise<number | undefined> {
  // ?tab=ID opens the glossary for a given tab (used when the popup is opened as a page).
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main() {
  const root = document.getElementById('app')!;
  const tabId = await currentTabId();
  let settings = await loadSettings();
  let page: PageReport | null = null;
  const refresh = async () => {
    page = tabId === undefined ? null : await sendMessage('getPageTerms', undefined, tabId).catch(() => null);
  };
  const draw = () =>
    render(
      <Popup
        entries={entries as Entry[]}
        page={page}
        settings={settings}
        onToggleSite={(site) => void saveSettings(toggleSite(site, settings))}
        onPause={(paused) => void saveSettings({ paused })}
        onReveal={(id) => {
          if (tabId !== undefined) void sendMessage('revealTerm', id, tabId).catch(() => false);
        }}
      />,
      root,
    );
  await refresh();
  draw();
  watchSettings(async (s: Settings) => {
    settings = s;
    // Give the page a moment to apply the change before asking it again.
    await new Promise((r) => setTimeout(r, 50));
    await refresh();
    draw();
  });
}

void main();
