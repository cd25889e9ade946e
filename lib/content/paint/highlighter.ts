// Painting mentions. The CSS Custom Highlight API paints ranges without touching the page's DOM,
// so frameworks that re-render the text never meet nodes they do not own. Where it is missing, a
// fallback wraps the text in <backstory-mark> elements and can undo every change exactly. How each
// looks comes from highlight-css.ts, one rule per style the reader can choose.
import type { Settings } from '../../settings/settings';

export type HighlightStyle = Settings['highlightStyle'];

/** The highlight the ranges are registered under: one per style, each styled by highlight-css.ts. */
export function highlightName(style: HighlightStyle): string {
  return `backstory-term-${style}`;
}
/** A second highlight that marks the term the popup asked for, briefly. */
export const FLASH_NAME = 'backstory-flash';
/** Long enough to catch the eye after the scroll, short enough not to linger. */
export const FLASH_MS = 1200;
export const MARK_TAG = 'backstory-mark';

export interface Highlighter {
  readonly kind: 'highlight-api' | 'elements';
  set(ranges: Range[], style: HighlightStyle): void;
  /** Draws attention to one range for FLASH_MS. */
  flash(range: Range): void;
  clear(): void;
}

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void };
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

type HighlightWindow = Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };

/** Whether the browser has the CSS Custom Highlight API: marks then leave the page's nodes as they are. */
export function paintsInPlace(win: Window): boolean {
  const w = win as HighlightWindow;
  return Boolean(w.CSS?.highlights && w.Highlight);
}

export function createHighlighter(win: Window): Highlighter {
  const w = win as HighlightWindow;
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (registry && Ctor) {
    let flashTimer = 0;
    let name = '';
    return {
      kind: 'highlight-api',
      set(ranges, style) {
        if (name !== highlightName(style)) registry.delete(name);
        name = highlightName(style);
        registry.set(name, new Ctor(...ranges));
      },
      flash(range) {
        registry.set(FLASH_NAME, new Ctor(range));
        clearTimeout(flashTimer);
        flashTimer = win.setTimeout(() => registry.delete(FLASH_NAME), FLASH_MS);
      },
      clear() {
        clearTimeout(flashTimer);
        registry.delete(FLASH_NAME);
        registry.delete(name);
      },
    };
  }
  return new ElementHighlighter(win.document);
}

/** A text node split into pieces, remembered so the split can be undone. */
interface Wrap {
  mark: Element;
  original: Text;
  pieces: Text[];
}

class ElementHighlighter implements Highlighter {
  readonly kind = 'elements';
  /** Marks are elements: the page's own focus ring and the open card are cue enough. */
  flash(): void {}
  private wraps: Wrap[] = [];
  constructor(private readonly doc: Document) {}

  set(ranges: Range[], style: HighlightStyle): void {
    this.clear();
    // A name inside a longer one is not wrapped again: elements cannot overlap (the longer name's
    // mark stands for both).
    const outer = ranges.filter((r, i) => !ranges.some((o, j) => j !== i && holds(o, r)));
    // Wrap from the last range back, so earlier ranges' offsets stay valid while nodes split.
    for (const range of outer.reverse()) {
      const parts = textParts(range);
      for (const { node, start, end } of parts.reverse()) this.wrap(node, start, end, style);
    }
  }

  private wrap(node: Text, start: number, end: number, style: HighlightStyle): void {
    if (!node.parentNode || start >= end) return;
    const pieces: Text[] = [node];
    const middle = start > 0 ? node.splitText(start) : node;
    if (start > 0) pieces.push(middle);
    if (end - start < middle.data.length) pieces.push(middle.splitText(end - start));
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute('data-style', style);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    this.wraps.push({ mark, original: node, pieces });
  }

  clear(): void {
    for (const { mark, original, pieces } of this.wraps.reverse()) {
      const text = mark.firstChild as Text | null;
      if (mark.parentNode && text) mark.parentNode.replaceChild(text, mark);
      // Join the pieces back into the original node, removing the ones that were split off.
      let data = '';
      for (const p of pieces) data += p.data;
      for (const p of pieces) if (p !== original) p.remove();
      if (original.data !== data) original.data = data;
    }
    this.wraps = [];
  }
}

/** Whether `outer` holds all of `inner` and more. */
function holds(outer: Range, inner: Range): boolean {
  return (
    outer.compareBoundaryPoints(inner.START_TO_START, inner) <= 0 &&
    outer.compareBoundaryPoints(inner.END_TO_END, inner) >= 0 &&
    outer.toString().length > inner.toString().length
  );
}

function textParts(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const { startContainer: sc, endContainer: ec } = range;
  if (sc === ec && sc.nodeType === 3) return [{ node: sc as Text, start: range.startOffset, end: range.endOffset }];
  const doc = sc.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  let n = walker.nextNode();
  while (n) {
    if (range.intersectsNode(n)) {
      const t = n as Text;
      out.push({ node: t, start: t === sc ? range.startOffset : 0, end: t === ec ? range.endOffset : t.data.length });
    }
    n = walker.nextNode();
  }
  return out;
}
