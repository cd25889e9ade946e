// Small, hand-made datasets for unit tests: each entry only what the test needs.
import { compileIndex } from '../../lib/dataset/compile';
import type { Alias, Entry } from '../../lib/dataset/schema';
import { Matcher } from '../../lib/match/matcher';
import { Window } from 'happy-dom';

export function entry(id: string, aliases: (string | Alias)[], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    title: id,
    category: 'concept',
    tier: 'core',
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)),
    summary: `${id} summary`,
    timeline: [
      { date: '2000', event: 'a' },
      { date: '2001', event: 'b' },
    ],
    wikipedia: id,
    sources: [`https://example.org/${id}`],
    reviewed: '2026-11-25',
    ...extra,
  };
}

export function build(entries: Entry[]) {
  const index = compileIndex(entries);
  return { index, matcher: new Matcher(index) };
}

export function dom(html: string): Document {
  const win = new Window({ settings: { disableJavaScriptEvaluation: true } });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
