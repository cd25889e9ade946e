// Wiring only: finds the current tab, asks its content script for the page's terms, and renders.
import { render } from 'preact';
import { browser } from '../../lib/platform/browser';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import type { PageReport } from '../../lib/platform/messages';
import { askPage } from '../../lib/platform/reach-page';
import { loadSettings, saveSettings, switchSite, watchSettings } from '../../lib/platform/settings-store';
import { Popup } from '../../lib/ui/popup/Popup';
import { loadHistory, watchHistory, type Read } from '../../lib/platform/history';

/** How often the open popup asks the page again: a page still loading or changing adds terms. */
const PAGE_REFRESH_MS = 1000;
/** After a settings change, the page needs a moment to apply it before its report is current. */
const SETTLE_MS = 60;

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
  let history: Read[] = await loadHistory();
  let notice: string | null = null;
  // A change that could not be stored (storage full, say) is said, not swallowed; nothing else changes.
  const save = (change: Promise<void>) =>
    change.then(
      () => {
        if (!notice) return;
        notice = null;
        draw();
      },
      (err: unknown) => {
        notice = `Backstory could not save this change: ${(err as Error)?.message ?? err}`;
        draw();
      },
    );
  const ask = () => (tabId === undefined ? Promise.resolve(null) : askPage(tabId, 'getPageTerms').catch(() => null));
  const draw = () =>
    render(
      <Popup
        entries={entries as Entry[]}
        page={page}
        settings={settings}
        onToggleSite={(site) => void save(switchSite(site))}
        onPause={(paused) => void save(saveSettings({ paused }))}
        notice={notice}
        onReveal={(id) => {
          if (tabId !== undefined) void askPage(tabId, 'revealTerm', id).catch(() => false);
        }}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        version={browser.runtime.getManifest().version}
        history={history}
      />,
      root,
    );
  const refresh = async () => {
    const next = await ask();
    if (JSON.stringify(next) === JSON.stringify(page)) return;
    page = next;
    draw();
  };
  page = await ask();
  draw();
  watchSettings(async (s) => {
    settings = s;
    draw();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await refresh();
  });
  watchHistory((h) => {
    history = h;
    draw();
  });
  setInterval(() => void refresh(), PAGE_REFRESH_MS);
}

void main();
