// The card, loaded when it is first needed: the hover delay's start on a mark, or a card opened from
// the popup or a keyboard command. What every page runs is the reading and the marks; the card (its
// Preact view, Floating UI, its styles: card/tooltip.ts and what it imports) comes as its own script,
// entrypoints/card.ts, which sets its class on the content script's global (lib/platform/injected.ts).
// Until it is loaded, no card is open, and the pointer's questions have their closed answers.
import type { Entry } from '../dataset/schema';
import type { CardState } from './pointer';
import type { Tooltip } from './card/tooltip';

export type TooltipClass = typeof Tooltip;

export class CardSlot implements CardState {
  private card: Tooltip | null = null;
  private loading: Promise<Tooltip> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly deps: { load(): Promise<TooltipClass>; getEntry(id: string): Promise<Entry | null> },
  ) {}

  /** The card, loading it the first time; a failed load is tried again on the next need. */
  ready(): Promise<Tooltip> {
    this.loading ??= this.deps.load().then(
      (Card) => (this.card = new Card(this.doc, { getEntry: (id) => this.deps.getEntry(id) })),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  get element(): HTMLElement | null {
    return this.card?.element ?? null;
  }
  get isOpen(): boolean {
    return this.card?.isOpen ?? false;
  }
  get pinned(): boolean {
    return this.card?.pinned ?? false;
  }
  get entry(): Entry | null {
    return this.card?.entry ?? null;
  }
  showing(anchor: Range): boolean {
    return this.card?.showing(anchor) ?? false;
  }
  anchorOutOfView(): boolean {
    return this.card?.anchorOutOfView() ?? false;
  }
  anchorGone(): boolean {
    return this.card?.anchorGone() ?? true;
  }
  hide(): void {
    this.card?.hide();
  }
  hideSoon(): void {
    this.card?.hideSoon();
  }
  cancelHide(): void {
    this.card?.cancelHide();
  }
  destroy(): void {
    this.card?.destroy();
  }
}
