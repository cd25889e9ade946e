// The glossary search ranks as a reader expects, measured on a file of queries with the first result
// each should give (tests/fixtures/search-queries.tsv): top-1 accuracy and mean reciprocal rank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import { createGlossary, fold, nameRank } from '../../lib/ui/glossary';

const all = entries as Entry[];
const glossary = createGlossary(all);
const queries = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-queries.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);
/** Ranks counted for the reciprocal rank: a result further down scores 0. */
const DEPTH = 10;

describe('glossary search', () => {
  it('puts the expected entry first for at least 95% of the queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const [, id] of queries) expect(all.some((e) => e.id === id), id).toBe(true);
    const ranks = queries.map(([q, id]) => glossary.query({ text: q, limit: DEPTH }).findIndex((e) => e.id === id));
    const top1 = ranks.filter((r) => r === 0).length / ranks.length;
    const mrr = ranks.reduce((sum, r) => sum + (r >= 0 ? 1 / (r + 1) : 0), 0) / ranks.length;
    const misses = queries.filter((_, i) => ranks[i] !== 0).map(([q, id], i) => `${q} → ${id} at ${ranks[i]}`);
    console.log(`search: ${queries.length} queries, top-1 ${top1.toFixed(3)}, MRR ${mrr.toFixed(3)}${misses.length ? `; not first: ${misses.join('; ')}` : ''}`);
    expect(top1).toBeGreaterThanOrEqual(0.95);
  });

  it('never puts a match found only in a summary above one on a title or alias', () => {
    for (const q of ['ceasefire', 'pipeline', 'treaty', 'summit', 'sanctions', 'nuclear', 'election']) {
      const names = (e: Entry) => [e.title, ...e.aliases.map((a) => a.text)].map(fold);
      const byName = glossary.query({ text: q }).map((e) => names(e).some((n) => nameRank(n, fold(q)) < 5));
      const firstSummaryOnly = byName.indexOf(false);
      if (firstSummaryOnly >= 0) expect(byName.slice(firstSummaryOnly).includes(true), q).toBe(false);
    }
  });

  it('does not guess at short queries: under four letters, only what is written', () => {
    // "ICC" is a name; "IXC" is one letter off it, and must not find it.
    expect(glossary.query({ text: 'ICC' })[0]?.id).toBe('icc');
    expect(glossary.query({ text: 'IXC' }).map((e) => e.id)).not.toContain('icc');
  });
});
