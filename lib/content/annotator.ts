// Backstory on one page, put together: the scan loop reads the page (scan-loop.ts), the marks paint
// what it finds (marks.ts), the pointer opens cards (pointer.ts) in the card (card-slot.ts: loaded
// when first needed, card/tooltip.ts),
// and the popup and keyboard commands reach it through report, reveal and move. Everything it adds
// to the page is taken back by stop().
import type { Entry } from '../dataset/schema';
import type { FoundMentions, PageText, SelectionOptions } from '../match/mentions';
import type { PageReport, PageTerm } from '../platform/messages';
import type { Settings } from '../settings/settings';
import { pageAppearance } from './card/appearance';
import { CardSlot, type TooltipClass } from './card-slot';
import { Marks } from './marks';
import { articleTermCount, listOf, pageTerms, type Listed } from './page-terms';
import { MARK_TAG, paintsInPlace } from './paint/highlighter';
import { PointerInput } from './pointer';
import { publishedDate } from './read/published';
import type { Mention, PageScan } from './read/read-page';
import { ScanLoop } from './scan-loop';

export interface AnnotatorDeps {
  win: Window;
  /** The text side of a scan (lib/match/mentions.ts): the extension's background runs it. */
  findMentions(text: PageText, selection: SelectionOptions): Promise<FoundMentions>;
  getEntry(id: string): Promise<Entry | null>;
  /** The card's code, loaded when the first card is about to open (card-slot.ts). */
  loadCard(): Promise<TooltipClass>;
  onCount?(count: number): void;
  /** A card opened: the reading history records it and answers when the term was last read before. */
  noteRead?(id: string): Promise<string | null>;
}

const SCROLL_TO: ScrollIntoViewOptions = { block: 'center', behavior: 'instant' as ScrollBehavior };

export class Annotator {
  private readonly doc: Document;
  private readonly tooltip: CardSlot;
  private readonly marks: Marks;
  private readonly loop: ScanLoop;
  private readonly pointer: PointerInput;
  private abort: AbortController | null = null;
  private settings: Settings | null = null;
  /** The page's terms for the popup (page-terms.ts). */
  private listed: Listed[] = [];
  /** The page's publication day, read from its metadata when first needed (undefined: not yet). */
  private publishedOn: string | null | undefined;
  /** Where the metadata gives none, the day of the page's dateline, as the background found it at the last scan. */
  private datelineDay: string | null = null;
  /** The mark whose card is open (index into the marks), for keyboard moves. */
  private current = -1;
  /** The reading history's answer per term opened on this page: when it was last read before. */
  private readonly reads = new Map<string, Promise<string | null>>();

  constructor(private readonly deps: AnnotatorDeps) {
    const { win } = deps;
    this.doc = win.document;
    this.tooltip = new CardSlot(this.doc, { load: () => deps.loadCard(), getEntry: (id) => deps.getEntry(id) });
    this.marks = new Marks(win);
    this.loop = new ScanLoop({
      win,
      findMentions: async (text, selection) => {
        const found = await deps.findMentions(text, selection);
        // A page whose metadata gives no date may be dated by its dateline, which the background reads.
        this.datelineDay = /^\d{4}-\d{2}-\d{2}$/.test(found.published ?? '') ? found.published! : null;
        return found;
      },
      selection: () => {
        const s = this.settings!;
        return { density: s.density, includeCommon: s.includeCommon, hiddenCategories: s.hiddenCategories };
      },
      published: () => this.metadataDay(),
      own: () => this.tooltip.element,
      isOwnNode: (node) => node.nodeName === MARK_TAG.toUpperCase(),
      beforeRead: () => this.marks.unsplit(),
      marksLeaveText: () => paintsInPlace(win),
      onScan: (scan) => this.apply(scan),
    });
    this.pointer = new PointerInput({
      win,
      card: this.tooltip,
      markAt: (x, y) => this.marks.at(x, y),
      range: (i) => this.marks.ranges[i],
      hoverDelay: () => this.settings!.hoverDelay,
      // The hover delay hides the card's first load and the entry's trip from the background.
      prepare: (i) => {
        void deps.getEntry(this.marks.mentions[i].id);
        this.tooltip.ready().catch(() => {});
      },
      open: (i, pin) => void this.open(this.marks.mentions[i], this.marks.ranges[i], i, { pin }),
    });
  }

  get running(): boolean {
    return this.abort !== null;
  }

