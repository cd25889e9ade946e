// The entries for the cards: a content script asks for one by id, and tells when its card was opened
// (the reading history, written only here, after the checks in mayRemember: private windows, sites
// switched off, history switched off).
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Entry } from '../dataset/schema';
import { mayRemember, readOf, rememberRead } from '../platform/history';
import { EntryIdSchema, NoteReadSchema, onMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings } from '../platform/settings-store';

export function answerEntries(entries: readonly Entry[]): void {
  const byId = new Map(entries.map((e) => [e.id, e]));

  onMessage('getEntry', ({ data, sender }) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return null;
    const id = v.safeParse(EntryIdSchema, data);
    return id.success ? (byId.get(id.output) ?? null) : null;
  });

  onMessage('noteRead', async ({ data, sender }) => {
    const request = v.safeParse(NoteReadSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id) || !sender.url || !byId.has(request.output.id)) return null;
    if (!mayRemember({ url: sender.url, incognito: sender.tab?.incognito ?? false }, await loadSettings())) return null;
    return rememberRead(readOf(request.output.id, { url: sender.url, title: request.output.title }, new Date()));
  });
}
