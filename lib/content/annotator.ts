// Backstory on one page: scan, paint, answer the pointer, keep up with a live page, and undo it all
// when the site is switched off. Everything it adds to the page is listed here and removed in stop().
import type { Entry } from '../dataset/schema';
import type { PageReport, PageTerm } from '../platform/messages';
import { locate } from './read/blocks';
import { readPage, toMentions, type Mention, type PageScan } from '../scan';
import type { FoundMentions, PageText, SelectionOptions } from '../match/mentions';
import type { ArticleRegions } from './read/article';
import { runInSlices } from './slices';
import type { Settings } from '../settings/settings';
import { createHighlighter, type Highlighter } from './paint/highlighter';
import { HitTester } from './paint/hit-test';
import { Tooltip } from './card/tooltip';
import { pageAppearance } from './card/appearance';
import { publishedDate } from './read/published';
import { adoptStyle, dropStyle } from './paint/highlight-css';

/** Pause after the page changes before scanning again: lets a burst of DOM updates settle. */
export const RESCAN_DEBOUNCE_MS = 250;
/** A page with more nodes than this is scanned only this far, so no page can hold the thread long. */
export const MAX_NODES = 200_000;

export interface AnnotatorDeps {
  win: Window;
  /** The text side of a scan (lib/match/mentions.ts): the extension's background runs it. */
  findMentions(text: PageText, selection: SelectionOptions): Promise<FoundMentions>;
  getEntry(id: string): Promise<Entry | null>;
  onCount?(count: number): void;
  /** A card opened: the reading history records it and answers when the term was last read before. */
  noteRead?(id: string): Promise<string | null>;
}

/** A term's first mention (in or out of the article) and how many mentions it has there. */
interface Listed {
  mention: Mention;
  count: number;
}

/** The first mention of each term, in and out of the article apart, in order, with its count. */
function listOf(mentions: readonly Mention[]): Listed[] {
  const byKey = new Map<string, Listed>();
  for (const m of mentions) {
    const key = `${m.inArticle ? 1 : 0} ${m.id}`;
    const l = byKey.get(key);
    if (l) l.count++;
    else byKey.set(key, { mention: m, count: 1 });
  }
  return [...byKey.values()];
}

export class Annotator {
  private readonly doc: Document;
  private readonly tooltip: Tooltip;
  private highlighter: Highlighter | null = null;
  private listening = false;
  /**
   * The page's terms for the popup: the first mention of each term in and out of the article, with
   * how many there are. Only these and the marked mentions are kept, not every mention: each holds its
   * paragraph's text and nodes, and a long page names common terms hundreds of times.
   */
  private listed: Listed[] = [];
  /** The article as the last scan found it, and whether the page around it has been read too. */
  private article: ArticleRegions | null = null;
  private whole = false;
  /** The scan in flight (resolved when none is). */
  private scanning: Promise<unknown> = Promise.resolve();
  private ranges: Range[] = [];
  private rangeMention: Mention[] = [];
  private hits: HitTester | null = null;
  private abort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private hoverTimer = 0;
  private hoverIndex = -1;
  private rescanTimer = 0;
  private frame = 0;
  /** The last pointer event's position and state, read by the pending frame's hit test. */
  private pointer = { x: 0, y: 0, buttons: 0, overCard: false };
  /** The reading history's answer per term opened on this page: when it was last read before. */
  private readonly reads = new Map<string, Promise<string | null>>();
  /** The kind of the last press ('mouse', 'pen', 'touch'): a tap on a link's term opens its card first. */
  private pointerType = '';
  private generation = 0;
  private settings: Settings | null = null;
  /** The page's publication day, read from its metadata when first needed (undefined: not yet). */
  private publishedOn: string | null | undefined;
  /** The mention whose card is open (index into rangeMention), for keyboard moves. */
  private current = -1;
  /** Open shadow roots we gave the highlight style to, so stop() can take it back. */
  private styledRoots = new Map<ShadowRoot, CSSStyleSheet>();

