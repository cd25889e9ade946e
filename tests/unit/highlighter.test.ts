// The fallback for browsers without the Highlight API: marks wrap the text and are removed exactly.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { collectBlocks, locate } from '../../lib/content/read/blocks';
import { createHighlighter, MARK_TAG } from '../../lib/content/paint/highlighter';

function setup(html: string) {
  const happy = new Window({ settings: { disableJavaScriptEvaluation: true } });
  happy.document.write(`<!doctype html><html><body>${html}</body></html>`);
  const win = happy as unknown as globalThis.Window;
  return { win, doc: win.document };
}

function rangeOf(doc: Document, text: string): Range {
  for (const block of collectBlocks(doc.body)) {
    const at = block.text.indexOf(text);
    if (at < 0) continue;
    const s = locate(block, at);
    const e = locate(block, at + text.length, true);
    const r = doc.createRange();
    r.setStart(s.node, s.offset);
    r.setEnd(e.node, e.offset);
    return r;
  }
  throw new Error(text);
}

describe('element fallback', () => {
  it('wraps each range, across inline elements, and restores the page exactly', () => {
    const { win, doc } = setup('<p>The New <em>START</em> treaty and the Minsk agreements.</p><p>Tail text</p>');
    const before = doc.body.innerHTML;
    const childCount = doc.querySelector('p')!.childNodes.length;
    const h = createHighlighter(win);
    expect(h.kind).toBe('elements');
    h.set([rangeOf(doc, 'New START'), rangeOf(doc, 'Minsk agreements')], 'tint');
    expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.getAttribute('data-style'))).toEqual(['tint', 'tint', 'tint']);
    expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.textContent)).toEqual(['New ', 'START', 'Minsk agreements']);
    expect(doc.body.textContent).toBe('The New START treaty and the Minsk agreements.Tail text');
    h.clear();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('p')!.childNodes.length).toBe(childCount);
    h.set([rangeOf(doc, 'Minsk agreements')], 'underline');
    h.set([rangeOf(doc, 'START')], 'outline');
    h.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('wraps a name inside a longer one once: the longer mark stands for both', () => {
    const { win, doc } = setup('<p>The annexation of Crimea was condemned.</p>');
    const before = doc.body.innerHTML;
    const h = createHighlighter(win);
    h.set([rangeOf(doc, 'annexation of Crimea'), rangeOf(doc, 'Crimea')], 'underline');
    expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.textContent)).toEqual(['annexation of Crimea']);
    h.clear();
    expect(doc.body.innerHTML).toBe(before);
  });
});
