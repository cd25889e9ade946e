// Hostile input, property-based (fast-check): random text with planted aliases, random and deeply
// nested DOM trees, markup in dataset strings, messages from strangers, broken stored settings.
// Each property states what must hold for every input; fast-check shrinks any counterexample.
import { describe, expect, it, vi, beforeEach } from 'vitest';
import fc from 'fast-check';
import { ESLint } from 'eslint';
import { h, render } from 'preact';
import { Window } from 'happy-dom';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collectBlocks } from '../../lib/content/read/blocks';
import { scanDocument } from '../../lib/scan';
import { Card } from '../../lib/card/Card';
import { CountSchema, EntryIdSchema, FindMentionsSchema } from '../../lib/platform/messages';
import { isOwnContentScript } from '../../lib/platform/sender';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, saveSettings, switchSite } from '../../lib/platform/settings-store';
import { build, dom, entry } from './helpers';

/** Runs per property: enough to meet odd shapes, small enough for a few seconds in all. */
const RUNS = 300;
const DOM_RUNS = 150;

// Aliases with capitals and exact case: lower-case filler can never spell one by accident.
const ALIASES = ['Zorvak Accord', 'QXT', 'Treaty of Belmarsh', 'Ostrava Summit', 'Kell-Vara Pact'];
const { index, matcher } = build(ALIASES.map((a, i) => entry(`term-${i}`, [a])));
const SEPARATORS = [' ', ', ', '. ', '\n', ' (', ') ', '; ', ' "', '" ', ': '];
const filler = fc.stringMatching(/^[a-z]{1,9}$/);

/** Text made of filler words and planted aliases, joined by separators; gives where each alias is. */
const planted = fc
  .array(fc.oneof({ weight: 3, arbitrary: filler.map((w) => ({ word: w, alias: -1 })) }, fc.nat(ALIASES.length - 1).map((i) => ({ word: ALIASES[i], alias: i }))), {
    maxLength: 40,
  })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(...SEPARATORS), { minLength: parts.length + 1, maxLength: parts.length + 1 })))
  .map(([parts, seps]) => {
    let text = seps[0];
    const expected: { start: number; end: number; id: string }[] = [];
    parts.forEach((p, i) => {
      if (p.alias >= 0) expected.push({ start: text.length, end: text.length + p.word.length, id: `term-${p.alias}` });
      text += p.word + seps[i + 1];
    });
    return { text, expected };
  });

describe('matcher on hostile text', () => {
  it('finds every planted alias exactly, and nothing else', () => {
    fc.assert(
      fc.property(planted, ({ text, expected }) => {
        const found = matcher.findAll(text, 'en').map((m) => ({ start: m.start, end: m.end, id: index.entries[m.aliases[0].entry].id }));
        expect(found).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any string, and its matches are ordered, in bounds and whole aliases', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), planted.map((p) => p.text));
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const m of matcher.findAll(text, '')) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.aliases.length).toBeGreaterThan(0);
          last = m.end;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Random pages: text (with planted aliases), inline and block elements, skipped ones, line breaks.
const TAGS = ['p', 'div', 'span', 'em', 'a', 'b', 'li', 'section', 'article', 'script', 'style', 'button', 'code', 'textarea', 'br', 'h2', 'table', 'td'];
const ATTRS = ['', ' hidden', ' style="display:none"', ' contenteditable', ' aria-hidden="true"', ' class="x"'];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    planted.map((p) => escape(p.text)),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('tree'), { maxLength: 4 })).map(([tag, attr, kids]) =>
      tag === 'br' ? '<br>' : `<${tag}${attr}>${kids.join('')}</${tag}>`,
    ),
  ),
}));
const page = fc.array(tree, { maxLength: 6 }).map((kids) => `<!doctype html><html lang="en"><body><article>${kids.join('')}</article></body></html>`);

describe('DOM walk on hostile trees', () => {
  it('never throws, never changes the page, and maps every block back to its text nodes', () => {
    fc.assert(
      fc.property(page, (html) => {
        const doc = dom(html);
        const before = doc.documentElement.outerHTML;
        const blocks = collectBlocks(doc.body);
        expect(doc.documentElement.outerHTML).toBe(before);
        for (const b of blocks) {
          b.nodes.forEach((n, i) => {
            expect(n.isConnected).toBe(true);
            expect(b.text.slice(b.starts[i], b.starts[i] + n.data.length)).toBe(n.data);
          });
        }
      }),
      { numRuns: DOM_RUNS },
    );
  });

  it('scans a random page without throwing or changing it; every mention is a planted alias', () => {
    fc.assert(
      fc.property(page, (html) => {
        const doc = dom(html);
        const before = doc.documentElement.outerHTML;
        const { mentions } = scanDocument({ doc, index, matcher });
        expect(doc.documentElement.outerHTML).toBe(before);
        for (const m of mentions) expect(ALIASES).toContain(m.block.text.slice(m.start, m.end));
      }),
      { numRuns: DOM_RUNS },
    );
  });

  it('stops after maxNodes nodes however large or deep the page', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    // A chain 20,000 elements deep, each holding a sentence: far more than the cap below.
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) {
      const div = doc.createElement(i % 2 ? 'div' : 'span');
      div.appendChild(doc.createTextNode('The Zorvak Accord was signed. '));
      parent.appendChild(div);
      parent = div;
    }
    // Count the walk's steps: it reads childNodes once for each element it enters.
    const steps = vi.spyOn(win.Node.prototype, 'childNodes', 'get');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (cap) => {
        steps.mockClear();
        const blocks = collectBlocks(doc.body, { maxNodes: cap });
        expect(blocks.reduce((n, b) => n + b.nodes.length, 0)).toBeLessThanOrEqual(cap);
        expect(steps.mock.calls.length).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 20 },
    );
    steps.mockRestore();
    win.happyDOM.abort();
  });
});