  start(settings: Settings): void {
    this.settings = settings;
    this.abort ??= new AbortController();
    this.loop.start();
  }

  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.loop.stop();
    this.pointer.stop();
    this.marks.clear();
    this.tooltip.destroy();
    this.listed = [];
    this.deps.onCount?.(0);
  }

  /** Resolves when the article scan in flight (if any) has ended and its marks are painted. */
  scanned(): Promise<void> {
    return this.loop.settled();
  }

  report(): PageTerm[] {
    return pageTerms(this.listed);
  }

  /** The terms on the page for the popup: the rest of the page is read now, if it has not been yet. */
  async pageReport(site: string | null): Promise<PageReport> {
    if (this.running) {
      const page = await this.loop.readWhole();
      // The marks stay as they are: only the list of mentions grows.
      if (page) this.listed = [...this.listed.filter((l) => l.mention.inArticle), ...listOf(page.mentions.filter((m) => !m.inArticle))];
    }
    return { enabled: this.running, site, terms: this.running ? this.report() : [], published: this.running ? this.published() : null };
  }

  /** Scrolls to the first mention of a term and opens its card. */
  async reveal(id: string): Promise<boolean> {
    const i = this.marks.mentions.findIndex((m) => m.id === id);
    const m = i >= 0 ? this.marks.mentions[i] : this.listed.find((l) => l.mention.id === id)?.mention;
    if (!m) return false;
    const range = i >= 0 ? this.marks.ranges[i] : this.marks.toRange(m);
    range.startContainer.parentElement?.scrollIntoView(SCROLL_TO);
    this.marks.flash(range);
    await this.open(m, range, i, { focus: true });
    return true;
  }

  /** Moves to the next (1) or previous (-1) marked term from the open card, scrolls to it and opens its card. */
  async move(step: 1 | -1): Promise<boolean> {
    const n = this.marks.count;
    if (!n) return false;
    const i = this.current < 0 ? (step > 0 ? 0 : n - 1) : (this.current + step + n) % n;
    const range = this.marks.ranges[i];
    range.startContainer.parentElement?.scrollIntoView(SCROLL_TO);
    await this.open(this.marks.mentions[i], range, i, { focus: true, pin: true });
    return true;
  }

  /** A scan's result on the page: the marks, the popup's list, the badge. */
  private apply({ mentions }: PageScan): void {
    const previous = this.current >= 0 ? this.marks.ranges[this.current] : null;
    this.listed = listOf(mentions);
    this.marks.set(
      mentions.filter((m) => m.highlighted),
      this.settings!.highlightStyle,
    );
    if (this.marks.count) this.listen();
    this.publishedOn = undefined;
    // Keyboard moves continue from the same term after a rescan.
    this.current = this.marks.indexOf(previous);
    this.pointer.reset();
    // A card whose term's text is gone closes; one whose term is still there stays open.
    if (this.tooltip.isOpen && this.tooltip.anchorGone()) this.tooltip.hide();
    // The badge counts the story's terms (those around it are read only when the popup asks).
    this.deps.onCount?.(articleTermCount(this.listed));
    this.loop.ignoreOwnChanges();
  }

  /** The pointer, key and scroll listeners, from the first mark or card on. */
  private listen(): void {
    if (this.abort) this.pointer.listen(this.abort.signal);
  }

  /** The day the page's metadata gives: what the page sends with its text (the background dates the rest). */
  private metadataDay(): string | null {
    return (this.publishedOn ??= publishedDate(this.doc));
  }

  /** The page's publication day for its cards and the popup: its metadata's, else its dateline's. */
  private published(): string | null {
    return this.metadataDay() ?? this.datelineDay;
  }

  private async open(m: Mention, range: Range, index: number, how: { focus?: boolean; pin?: boolean } = {}): Promise<void> {
    const [entry, card] = await Promise.all([this.deps.getEntry(m.id), this.tooltip.ready().catch(() => null)]);
    if (!entry || !card || !this.running) return;
    this.listen(); // a card opened from the popup on a page with nothing marked still closes on Escape
    this.current = index;
    const same = card.isOpen && card.entry?.id === entry.id;
    if (!same || how.focus) card.show(entry, range, { appearance: pageAppearance(this.deps.win), publishedOn: this.published(), focus: how.focus });
    if (how.pin && !card.pinned) card.togglePin();
    if (same && !how.focus) return;
    // Once per term and page load: a term read again on the same page is the same reading.
    let read = this.reads.get(entry.id);
    if (!read && this.deps.noteRead) this.reads.set(entry.id, (read = this.deps.noteRead(entry.id).catch(() => null)));
    void read?.then((last) => card.setLastRead(entry, last));
  }

}
