// What is painted on the page: the marked mentions, their ranges, the highlighter that paints them
// and the hit test that finds them under the pointer. Everything it adds is taken back by clear().
import type { Settings } from '../settings/settings';
import { createHighlighter, type Highlighter } from './paint/highlighter';
import { HitTester } from './paint/hit-test';
import { adoptStyle, dropStyle } from './paint/highlight-css';
import { locate } from './read/blocks';
import type { Mention } from './read/read-page';

export class Marks {
  /** The marked mentions, in reading order, and the range of each. */
  mentions: Mention[] = [];
  ranges: Range[] = [];
  private hits: HitTester | null = null;
  private highlighter: Highlighter | null = null;
  /** Open shadow roots given the highlight style, so clear() can take it back. */
  private readonly styledRoots = new Map<ShadowRoot, CSSStyleSheet>();

  constructor(private readonly win: Window) {}

  get count(): number {
    return this.ranges.length;
  }

  /** Whether marks are painted as elements (the fallback), which split the page's text nodes. */
  get splitsText(): boolean {
    return this.highlighter?.kind === 'elements';
  }

  /** Paints these mentions (and only these) in the given style. */
  set(mentions: Mention[], style: Settings['highlightStyle']): void {
    this.mentions = mentions;
    this.ranges = mentions.map((m) => this.toRange(m));
    if (this.ranges.length) this.paint().set(this.ranges, style);
    else this.highlighter?.clear();
    this.styleShadowRoots();
    this.hits = new HitTester(this.ranges);
  }

  /** Takes the marks off the page (the fallback's elements too), keeping nothing. */
  clear(): void {
    this.highlighter?.clear();
    this.highlighter = null;
    for (const [root, sheet] of this.styledRoots) dropStyle(root, sheet);
    this.styledRoots.clear();
    this.mentions = [];
    this.ranges = [];
    this.hits = null;
  }

  /** Takes the fallback's elements out before the page's text is read again. */
  unsplit(): void {
    if (this.splitsText) this.highlighter?.clear();
  }

  /** The index of the mark under (x, y) in viewport coordinates, or -1. */
  at(x: number, y: number): number {
    return this.hits ? this.hits.at(this.win, x, y) : -1;
  }

  /** Where the same text was marked before a rescan (keyboard moves continue from it), or -1. */
  indexOf(range: Range | null): number {
    if (!range) return -1;
    return this.ranges.findIndex((r) => r.startContainer === range.startContainer && r.startOffset === range.startOffset);
  }

  flash(range: Range): void {
    this.paint().flash(range);
  }

  toRange(m: Mention): Range {
    const start = locate(m.block, m.start);
    const end = locate(m.block, m.end, true);
    const range = this.win.document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  /** The painter, made when there is first something to paint. */
  private paint(): Highlighter {
    return (this.highlighter ??= createHighlighter(this.win));
  }

  /** The highlight style for each open shadow root with a mark (the document's, from the manifest, does not reach in). */
  private styleShadowRoots(): void {
    for (const r of this.ranges) {
      const root = r.startContainer.getRootNode();
      if (root instanceof ShadowRoot && !this.styledRoots.has(root)) this.styledRoots.set(root, adoptStyle(root));
    }
  }
}
