// Search over the glossary: titles and aliases (every language) and summaries, exact and prefix
// matches first, small typos forgiven. MiniSearch does the ranking.
import MiniSearch from 'minisearch';
import type { Entry } from '../dataset/schema';

interface Doc {
  id: string;
  title: string;
  aliases: string;
  summary: string;
}

export function createGlossary(entries: Entry[]) {
  const search = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'summary'],
    storeFields: ['id'],
    // Accents and case do not matter to a reader typing "Erdogan" or "detente".
    processTerm: (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    searchOptions: {
      boost: { title: 3, aliases: 2, summary: 0.5 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  search.addAll(entries.map((e) => ({ id: e.id, title: e.title, aliases: e.aliases.map((a) => a.text).join(' '), summary: e.summary })));
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    /** Entries for a query, best first; an empty query lists nothing (the caller shows the page's terms). */
    query(q: string, limit = 50): Entry[] {
      if (!q.trim()) return [];
      return search
        .search(q)
        .slice(0, limit)
        .map((r) => byId.get(r.id as string)!)
        .filter(Boolean);
    },
    get: (id: string) => byId.get(id),
  };
}
