// The popup's glossary search on the real dataset: what a reader types, and what should come first.
import { describe, expect, it } from 'vitest';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import { createGlossary, fold, nameRank } from '../../lib/ui/glossary';

const glossary = createGlossary(entries as Entry[]);
const titles = (text: string, category: Entry['category'] | null = null) => glossary.query({ text, category }).map((e) => e.title);

describe('glossary search', () => {
  it.each([
    ['nato', 'NATO'],
    ['NATO', 'NATO'],
    ['erdogan', 'Recep Tayyip Erdoğan'],
    ['Erdoğan', 'Recep Tayyip Erdoğan'],
    ['Эрдоган', 'Recep Tayyip Erdoğan'],
    ['Krim', 'Crimea'],
    ['crimée', 'Crimea'],
    ['start', 'START I'],
    ['new start', 'New START'],
    ['ukrain', 'Ukraine'],
    ['assad', 'Bashar al-Assad'],
    ['otan', 'NATO'],
  ])('%s -> %s first', (query, title) => expect(titles(query)[0]).toBe(title));

  it('puts the START treaties before names that merely contain words starting so', () => {
    const top = titles('start').slice(0, 3);
    expect(top).toEqual(expect.arrayContaining(['START I', 'New START']));
  });

  it.each([
    ['erdgoan', 'Recep Tayyip Erdoğan'],
    ['putn', 'Vladimir Putin'],
    ['helsinky', 'Helsinki Final Act'],
    ['arms rce', 'Arms race'],
  ])('forgives the typo in %s', (query, title) => expect(titles(query).slice(0, 3)).toContain(title));

  it('searches summaries too, after names', () => {
    const hits = titles('annexed');
    expect(hits).toContain('Annexation of Crimea by the Russian Federation');
  });

  it('filters by category, and lists a category by title when there is no query', () => {
    expect(titles('nato', 'summit').every((t) => /summit/i.test(t))).toBe(true);
    expect(titles('nato', 'summit')).not.toContain('NATO');
    const treaties = titles('', 'treaty');
    expect(treaties.length).toBeGreaterThan(5);
    expect(treaties).toEqual([...treaties].sort((a, b) => a.localeCompare(b, 'en')));
    expect(titles('')).toEqual([]);
  });

  it('gives nothing for nonsense', () => expect(titles('qqxqzz')).toEqual([]));
});

describe('name ranking', () => {
  it.each([
    ['nato', 'nato', 0],
    ['start i', 'start', 1],
    ['new start', 'start', 2],
    ['strategic arms reduction treaty', 'str ar', 3],
    ['crimea', 'krim', 5],
  ])('%s for %s -> %i', (name, query, rank) => expect(nameRank(name, query)).toBe(rank));

  it('folds accents, case and punctuation', () => expect(fold('  Erdoğan’s  START-1 ')).toBe('erdogan s start 1'));
});
