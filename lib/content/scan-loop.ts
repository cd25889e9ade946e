// When the page is read: once at start, again (debounced) when the page changes, and the rest of the
// page when the popup asks. Each read runs in idle-time slices; a newer read, or stop(), cancels an
// older one. What a read finds goes to onScan; the loop itself paints nothing.
import type { FoundMentions } from '../match/mentions';
import { MAX_BLOCKS } from '../match/page-limits';
import type { PageText, SelectionOptions } from '../match/page-text';
import type { ArticleRegions } from './read/article';
import { readPage, toMentions, type PageRead, type PageScan } from './read/read-page';
import { runInSlices } from './slices';

/** Pause after the page changes before scanning again: lets a burst of DOM updates settle. */
export const RESCAN_DEBOUNCE_MS = 250;
/** A page with more nodes than this is scanned only this far, so no page can hold the thread long. */
export const MAX_NODES = MAX_BLOCKS;
/**
 * An article of more elements than this (a book-length page; a 1 MB Wikipedia article has about
 * 10,000) is marked from its beginning first: its first HEAD_NODES nodes (many screens of text, what
 * the reader sees first) are answered while the rest is read. Shorter ones are read whole at once:
 * the first answer would cost them more than it saves.
 */
export const LONG_ARTICLE = 20_000;
export const HEAD_NODES = 4000;

export interface ScanLoopDeps {
  win: Window;
  /** The text side of a scan (lib/match/mentions.ts): the extension's background runs it. */
  findMentions(text: PageText, selection: SelectionOptions): Promise<FoundMentions>;
  selection(): SelectionOptions;
  /** The page's publication day, if it states one. */
  published(): string | null;
  /** Backstory's own element (the card's host): never read, and its changes are not the page's. */
  own(): Element | null;
  /** Whether a node added or removed is Backstory's own (the fallback's mark elements). */
  isOwnNode(node: Node): boolean;
  /** Called before each read (the fallback's marks must leave the text first). */
  beforeRead(): void;
  /** Whether marks leave the page's text nodes as they are (the Highlight API; not the fallback's elements). */
  marksLeaveText(): boolean;
  onScan(scan: PageScan): void;
}

export class ScanLoop {
  /** The article as the last scan found it, and whether the page around it has been read too. */
  article: ArticleRegions | null = null;
  whole = false;
  private generation = 0;
  private running = false;
  /** The scan in flight (resolved when none is). */
  private scanning: Promise<unknown> = Promise.resolve();
  private observer: MutationObserver | null = null;
  private rescanTimer = 0;

  constructor(private readonly deps: ScanLoopDeps) {}

  /** Reads the article now, and again whenever the page changes. */
  start(): void {
    this.running = true;
    this.scan();
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.deps.win.document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.running = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.rescanTimer);
    this.article = null;
    this.whole = false;
  }

  /** Forgets the page changes Backstory itself just made (its fallback marks). */
  ignoreOwnChanges(): void {
    this.observer?.takeRecords();
  }

  /** Scans the article; a newer scan (or stop) cancels an older one. */
  scan(): void {
    const generation = ++this.generation;
    this.deps.beforeRead();
    const stale = () => generation !== this.generation || !this.running;
    const found = (result: PageScan | null) => {
      if (!result || stale()) return;
      this.article = result.article;
      this.whole = result.whole;
      this.deps.onScan(result);
    };
    this.scanning = this.scanOf('article', stale, found).then(
      found,
      (err) => console.warn('Backstory: scanning this page failed', err),
    );
  }

  /** Resolves when the scan in flight (if any) has ended. */
  async settled(): Promise<void> {
    await this.scanning;
  }

  /** Reads the page around the article, once; resolves with what it found there (null: nothing new to read). */
  async readWhole(): Promise<PageScan | null> {
    await this.scanning;
    if (this.whole || !this.running || !this.article) return null;
    const generation = this.generation;
    const stale = () => generation !== this.generation || !this.running;
    const page = await this.scanOf('page', stale).catch((err) => void console.warn('Backstory: scanning this page failed', err));
    if (!page || stale()) return null;
    this.whole = true;
    return page;
  }

  /**
   * Reads the page in idle-time slices, then has the background find the mentions in its text. A long
   * article's beginning is answered while the rest is read (onHead; see HEAD_NODES).
   */
  private async scanOf(scope: 'article' | 'page', stale: () => boolean, onHead?: (scan: PageScan) => void): Promise<PageScan | null> {
    const { win } = this.deps;
    // A page scan keeps to the article the last article scan found; an article scan looks afresh.
    const article = scope === 'page' ? (this.article ?? undefined) : undefined;
    let answered = false; // the whole's answer came: a later answer for the beginning is dropped
    // Marks painted as elements (the fallback) would split text nodes the read still holds.
    const head =
      onHead && this.deps.marksLeaveText()
        ? { nodes: HEAD_NODES, over: LONG_ARTICLE, read: (part: PageRead) => void this.answer(part).then((scan) => answered || stale() || onHead(scan), () => {}) }
        : undefined;
    const read = await runInSlices(win, readPage({ doc: win.document, scope, article, exclude: this.deps.own(), maxNodes: MAX_NODES, head }), stale);
    if (!read || stale()) return null;
    const scan = await this.answer(read);
    answered = true;
    return scan;
  }

  /** The background's answer for what was read. */
  private async answer(read: PageRead): Promise<PageScan> {
    // The publication date rules out entries that began after the page was written (lib/match/evidence.ts).
    const text = { ...read.text, published: this.deps.published() ?? undefined };
    const found = await this.deps.findMentions(text, this.deps.selection());
    return { mentions: toMentions(read, found.mentions), questions: found.questions, article: read.article, whole: read.whole };
  }

  private onMutations(records: MutationRecord[]): void {
    const own = this.deps.own();
    const relevant = records.some((r) => {
      if (own && (r.target === own || own.contains(r.target))) return false;
      if (r.type === 'characterData') return true;
      return [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some((n) => n !== own && !this.deps.isOwnNode(n));
    });
    if (!relevant) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = this.deps.win.setTimeout(() => this.running && this.scan(), RESCAN_DEBOUNCE_MS);
  }
}