describe('dataset strings are text, never markup', () => {
  it('renders markup in a summary, title and timeline literally, creating no element from it', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    const root = doc.createElement('div');
    doc.body.appendChild(root);
    const hostile = entry('hostile', ['Hostile'], {
      title: '<script>alert(1)</script>',
      summary: '<img src=x onerror=alert(1)>',
      timeline: [
        { date: '2000', event: '<b onclick="alert(1)">bold</b>' },
        { date: '2001', event: '<iframe src="javascript:alert(1)"></iframe>' },
      ],
    });
    render(h(Card, { entry: hostile }), root);
    expect(root.querySelectorAll('img, script, iframe, b').length).toBe(0);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<b onclick="alert(1)">bold</b>');
    win.happyDOM.abort();
  });

  it('is enforced by the lint rule: HTML sinks are errors in the extension source', async () => {
    const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
    const sinks = [
      'export function f(el: Element, x: string) { el.innerHTML = x; }',
      'export function f(el: Element, x: string) { el.outerHTML = x; }',
      "export function f(el: Element, x: string) { el.insertAdjacentHTML('beforeend', x); }",
      'export function f(x: string) { document.write(x); }',
      'export function f(r: Range, x: string) { return r.createContextualFragment(x); }',
    ];
    for (const code of sinks) {
      const [result] = await eslint.lintText(code, { filePath: 'lib/sink-check.ts' });
      expect(result.messages.map((m) => m.ruleId), code).toContain('no-restricted-properties');
    }
    const [jsx] = await eslint.lintText('export const C = (p: { x: string }) => <div dangerouslySetInnerHTML={{ __html: p.x }} />;', {
      filePath: 'lib/ui/sink-check.tsx',
    });
    expect(jsx.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
    const [clean] = await eslint.lintText('export function f(el: Element, x: string) { el.textContent = x; }', { filePath: 'lib/sink-check.ts' });
    expect(clean.messages).toEqual([]);
  });
});

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

describe('stored settings that are broken, old or cannot be written', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('reads any corrupted value as its default, key by key, keeping the good ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('paused', 'mode', 'density', 'hoverDelay', 'highlightStyle'), fc.anything()), async (junk) => {
        fakeBrowser.reset();
        const stored: Record<string, unknown> = { 'settings.disabledSites': ['bbc.co.uk'] };
        for (const [k, val] of Object.entries(junk)) stored[`settings.${k}`] = val;
        await fakeBrowser.storage.local.set(stored);
        const s = await loadSettings();
        expect(s.disabledSites).toEqual(['bbc.co.uk']);
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the choices it still understands in a list stored by an older version', async () => {
    // An older version knew a category or stored a site entry this one no longer accepts; the
    // reader's other choices in the same list must survive, and a switch must not erase them.
    await fakeBrowser.storage.local.set({
      'settings.hiddenCategories': ['person', 'retired-category'],
      'settings.disabledSites': ['bbc.co.uk', ''],
    });
    const s = await loadSettings();
    expect(s.hiddenCategories).toEqual(['person']);
    expect(s.disabledSites).toEqual(['bbc.co.uk']);
    await switchSite('cnn.com');
    expect((await loadSettings()).disabledSites).toEqual(expect.arrayContaining(['bbc.co.uk', 'cnn.com']));
  });

  it('reports a storage quota error from saving, loses nothing stored, and keeps working', async () => {
    await saveSettings({ disabledSites: ['bbc.co.uk'], density: 'all' });
    const quota = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ disabledSites: ['bbc.co.uk', 'cnn.com'] })).rejects.toThrow(/quota/i);
    quota.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'settings.disabledSites': ['bbc.co.uk'], 'settings.density': 'all' });
    const s = await loadSettings();
    expect(s.disabledSites).toEqual(['bbc.co.uk']);
    expect(s.density).toBe('all');
    // Once space is back, saving works again.
    await saveSettings({ paused: true });
    expect((await loadSettings()).paused).toBe(true);
  });
});
