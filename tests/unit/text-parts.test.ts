// A long page's text goes to the background in parts (lib/match/page-parts.ts, lib/content/send-text.ts)
// and is joined there (lib/background/text-parts.ts): the answer must be the one for the whole text.
import { describe, expect, it } from 'vitest';
import { build, entry } from './helpers';
import { findMentions } from '../../lib/match/mentions';
import { splitText } from '../../lib/match/page-parts';
import type { PageText } from '../../lib/match/page-text';
import { findInParts } from '../../lib/content/send-text';
import { TextParts } from '../../lib/background/text-parts';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

const { index, matcher } = build([entry('new-start', ['New START'], { category: 'treaty' }), entry('nato', ['NATO'], { category: 'organization' })]);
const selection = { density: 'first' as const, includeCommon: DEFAULT_SETTINGS.includeCommon, hiddenCategories: [] };
const texts = Array.from({ length: 300 }, (_, i) => (i % 97 === 5 ? `Block ${i}: NATO and New START came up again.` : `Block ${i}: nothing of note happened here at all.`));
const text: PageText = { texts, inArticle: texts.map((_, i) => i % 3 !== 0), lang: 'en', story: true };

describe('text in parts', () => {
  it('splits at block boundaries, each part within the limit, and nothing lost or reordered', () => {
    const { ahead, last } = splitText(text, 'x', 500);
    expect(ahead.length).toBeGreaterThan(10);
    for (const p of ahead) expect(p.texts.join('').length).toBeLessThanOrEqual(500);
    expect([...ahead.flatMap((p) => p.texts), ...last.texts]).toEqual(texts);
    expect([...ahead.flatMap((p) => p.inArticle), ...last.inArticle]).toEqual(text.inArticle);
    expect(last.lang).toBe('en');
    expect(splitText(text, 'x').ahead).toEqual([]); // an ordinary page: one message
  });

  it('answers as for the whole text once the background joins the parts; parts of another read are not mixed in', async () => {
    const parts = new TextParts();
    const sent: number[] = [];
    parts.add('1:0', { id: 'older', texts: ['NATO stale block'], inArticle: [true] }); // a read that never finished
    const found = await findInParts(
      text,
      selection,
      {
        part: async (p) => sent.push(p.texts.length) && parts.add('1:0', p),
        find: async (last, sel, id) => findMentions(parts.join('1:0', id, last), index, matcher, sel),
      },
      500,
    );
    expect(sent.length).toBeGreaterThan(10);
    expect(found).toEqual(findMentions(text, index, matcher, selection));
    expect(parts.join('1:0', 'older', { ...text, texts: [], inArticle: [] }).texts).toEqual([]); // let go once joined or replaced
  });

  it('refuses more blocks than a page may have', () => {
    const parts = new TextParts();
    const many = Array.from({ length: 150_000 }, () => 'x');
    expect(parts.add('f', { id: 'a', texts: many, inArticle: many.map(() => true) })).toBe(true);
    expect(parts.add('f', { id: 'a', texts: many, inArticle: many.map(() => true) })).toBe(false);
    expect(parts.join('f', 'a', { texts: ['y'], inArticle: [true], lang: 'en' }).texts).toEqual(['y']);
  });
});
