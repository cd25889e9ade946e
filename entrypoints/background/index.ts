// Wiring only: answers the content scripts from the bundled dataset, keeps the toolbar badge and
// icon, and handles the keyboard command that switches the current site.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import type { CompiledIndex } from '../../lib/dataset/compile';
import { CountSchema, EntryIdSchema, NoteReadSchema, onMessage, sendMessage } from '../../lib/platform/messages';
import { mayRemember, readOf, rememberRead } from '../../lib/platform/history';
// The dictionary the pages' text is matched with (see lib/generated/, written by npm run data).
import coreIndex from '../../lib/generated/matcher-core.json';
import allIndex from '../../lib/generated/matcher.json';
import { loadSettings, switchSite } from '../../lib/platform/settings-store';
import { isSiteEnabled } from '../../lib/settings/sites';
import { isOwnContentScript } from '../../lib/platform/sender';
import { answerMentions } from '../../lib/background/mentions-service';
import { relayTermCommands } from '../../lib/background/term-commands';

export default defineBackground(() => {
  answerMentions({ core: coreIndex as CompiledIndex, all: allIndex as CompiledIndex });
  relayTermCommands();
  const byId = new Map((entries as Entry[]).map((e) => [e.id, e]));

  onMessage('getEntry', ({ data, sender }) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return null;
    const id = v.safeParse(EntryIdSchema, data);
    return id.success ? (byId.get(id.output) ?? null) : null;
  });

  // Reading history: only the extension's own pages and content scripts reach it, and only this
  // handler writes it, after the checks in mayRemember (private windows, sites off, history off).
  onMessage('noteRead', async ({ data, sender }) => {
    const request = v.safeParse(NoteReadSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id) || !sender.url || !byId.has(request.output.id)) return null;
    if (!mayRemember({ url: sender.url, incognito: sender.tab?.incognito ?? false }, await loadSettings())) return null;
    return rememberRead(readOf(request.output.id, { url: sender.url, title: request.output.title }, new Date()));
  });

  onMessage('reportCount', async ({ data, sender }) => {
    const count = v.safeParse(CountSchema, data);
    const tabId = sender.tab?.id;
    if (!count.success || tabId === undefined || !isOwnContentScript(sender, browser.runtime.id)) return;
    if (sender.frameId !== 0) return; // the badge speaks for the top page
    // The page reports after every settings change, so this is when its icon can change too.
    const enabled = sender.url ? isSiteEnabled(sender.url, await loadSettings()) : true;
    await showState(tabId, count.output, enabled);
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-site') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // Only the page knows its address (no "tabs" permission): ask its content script.
    const site = await sendMessage('getPageSite', undefined, { tabId, frameId: 0 }).catch(() => null);
    if (site) await switchSite(site);
  });
});

const ICON_SIZES = [16, 32] as const;
const icons = (prefix: string) => Object.fromEntries(ICON_SIZES.map((size) => [size, `/icon/${prefix}${size}.png`]));

/** The toolbar for one tab: the number of terms on the badge, the greyed icon where Backstory is off. */
async function showState(tabId: number, count: number, enabled: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  // Firefox for Android has no badge and no per-tab icon: each call only where the browser has it.
  await Promise.allSettled([
    action.setBadgeText?.({ tabId, text: enabled && count ? String(count) : '' }),
    action.setBadgeBackgroundColor?.({ tabId, color: '#1a73e8' }),
    action.setIcon?.({ tabId, path: icons(enabled ? '' : 'off-') }),
    action.setTitle?.({ tabId, title: enabled ? 'Backstory' : 'Backstory is off on this page' }),
  ]);
}
