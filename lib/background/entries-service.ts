// The entries for the cards: a content script asks for one by id, and tells when its card was opened
// (the reading history, written only here, after the checks in mayRemember: private windows, sites
// switched off, history switched off).
import * as v from 'valibot';
import { browser } from '../platform/browser';
import type { Entry } from '../dataset/schema';
import { mayRemember, readOf, rememberRead } from '../platform/history';
import { EntryIdSchema, NoteReadSchema } from '../platform/message-schemas';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings } from '../platform/settings-store';
import { servePage } from './page-requests';

/** The entries are loaded when a card first asks for one. */
export function answerEntries(entries: () => Promise<readonly Entry[]>): void {
  let loaded: Promise<Map<string, Entry>> | null = null;
  const entriesById = () => (loaded ??= entries().then((list) => new Map(list.map((e) => [e.id, e]))));

  servePage('getEntry', async (data, sender) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return null;
    const id = v.safeParse(EntryIdSchema, data);
    return id.success ? ((await entriesById()).get(id.output) ?? null) : null;
  });

  servePage('noteRead', async (data, sender) => {
    const request = v.safeParse(NoteReadSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id) || !sender.url || !(await entriesById()).has(request.output.id)) return null;
    if (!mayRemember({ url: sender.url, incognito: sender.tab?.incognito ?? false }, await loadSettings())) return null;
    return rememberRead(readOf(request.output.id, { url: sender.url, title: request.output.title }, new Date()));
  });
}