  constructor(private readonly deps: AnnotatorDeps) {
    this.doc = deps.win.document;
    this.tooltip = new Tooltip(this.doc, { getEntry: (id) => deps.getEntry(id) });
  }

  get running(): boolean {
    return this.abort !== null;
  }

  start(settings: Settings): void {
    this.settings = settings;
    if (this.running) {
      this.scan();
      return;
    }
    this.abort = new AbortController();
    this.scan();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** The pointer, key and scroll listeners, from the first mark or card on: a page with nothing marked pays for none. */
  private listen(): void {
    if (this.listening || !this.abort) return;
    this.listening = true;
    const signal = this.abort.signal;
    const { win } = this.deps;
    win.addEventListener('pointermove', (e) => this.onPointer(e), { passive: true, signal });
    win.addEventListener('keydown', (e) => e.key === 'Escape' && this.tooltip.hide(), { signal });
    win.addEventListener('pointerdown', (e) => this.onPointerDown(e), { passive: true, signal });
    win.addEventListener('click', (e) => this.onClick(e), { signal });
    win.addEventListener('scroll', () => this.onScroll(), { passive: true, capture: true, signal });
  }

  /** The painter, made when there is first something to paint. */
  private paint(): Highlighter {
    return (this.highlighter ??= createHighlighter(this.deps.win));
  }

  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.listening = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.hoverTimer);
    clearTimeout(this.rescanTimer);
    cancelAnimationFrame(this.frame);
    this.highlighter?.clear();
    this.highlighter = null;
    this.unstyleRoots();
    this.tooltip.destroy();
    this.listed = [];
    this.article = null;
    this.whole = false;
    this.ranges = [];
    this.rangeMention = [];
    this.hits = null;
    this.deps.onCount?.(0);
  }

  report(): PageTerm[] {
    const terms = new Map<string, PageTerm>();
    // Article terms first, in reading order; then the rest of the page.
    const ordered = [...this.listed.filter((l) => l.mention.inArticle), ...this.listed.filter((l) => !l.mention.inArticle)];
    for (const { mention, count } of ordered) {
      const t = terms.get(mention.id);
      if (t) t.count += count;
      else terms.set(mention.id, { id: mention.id, count, inArticle: mention.inArticle });
    }
    return [...terms.values()];
  }

  /** The terms on the page for the popup: the rest of the page is read now, if it has not been yet. */
  async pageReport(site: string | null): Promise<PageReport> {
    if (this.running) await this.readWhole();
    return { enabled: this.running, site, terms: this.running ? this.report() : [], published: this.running ? this.published() : null };
  }

  /** Scrolls to the first mention of a term and opens its card. */
  async reveal(id: string): Promise<boolean> {
    const i = this.rangeMention.findIndex((m) => m.id === id);
    const m = i >= 0 ? this.rangeMention[i] : this.listed.find((l) => l.mention.id === id)?.mention;
    if (!m) return false;
    const range = i >= 0 ? this.ranges[i] : this.toRange(m);
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.paint().flash(range);
    await this.open(m, range, i >= 0 ? i : -1, true);
    return true;
  }

  /** Moves to the next (1) or previous (-1) marked term from the open card, scrolls to it and opens its card. */
  async move(step: 1 | -1): Promise<boolean> {
    const n = this.ranges.length;
    if (!n) return false;
    const i = this.current < 0 ? (step > 0 ? 0 : n - 1) : (this.current + step + n) % n;
    const range = this.ranges[i];
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    await this.open(this.rangeMention[i], range, i, true);
    if (!this.tooltip.pinned) this.tooltip.togglePin();
    return true;
  }

  /** Scans the article in idle-time slices; a newer scan (or stop) cancels an older one. */
  private scan(): void {
    const generation = ++this.generation;
    // Fallback marks split the page's text nodes: take them out before walking the text.
    if (this.highlighter?.kind === 'elements') this.highlighter.clear();
    const stale = () => generation !== this.generation || !this.running;
    this.scanning = this.scanOf('article', stale).then(
      (result) => result && !stale() && this.apply(result),
      (err) => console.warn('Backstory: scanning this page failed', err),
    );
  }

  /** Reads the page around the article (its terms are listed in the popup, never marked). */
  private async readWhole(): Promise<void> {
    await this.scanning;
    if (this.whole || !this.running || !this.article) return;
    const generation = this.generation;
    const stale = () => generation !== this.generation || !this.running;
    const page = await this.scanOf('page', stale).catch((err) => void console.warn('Backstory: scanning this page failed', err));
    if (!page || stale()) return;
    // The marks stay as they are: only the list of mentions grows.
    this.listed = [...this.listed.filter((l) => l.mention.inArticle), ...listOf(page.mentions.filter((m) => !m.inArticle))];
    this.whole = true;
  }

  /** Reads the page in idle-time slices, then has the background find the mentions in its text. */
  private async scanOf(scope: 'article' | 'page', stale: () => boolean): Promise<PageScan | null> {
    // A page scan keeps to the article the last article scan found; an article scan looks afresh.
    const article = scope === 'page' ? (this.article ?? undefined) : undefined;
    const read = await runInSlices(this.deps.win, readPage({ doc: this.doc, scope, article, exclude: this.tooltip.element, maxNodes: MAX_NODES }), stale);
    if (!read || stale()) return null;
    const s = this.settings!;
    // The publication date rules out entries that began after the page was written (lib/match/evidence.ts).
    const text = { ...read.text, published: this.published() ?? undefined };
    const found = await this.deps.findMentions(text, { density: s.density, includeCommon: s.includeCommon, hiddenCategories: s.hiddenCategories });
    return { mentions: toMentions(read, found.mentions), questions: found.questions, article: read.article, whole: read.whole };
  }

  private apply({ mentions, article, whole }: PageScan): void {
    const previous = this.current >= 0 ? this.ranges[this.current] : null;
    this.listed = listOf(mentions);
    this.article = article;
    this.whole = whole;
    this.rangeMention = mentions.filter((m) => m.highlighted);
    this.ranges = this.rangeMention.map((m) => this.toRange(m));
    if (this.ranges.length) {
      this.paint().set(this.ranges, this.settings!.highlightStyle);
      this.listen();
    } else this.highlighter?.clear();
    this.styleShadowRoots();
    this.hits = new HitTester(this.ranges);
    this.publishedOn = undefined;
    // Keyboard moves continue from the same term after a rescan.
    this.current = previous
      ? this.ranges.findIndex((r) => r.startContainer === previous.startContainer && r.startOffset === previous.startOffset)
      : -1;
    this.hoverIndex = -1;
    // A card whose term's text is gone closes; one whose term is still there stays open.
    if (this.tooltip.isOpen && this.tooltip.anchorGone()) this.tooltip.hide();
    // The badge counts the story's terms (those around it are read only when the popup asks).
    this.deps.onCount?.(new Set(this.listed.filter((l) => l.mention.inArticle).map((l) => l.mention.id)).size);
    // Our own changes (fallback marks) are not page changes.
    this.observer?.takeRecords();
  }

  private toRange(m: Mention): Range {
    const start = locate(m.block, m.start);
    const end = locate(m.block, m.end, true);
    const range = this.doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  private onPointerDown(e: PointerEvent): void {
    this.pointerType = e.pointerType;
    // A press outside the card and its term closes it; a drag or selection never opens one (see onPointer).
    const host = this.tooltip.element;
    if (host && e.composedPath().includes(host)) return;
    if (this.hits && this.hits.at(this.deps.win, e.clientX, e.clientY) >= 0) return;
    this.tooltip.hide();
  }

  /**
   * A click on a marked term pins its card, so it stays while the reader reads. A tap does the same
   * (touch screens cannot hover); a tap on a term inside a link opens the card first, and a second
   * tap on the same term, its card open, follows the link.
   */
  private onClick(e: MouseEvent): void {
    if (!this.hits || !(this.doc.getSelection()?.isCollapsed ?? true)) return;
    const i = this.hits.at(this.deps.win, e.clientX, e.clientY);
    if (i < 0) return;
    const range = this.ranges[i];
    if (this.pointerType === 'touch' && !this.tooltip.showing(range) && range.startContainer.parentElement?.closest('a[href]')) e.preventDefault();
    clearTimeout(this.hoverTimer);
    void this.open(this.rangeMention[i], this.ranges[i], i).then(() => {
      if (!this.tooltip.pinned) this.tooltip.togglePin();
    });
  }

  private onScroll(): void {
    if (this.tooltip.isOpen && !this.tooltip.pinned && this.tooltip.anchorOutOfView()) this.tooltip.hide();
  }

  /** The highlight style for each open shadow root with a mark (the document's, from the manifest, does not reach in). */
  private styleShadowRoots(): void {
    for (const r of this.ranges) {
      const root = r.startContainer.getRootNode();
      if (root instanceof ShadowRoot && !this.styledRoots.has(root)) this.styledRoots.set(root, adoptStyle(root));
    }
  }

  private published(): string | null {
    return (this.publishedOn ??= publishedDate(this.doc));
  }

  private unstyleRoots(): void {
    for (const [root, sheet] of this.styledRoots) dropStyle(root, sheet);
    this.styledRoots.clear();
  }

  private onPointer(e: PointerEvent): void {
    // At most one hit test a frame, at the latest position: where the pointer stopped is what counts.
    const { clientX: x, clientY: y, buttons } = e;
    const overCard = !!this.tooltip.element && e.composedPath().includes(this.tooltip.element);
    this.pointer = { x, y, buttons, overCard };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { x, y, buttons, overCard } = this.pointer;
      if (overCard) return;
      const selecting = buttons !== 0 || !(this.doc.getSelection()?.isCollapsed ?? true);
      const i = selecting || !this.hits ? -1 : this.hits.at(this.deps.win, x, y);
      if (i === this.hoverIndex) return;
      this.hoverIndex = i;
      clearTimeout(this.hoverTimer);
      if (i < 0) {
        this.tooltip.hideSoon();
        return;
      }
      this.tooltip.cancelHide();
      const m = this.rangeMention[i];
      const range = this.ranges[i];
      if (this.tooltip.pinned) return; // a pinned card stays until closed
      // Moving from one open card's term to another switches at once: no flicker, no second wait.
      if (this.tooltip.isOpen) void this.open(m, range, i);
      else {
        // Fetch the entry during the delay, so the card can show in the frame the delay ends.
        void this.deps.getEntry(m.id);
        this.hoverTimer = window.setTimeout(() => void this.open(m, range, i), this.settings!.hoverDelay);
      }
    });
  }

  private async open(m: Mention, range: Range, index: number, focus = false): Promise<void> {
    const entry = await this.deps.getEntry(m.id);
    if (!entry || !this.running) return;
    this.listen(); // a card opened from the popup on a page with nothing marked still closes on Escape
    this.current = index;
    if (this.tooltip.isOpen && this.tooltip.entry?.id === entry.id && !focus) return;
    this.tooltip.show(entry, range, { appearance: pageAppearance(this.deps.win), publishedOn: this.published(), focus });
    // Once per term and page load: a term read again on the same page is the same reading.
    let read = this.reads.get(entry.id);
    if (!read && this.deps.noteRead) this.reads.set(entry.id, (read = this.deps.noteRead(entry.id).catch(() => null)));
    void read?.then((last) => this.tooltip.setLastRead(entry, last));
  }

  private onMutations(records: MutationRecord[]): void {
    const host = this.tooltip.element;
    const relevant = records.some((r) => {
      const target = r.target;
      if (host && (target === host || host.contains(target))) return false;
      if (r.type === 'characterData') return true;
      return [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some((n) => n !== host && n.nodeName !== 'BACKSTORY-MARK');
    });
    if (!relevant) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = window.setTimeout(() => this.running && this.scan(), RESCAN_DEBOUNCE_MS);
  }
}
