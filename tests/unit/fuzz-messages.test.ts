// Messages from strangers, property-based (fast-check): whatever another context sends, the
// schemas and the sender check turn it away or take it as it is meant.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { CountSchema, EntryIdSchema, FindMentionsSchema, FirstGlanceSchema, TextPartSchema } from '../../lib/platform/message-schemas';
import { isOwnContentScript } from '../../lib/platform/sender';

/** Runs per property: enough to meet odd shapes, small enough for a few seconds in all. */
const RUNS = 300;

describe('messages from strangers', () => {
  it('accepts only this extension as a sender', () => {
    const own = 'abcdefghijklmnopabcdefghijklmnop';
    expect(isOwnContentScript({ id: own, tab: { id: 3 } }, own)).toBe(true);
    expect(isOwnContentScript({ id: 'otherextensionidotherextensionid', tab: { id: 3 } }, own)).toBe(false);
    expect(isOwnContentScript({ tab: { id: 3 } }, own)).toBe(false);
    expect(isOwnContentScript({}, own)).toBe(false);
    fc.assert(
      fc.property(fc.record({ id: fc.option(fc.string(), { nil: undefined }), tab: fc.option(fc.record({ id: fc.nat() }), { nil: undefined }) }), (s) => {
        expect(isOwnContentScript(s, own)).toBe(s.id === own);
      }),
      { numRuns: RUNS },
    );
  });

  it('validates message payloads: entry ids and counts, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const id = v.safeParse(EntryIdSchema, x);
        expect(id.success).toBe(typeof x === 'string' && /^[a-z0-9-]{1,80}$/.test(x));
        const count = v.safeParse(CountSchema, x);
        expect(count.success).toBe(typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100_000);
      }),
      { numRuns: RUNS },
    );
    for (const bad of ['../../etc', 'A', '', 'x'.repeat(81), '__proto__', 'constructor ', { toString: () => 'a' }, ['a']]) {
      expect(v.safeParse(EntryIdSchema, bad).success).toBe(false);
    }
  });

  it('takes a part of a long text only as strings and flags under a plain id', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const part = v.safeParse(TextPartSchema, x);
        if (part.success) {
          expect(part.output.id).toMatch(/^[a-z0-9]{1,40}$/);
          expect(part.output.texts.every((t) => typeof t === 'string')).toBe(true);
          expect(part.output.inArticle.every((f) => typeof f === 'boolean')).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(v.safeParse(TextPartSchema, { id: 'ab12', texts: ['a'], inArticle: [true] }).success).toBe(true);
    for (const id of ['', '__proto__', 'A', 'a b', 'x'.repeat(41)]) expect(v.safeParse(TextPartSchema, { id, texts: [], inArticle: [] }).success).toBe(false);
    expect(v.safeParse(TextPartSchema, { id: 'a', texts: [1], inArticle: [] }).success).toBe(false);
    expect(v.safeParse(FindMentionsSchema, { text: { texts: [], inArticle: [], lang: '' }, selection: { density: 'first', includeCommon: false, hiddenCategories: [] }, parts: '../x' }).success).toBe(false);
  });

  it("takes a page's first glance, returned to the background's call, only as text, a language and an address", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const first = v.safeParse(FirstGlanceSchema, x);
        if (first.success) {
          expect(first.output.text === null || typeof first.output.text === 'string').toBe(true);
          expect(typeof first.output.lang === 'string' && first.output.lang.length <= 20).toBe(true);
          expect(typeof first.output.url).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
    expect(v.safeParse(FirstGlanceSchema, { text: 'New START', lang: 'en', url: 'https://example.org/' }).success).toBe(true);
    expect(v.safeParse(FirstGlanceSchema, { text: null, lang: '', url: 'https://example.org/' }).success).toBe(true);
    for (const bad of [null, true, { text: 'a', lang: 'en' }, { text: 1, lang: 'en', url: 'u' }, { text: 'a', lang: 'x'.repeat(21), url: 'u' }, { text: 'a', lang: 'en', url: 'u'.repeat(8193) }]) {
      expect(v.safeParse(FirstGlanceSchema, bad).success).toBe(false);
    }
  });

  it('validates a page text sent to be matched: strings, one flag each, known settings', () => {
    const selection = { density: 'first', includeCommon: false, hiddenCategories: ['treaty'] };
    const ok = { text: { texts: ['New START', 'Minsk'], inArticle: [true, false], lang: 'en' }, selection };
    expect(v.safeParse(FindMentionsSchema, ok).success).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), fc.array(fc.anything(), { maxLength: 5 }), fc.anything(), (texts, flags, lang) => {
        const good =
          texts.every((t) => typeof t === 'string') &&
          flags.every((f) => typeof f === 'boolean') &&
          flags.length === texts.length &&
          typeof lang === 'string' &&
          lang.length <= 20;
        expect(v.safeParse(FindMentionsSchema, { text: { texts, inArticle: flags, lang }, selection }).success).toBe(good);
      }),
      { numRuns: RUNS },
    );
    for (const bad of [
      { ...ok, selection: { ...selection, density: 'some' } },
      { ...ok, selection: { ...selection, hiddenCategories: ['no-such-category'] } },
      { text: { ...ok.text, inArticle: [true] }, selection },
      { text: ok.text },
      'New START',
    ]) {
      expect(v.safeParse(FindMentionsSchema, bad).success).toBe(false);
    }
  });
});
