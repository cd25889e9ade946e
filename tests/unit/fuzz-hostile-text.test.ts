// Hostile input, property-based (fast-check): random text with planted aliases, and random, deeply
// nested DOM trees. Each property states what must hold for every input; fast-check shrinks any
// counterexample.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { collectBlocks } from '../../lib/content/read/blocks';
import { scanDocument } from '../../lib/scan';
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
