// What a page's content script needs besides mentions and entries: the reader's settings, read and
// checked here (lib/platform/settings-store.ts) and sent to every page again when they change, so
// that no page carries the storage or schema libraries or listens to storage; whether its text at a
// glance names any term, so that a page that names none is never read; and the card's code, put
// into the asking frame when its first card is about to open.
import * as v from 'valibot';
import { browser } from '../platform/browser';
import { FirstGlanceSchema, GlanceSchema } from '../platform/message-schemas';
import { onMessage, sendMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { isSiteEnabled } from '../settings/sites';
import { primaryLanguage } from '../text/language';
import { INJECTED, type InjectedScript } from '../platform/injected';
import { callPage, PAGE_GLOBAL, PAGE_SCRIPT, type GlanceAnswer } from '../platform/page-handle';
import { showState } from './badge';
import type { Glancer } from './mentions-service';

export function answerPages(dictionary: Glancer): void {
  onMessage('glance', async ({ data, sender }) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return { settings: DEFAULT_SETTINGS, enabled: false, names: false };
    // A page too long to glance at is read; a request that fails its check is not.
    const request = v.safeParse(GlanceSchema, data);
    return answerGlance(dictionary, request.success ? request.output : { text: '', lang: '' }, sender.url, { tab: sender.tab, frameId: sender.frameId ?? 0 });
  });
  // Every page is visited once its tab has loaded (the frames it has then included); a tab's
  // pages at the extension's install or update too, where the browser puts no script of its own.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void visit(dictionary, tabId);
  });
  browser.runtime.onInstalled.addListener(async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void visit(dictionary, tab.id);
  });
  watchSettings(async (settings) => {
    // Every listening frame of every tab; a tab where no page listens (one that named nothing, or
    // was off) is visited again: the new settings may show a term it names, or switch its site on.
    for (const tab of await browser.tabs.query({})) {
      const tabId = tab.id;
      if (tabId !== undefined) void sendMessage('settingsChanged', settings, tabId).catch(() => visit(dictionary, tabId));
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

/**
 * Puts the page's script into every frame of a tab and answers each frame's first glance
 * (lib/platform/page-handle.ts). A tab the browser protects (its own pages, the web store) refuses,
 * and nothing is done there.
 */
async function visit(dictionary: Glancer, tabId: number): Promise<void> {
  const target = { tabId, allFrames: true };
  try {
    await browser.scripting.executeScript({ target, files: [PAGE_SCRIPT] });
    const glances = await browser.scripting.executeScript({ target, func: callPage, args: [PAGE_GLOBAL, 'firstGlance'] });
    await Promise.all(
      glances.map(async ({ frameId, result }) => {
        // What the page's script returns is checked like any message.
        const first = v.safeParse(FirstGlanceSchema, result);
        if (!first.success) return;
        const answer = await answerGlance(dictionary, first.output, first.output.url, { tab: { id: tabId }, frameId });
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: callPage, args: [PAGE_GLOBAL, 'answer', answer] });
      }),
    );
  } catch {
    // The tab closed or navigated meanwhile, or the browser protects it.
  }
}

/**
 * The answer to a frame's glance: the reader's settings, read and checked here (the page loads no
 * schema library), whether Backstory is on at the frame's address, and whether the text names a
 * term those settings show. A page that names one gets its reader with the answer.
 */
async function answerGlance(dictionary: Glancer, request: { text: string | null; lang: string }, url: string | undefined, frame: { tab?: { id?: number }; frameId: number }): Promise<GlanceAnswer> {
  const settings = await loadSettings();
  const enabled = !url || isSiteEnabled(url, settings);
  const { text, lang } = request;
  const names = enabled && (text === null || (text !== '' && (await dictionary.namesAnyTerm(text, primaryLanguage(lang), settings))));
  dictionary.glanced(frame, names ? (text ?? '') : '');
  // The toolbar of a top page that will not be read (it names nothing, or Backstory is off there):
  // no count will come from the page.
  const tabId = frame.tab?.id;
  if (tabId !== undefined && frame.frameId === 0 && !names) void showState(tabId, 0, enabled).catch(() => {});
  // A page that names a term is read next: its reader comes with the answer, which saves the page
  // a message and a wait (a page read for another reason, such as the popup, asks with loadScript).
  if (names && tabId !== undefined) await inject(tabId, frame.frameId, 'reader').catch(() => {});
  return { settings, enabled, names };
}

function inject(tabId: number, frameId: number, script: InjectedScript): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [INJECTED[script].file] });
}
