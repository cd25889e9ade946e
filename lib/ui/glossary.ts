// Search over the glossary: titles and aliases (every language) and summaries. MiniSearch finds the
// candidates (prefixes, small typos, summaries); the order then puts what the reader most likely
// means first: a name typed in full, then a name that starts with the query, then names containing
// every word, then names with words starting so, and only then looser (typo or summary) matches.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Category, Entry } from '../dataset/schema';

interface Doc {
  id: string;
  title: string;
  aliases: string;
  summary: string;
}

/** A query this long may be names written run together; shorter ones would match inside any word. */
const MIN_RUN_TOGETHER = 5;

/** How many results a query lists at most: more than a popup can show, fewer than slows it down. */
export const MAX_RESULTS = 50;

/** Accents, case and punctuation do not matter to a reader typing "Erdogan", "detente" or "start-1". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{Z}\s]+/gu, ' ')
    .trim();
}

/** Typos forgiven per word: none in short words (too many false friends), one from 4 letters, two from 7. */
function typos(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 7 ? 1 : 2;
}

/** How well one name (a title or an alias) matches the folded query; lower is better, 5 is none. */
export function nameRank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const words = name.split(' ');
  const parts = query.split(' ');
  if (parts.every((p) => words.includes(p))) return 2;
  if (parts.every((p) => words.some((w) => w.startsWith(p)))) return 3;
  return 5;
}

export interface GlossaryQuery {
  text: string;
  category?: Category | null;
  limit?: number;
}

export type Glossary = ReturnType<typeof createGlossary>;

export function createGlossary(entries: Entry[]) {
  // The index costs more than the rest of the popup: built on first use (or when the popup is idle).
  let index: MiniSearch<Doc> | null = null;
  const search = () => {
    if (index) return index;
    index = new MiniSearch<Doc>({
      fields: ['title', 'aliases', 'summary'],
      storeFields: ['id'],
      processTerm: (term) => fold(term) || null,
      searchOptions: {
        boost: { title: 3, aliases: 2, summary: 0.5 },
        prefix: true,
        fuzzy: (term) => typos(term) || false,
      },
    });
    index.addAll(entries.map((e) => ({ id: e.id, title: e.title, aliases: e.aliases.map((a) => a.text).join(' | '), summary: e.summary })));
    return index;
  };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const names = new Map(entries.map((e) => [e.id, [e.title, ...e.aliases.map((a) => a.text)].map(fold)]));
  const byTitle = [...entries].sort((a, b) => a.title.localeCompare(b.title, 'en'));

  // [how well the best name matches, 0 if the title matches that well, length of that name]:
  // among equal matches the title wins, then the shorter name ("START I" before "START II").
  const rank = (id: string, query: string): [number, number, number] => {
    const [title, ...aliases] = names.get(id) ?? [];
    let best = nameRank(title, query);
    let length = title.length;
    const titleRank = best;
    for (const name of aliases) {
      const r = nameRank(name, query);
      if (r < best || (r === best && r < 5 && best !== titleRank && name.length < length)) [best, length] = [r, name.length];
    }
    return [best, titleRank === best ? 0 : 1, length];
  };

  return {
    /**
     * Entries for a query, best first. An empty query lists the category's entries by title (the
     * popup shows the page's terms instead when there is neither a query nor a category).
     */
    query({ text, category = null, limit = MAX_RESULTS }: GlossaryQuery): Entry[] {
      const q = fold(text);
      const inCategory = (e: Entry | undefined): e is Entry => !!e && (!category || e.category === category);
      if (!q) return category ? byTitle.filter(inCategory).slice(0, limit) : [];
      const filter = (r: SearchResult) => inCategory(byId.get(r.id as string));
      // Every word must match; if a word matches nothing at all, any word will do.
      let hits = search().search(q, { combineWith: 'AND', filter });
      if (!hits.length) hits = search().search(q, { combineWith: 'OR', filter });
      // Words run together ("Nordstream", "alqaeda"): names whose letters, spaces left out, hold the query's.
      if (!hits.length && q.length >= MIN_RUN_TOGETHER) {
        const compact = q.replace(/ /g, '');
        hits = entries
          .filter((e) => inCategory(e) && names.get(e.id)!.some((n) => n.replace(/ /g, '').includes(compact)))
          .map((e) => ({ id: e.id, score: 0 }) as SearchResult);
      }
      return hits
        .map((r) => ({ r, key: rank(r.id as string, q) }))
        .sort((a, b) => a.key[0] - b.key[0] || (a.key[0] < 5 ? a.key[1] - b.key[1] || a.key[2] - b.key[2] : 0) || b.r.score - a.r.score)
        .slice(0, limit)
        .map(({ r }) => byId.get(r.id as string)!);
    },
    get: (id: string) => byId.get(id),
    /** Builds the search index now, so the first keystroke does not wait for it. */
    warm: () => void search(),
  };
}
