// Wiring only: answers the content scripts from the bundled dataset, keeps the toolbar badge.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import { CountSchema, EntryIdSchema, onMessage } from '../../lib/messages';
import { isOwnContentScript } from '../../lib/sender';

export default defineBackground(() => {
  const byId = new Map((entries as Entry[]).map((e) => [e.id, e]));

  onMessage('getEntry', ({ data, sender }) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return null;
    const id = v.safeParse(EntryIdSchema, data);
    return id.success ? (byId.get(id.output) ?? null) : null;
  });

  onMessage('reportCount', async ({ data, sender }) => {
    const count = v.safeParse(CountSchema, data);
    const tabId = sender.tab?.id;
    if (!count.success || tabId === undefined || !isOwnContentScript(sender, browser.runtime.id)) return;
    if (sender.frameId !== 0) return; // the badge speaks for the top page
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: count.output ? String(count.output) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#1a73e8' });
  });
});
