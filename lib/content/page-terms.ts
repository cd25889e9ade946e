// The page's terms as the popup lists them: each term's first mention in the article and elsewhere,
// with how many there are. Only these are kept, not every mention: each holds its paragraph's text
// and nodes, and a long page names common terms hundreds of times.
import type { PageTerm } from '../platform/messages';
import type { Mention } from './read/read-page';

/** A term's first mention (in or out of the article) and how many mentions it has there. */
export interface Listed {
  mention: Mention;
  count: number;
}

/** The first mention of each term, in and out of the article apart, in order, with its count. */
export function listOf(mentions: readonly Mention[]): Listed[] {
  const byKey = new Map<string, Listed>();
  for (const m of mentions) {
    const key = `${m.inArticle ? 1 : 0} ${m.id}`;
    const l = byKey.get(key);
    if (l) l.count += m.count ?? 1;
    else byKey.set(key, { mention: m, count: m.count ?? 1 });
  }
  return [...byKey.values()];
}

/** One row per term: the article's terms first, in reading order, then the rest of the page's. */
export function pageTerms(listed: readonly Listed[]): PageTerm[] {
  const terms = new Map<string, PageTerm>();
  const ordered = [...listed.filter((l) => l.mention.inArticle), ...listed.filter((l) => !l.mention.inArticle)];
  for (const { mention, count } of ordered) {
    const t = terms.get(mention.id);
    if (t) t.count += count;
    else terms.set(mention.id, { id: mention.id, count, inArticle: mention.inArticle });
  }
  return [...terms.values()];
}

/** How many different terms the article names (the toolbar badge). */
export function articleTermCount(listed: readonly Listed[]): number {
  return new Set(listed.filter((l) => l.mention.inArticle).map((l) => l.mention.id)).size;
}
