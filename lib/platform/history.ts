// What the reader has read, on this device: when a card opens, the term, the page's title and site,
// and the time, in storage.local under one key. Never in a private window, never on a site where
// Backstory is off, never when the reader has switched the history off (settings.history). The
// newest MAX_HISTORY reads are kept. The popup lists them; a card opened again tells what changed
// since the last time. A damaged store reads as empty and is replaced on the next read.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings/settings';
import { isSiteEnabled, siteKey } from '../settings/sites';

export const HISTORY_KEY = 'local:history' as const;
/** Reads kept, newest first: a year of a few reads a day, about 200 KB. */
export const MAX_HISTORY = 1000;
/** A page title is kept to this many characters. */
const MAX_TITLE = 200;

export const ReadSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)),
  page: v.pipe(v.string(), v.maxLength(MAX_TITLE)),
  site: v.pipe(v.string(), v.maxLength(253)),
  /** ISO 8601 time of the read. */
  at: v.pipe(v.string(), v.isoTimestamp()),
});
export type Read = v.InferOutput<typeof ReadSchema>;

/** The stored reads, each checked on its own: a damaged record is dropped, the rest kept. */
export function parseHistory(raw: unknown): Read[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = v.safeParse(ReadSchema, r);
    return parsed.success ? [parsed.output] : [];
  });
}

/** Whether a card opened on this page may be remembered. */
export function mayRemember(where: { url: string; incognito: boolean }, settings: Settings): boolean {
  return settings.history && !where.incognito && isSiteEnabled(where.url, settings);
}

/**
 * The history with one more read at its head: a term read again on the same page moves up rather
 * than being listed twice. Gives the new list and the time this term was last read before, if ever.
 */
export function addRead(history: readonly Read[], read: Read): { history: Read[]; previous: string | null } {
  const previous = history.find((r) => r.id === read.id)?.at ?? null;
  const rest = history.filter((r) => !(r.id === read.id && r.page === read.page && r.site === read.site));
  return { history: [read, ...rest].slice(0, MAX_HISTORY), previous };
}

export function readOf(id: string, page: { url: string; title: string }, now: Date): Read {
  return { id, page: page.title.trim().slice(0, MAX_TITLE) || siteKey(page.url) || page.url, site: siteKey(page.url) ?? '', at: now.toISOString() };
}

// ---- Storage (the background writes; the popup and options page read, clear and export).

export async function loadHistory(): Promise<Read[]> {
  return parseHistory(await storage.getItem(HISTORY_KEY));
}

/** Records a read; gives when the term was read before (ISO time), or null. */
export async function rememberRead(read: Read): Promise<string | null> {
  const { history, previous } = addRead(await loadHistory(), read);
  await storage.setItem(HISTORY_KEY, history);
  return previous;
}

/** The time a term was last read, without recording anything. */
export async function lastRead(id: string): Promise<string | null> {
  return (await loadHistory()).find((r) => r.id === id)?.at ?? null;
}

export async function clearHistory(): Promise<void> {
  await storage.removeItem(HISTORY_KEY);
}

export function watchHistory(onChange: (history: Read[]) => void): () => void {
  return storage.watch<unknown>(HISTORY_KEY, (value) => onChange(parseHistory(value)));
}

/** The history as a file of its own, apart from the settings file. */
export function exportHistory(history: readonly Read[]): string {
  return JSON.stringify({ backstoryHistory: 1, reads: history }, null, 2) + '\n';
}
