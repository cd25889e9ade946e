// The reader's pointer on the page: hover opens a term's card after a delay, a click or tap pins it,
// a press elsewhere, Escape or scrolling the term away closes it. Listeners are added with the first
// mark or card (a page with nothing marked pays for none) and all removed by the abort signal.

/** What the pointer needs of the card. */
export interface CardState {
  readonly element: HTMLElement | null;
  readonly isOpen: boolean;
  readonly pinned: boolean;
  showing(anchor: Range): boolean;
  hide(): void;
  hideSoon(): void;
  cancelHide(): void;
  anchorOutOfView(): boolean;
}

export interface PointerDeps {
  win: Window;
  card: CardState;
  /** The index of the mark under (x, y), or -1; and the range of a mark by its index. */
  markAt(x: number, y: number): number;
  range(index: number): Range;
  hoverDelay(): number;
  /** The hover delay began on this mark: a chance to fetch its entry, so the card shows when it ends. */
  prepare(index: number): void;
  /** Opens the card of the mark at this index; pinned when the reader clicked or tapped. */
  open(index: number, pin: boolean): void;
}

export class PointerInput {
  private listening = false;
  private hoverTimer = 0;
  private hoverIndex = -1;
  private frame = 0;
  /** The last pointer event's position and state, read by the pending frame's hit test. */
  private last = { x: 0, y: 0, buttons: 0, overCard: false };
  /** The kind of the last press ('mouse', 'pen', 'touch'): a tap on a link's term opens its card first. */
  private pointerType = '';

  constructor(private readonly deps: PointerDeps) {}

  listen(signal: AbortSignal): void {
    if (this.listening) return;
    this.listening = true;
    const { win } = this.deps;
    win.addEventListener('pointermove', (e) => this.onMove(e), { passive: true, signal });
    win.addEventListener('keydown', (e) => e.key === 'Escape' && this.deps.card.hide(), { signal });
    win.addEventListener('pointerdown', (e) => this.onDown(e), { passive: true, signal });
    win.addEventListener('click', (e) => this.onClick(e), { signal });
    win.addEventListener('scroll', () => this.onScroll(), { passive: true, capture: true, signal });
  }

  /** Stops waiting (the listeners go with their abort signal). */
  stop(): void {
    this.listening = false;
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The marks changed: the next move hit-tests afresh. */
  reset(): void {
    this.hoverIndex = -1;
  }

  private selecting(buttons: number): boolean {
    return buttons !== 0 || !(this.deps.win.document.getSelection()?.isCollapsed ?? true);
  }

  private onDown(e: PointerEvent): void {
    this.pointerType = e.pointerType;
    // A press outside the card and its term closes it; a drag or selection never opens one (see onMove).
    const host = this.deps.card.element;
    if (host && e.composedPath().includes(host)) return;
    if (this.deps.markAt(e.clientX, e.clientY) >= 0) return;
    this.deps.card.hide();
  }

  /**
   * A click on a marked term pins its card, so it stays while the reader reads. A tap does the same
   * (touch screens cannot hover); a tap on a term inside a link opens the card first, and a second
   * tap on the same term, its card open, follows the link.
   */
  private onClick(e: MouseEvent): void {
    if (this.selecting(0)) return;
    const i = this.deps.markAt(e.clientX, e.clientY);
    if (i < 0) return;
    const range = this.deps.range(i);
    if (this.pointerType === 'touch' && !this.deps.card.showing(range) && range.startContainer.parentElement?.closest('a[href]')) e.preventDefault();
    clearTimeout(this.hoverTimer);
    this.deps.open(i, true);
  }

  private onScroll(): void {
    const { card } = this.deps;
    if (card.isOpen && !card.pinned && card.anchorOutOfView()) card.hide();
  }

  private onMove(e: PointerEvent): void {
    // At most one hit test a frame, at the latest position: where the pointer stopped is what counts.
    const host = this.deps.card.element;
    this.last = { x: e.clientX, y: e.clientY, buttons: e.buttons, overCard: !!host && e.composedPath().includes(host) };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { x, y, buttons, overCard } = this.last;
      if (!overCard) this.hover(this.selecting(buttons) ? -1 : this.deps.markAt(x, y));
    });
  }

  /** The pointer rests on mark i (-1: on none). */
  private hover(i: number): void {
    const { card } = this.deps;
    if (i === this.hoverIndex) return;
    this.hoverIndex = i;
    clearTimeout(this.hoverTimer);
    if (i < 0) return card.hideSoon();
    card.cancelHide();
    if (card.pinned) return; // a pinned card stays until closed
    // Moving from one open card's term to another switches at once: no flicker, no second wait.
    if (card.isOpen) return this.deps.open(i, false);
    // Fetch the entry during the delay, so the card can show in the frame the delay ends.
    this.deps.prepare(i);
    this.hoverTimer = this.deps.win.setTimeout(() => this.deps.open(i, false), this.deps.hoverDelay());
  }
}
