// Which mention is under the pointer. Highlights have no element to listen on, so we ask the
// browser: highlightsFromPoint where it exists (Chrome 140+, Firefox 150+), else the caret position
// under the point, confirmed against the range's boxes.

import { MARK_TAG } from './highlighter';

interface HitResult {
  highlight?: unknown;
  ranges?: AbstractRange[];
}
type HighlightsFromPoint = (x: number, y: number) => HitResult[];

export class HitTester {
  private readonly byRange = new Map<AbstractRange, number>();
  private readonly byNode = new Map<Node, number[]>();

  constructor(private readonly ranges: Range[]) {
    ranges.forEach((r, i) => {
      this.byRange.set(r, i);
      for (const node of [r.startContainer, r.endContainer]) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(i)) list.push(i);
        this.byNode.set(node, list);
      }
    });
  }

  /** The index of the range under (x, y) in viewport coordinates, or -1. */
  at(win: Window, x: number, y: number): number {
    const registry = (win as Window & { CSS?: { highlights?: { highlightsFromPoint?: HighlightsFromPoint } } }).CSS
      ?.highlights;
    if (typeof registry?.highlightsFromPoint === 'function') {
      const under: number[] = [];
      for (const hit of registry.highlightsFromPoint(x, y)) {
        for (const r of hit.ranges ?? []) {
          const i = this.byRange.get(r);
          if (i !== undefined) under.push(i);
        }
      }
      return this.innermost(under);
    }
    return this.byCaret(win.document, x, y);
  }

  /**
   * Of marks under the point, the one inside the others: a name a longer name holds ("Crimea" in
   * "annexation of Crimea") is found on its own words, the longer name on the rest.
   */
  private innermost(under: number[]): number {
    let best = -1;
    for (const i of under) if (best < 0 || this.ranges[i].toString().length < this.ranges[best].toString().length) best = i;
    return best;
  }

  private byCaret(doc: Document, x: number, y: number): number {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const node = d.caretPositionFromPoint?.(x, y)?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer;
    if (!node) return -1;
    const under = (this.byNode.get(node) ?? []).filter((i) => containsPoint(this.ranges[i], x, y));
    if (under.length) return this.innermost(under);
    // The fallback's <backstory-mark> elements move the text out from under the ranges' boundaries
    // (the ranges then end at elements), so text inside a mark is found by the ranges around it.
    if (node.parentElement?.localName === MARK_TAG) {
      for (let i = 0; i < this.ranges.length; i++) if (this.ranges[i].intersectsNode(node) && containsPoint(this.ranges[i], x, y)) return i;
    }
    return -1;
  }
}

export function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
