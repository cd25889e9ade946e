// The card on the page: shown at a term (host.ts, placement.ts), hidden after a grace period when the
// pointer leaves, pinned by a click, and walked along related terms (lib/card/trail.ts). The card
// itself is the Preact view lib/card/Card.tsx.
import { h, render } from 'preact';
import type { Entry } from '../../dataset/schema';
import { Card } from '../../card/Card';
import { relatedIds, relatedLinks, Trail, type RelatedLink } from '../../card/trail';
import type { Appearance } from './appearance';
import { createCardHost, type CardHost } from './host';
import { followAnchor } from './placement';

/** Page Previews waits 300 ms before hiding: time to cross the gap between term and card. */
export const HIDE_GRACE_MS = 300;

export interface ShowOptions {
  appearance: Appearance;
  publishedOn: string | null;
  /** When the reader last read about this term before (ISO time); may arrive after the card is shown. */
  lastRead?: string | null;
  /** Move focus into the card (when it was opened from the keyboard). */
  focus?: boolean;
}

export class Tooltip {
  private parts: CardHost | null = null;
  private hideTimer = 0;
  private hovered = false;
  private stopUpdates: (() => void) | null = null;
  private trail = new Trail();
  private anchor: Range | null = null;
  private show_: ShowOptions | null = null;
  private returnFocus: Element | null = null;
  pinned = false;

  constructor(
    private readonly doc: Document,
    private readonly options: { getEntry(id: string): Promise<Entry | null> },
  ) {}

  /** The host element, if it was created; scanning and integrity checks leave it out. */
  get element(): HTMLElement | null {
    return this.parts?.host ?? null;
  }

  get isOpen(): boolean {
    return this.trail.current !== null;
  }

  get entry(): Entry | null {
    return this.trail.current;
  }

  /** Tells the card shown for `entry` when its term was last read (the history answers after it opened). */
  setLastRead(entry: Entry, lastRead: string | null): void {
    if (!this.show_ || this.trail.entries[0] !== entry || !lastRead) return;
    this.show_ = { ...this.show_, lastRead };
    void this.draw();
  }

  /** Whether the card is open on this term. */
  showing(anchor: Range): boolean {
    return this.isOpen && this.anchor === anchor;
  }

  show(entry: Entry, anchor: Range, options: ShowOptions): void {
    this.cancelHide();
    const mount = this.ensureHost();
    const moved = anchor !== this.anchor;
    this.trail = Trail.of(entry);
    this.anchor = anchor;
    this.show_ = options;
    this.pinned = false;
    mount.className = options.appearance;
    // The card reads in the direction of the text it explains.
    const el = anchor.startContainer.parentElement;
    mount.dir = el ? this.doc.defaultView!.getComputedStyle(el).direction : 'ltr';
    mount.hidden = false;
    void this.draw();
    if (moved || !this.stopUpdates) {
      this.stopUpdates?.();
      this.stopUpdates = followAnchor(anchor, mount);
    }
    if (options.focus) {
      this.returnFocus = this.doc.activeElement;
      requestAnimationFrame(() => (mount.querySelector('.card') as HTMLElement | null)?.focus());
    }
  }

  hide(): void {
    this.cancelHide();
    const mount = this.parts?.mount;
    if (!mount || !this.isOpen) return;
    this.stopUpdates?.();
    this.stopUpdates = null;
    render(null, mount);
    mount.hidden = true;
    this.trail = new Trail();
    this.anchor = null;
    this.pinned = false;
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (back && typeof back.focus === 'function' && this.parts?.host.shadowRoot?.activeElement) back.focus();
  }

  togglePin(): void {
    this.pinned = !this.pinned;
    this.cancelHide();
    void this.draw();
  }

  /** Hides after the grace period unless the pointer comes back to the term or into the card. */
  hideSoon(): void {
    if (this.hideTimer || !this.isOpen || this.pinned) return;
    this.hideTimer = window.setTimeout(() => {
      this.hideTimer = 0;
      if (!this.hovered && !this.pinned) this.hide();
    }, HIDE_GRACE_MS);
  }

  cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  /** Whether the text the card explains has left the page (its range collapsed). */
  anchorGone(): boolean {
    return !this.anchor || this.anchor.collapsed || !this.anchor.startContainer.isConnected;
  }

  /** Whether the anchor has left the viewport (the reader scrolled away). */
  anchorOutOfView(): boolean {
    if (!this.anchor) return false;
    const r = this.anchor.getBoundingClientRect();
    const win = this.doc.defaultView!;
    return r.bottom < 0 || r.top > win.innerHeight || (r.width === 0 && r.height === 0);
  }

  destroy(): void {
    this.hide();
    this.parts?.host.remove();
    this.parts = null;
  }

  private async openRelated(id: string): Promise<void> {
    const next = await this.options.getEntry(id);
    if (!next || !this.isOpen) return;
    this.trail = this.trail.push(next);
    this.pinned = true; // a reader who follows a link is reading: keep the card
    await this.draw();
  }

  /** Renders the card at once, then again when its related terms' titles have arrived. */
  private async draw(): Promise<void> {
    const entry = this.entry;
    if (!entry) return;
    this.render(entry, []);
    const ids = relatedIds(entry);
    if (!ids.length) return;
    const related = relatedLinks(await Promise.all(ids.map((id) => this.options.getEntry(id))));
    if (this.entry === entry) this.render(entry, related);
  }

  private render(entry: Entry, related: RelatedLink[]): void {
    const mount = this.parts?.mount;
    if (!mount) return;
    const first = !this.trail.canGoBack;
    const back = () => {
      this.trail = this.trail.back();
      void this.draw();
    };
    render(
      h(Card, {
        entry,
        publishedOn: this.show_?.publishedOn ?? null,
        lastRead: first ? this.show_?.lastRead : null,
        related,
        onOpen: (id) => void this.openRelated(id),
        onBack: first ? undefined : back,
        onClose: () => this.hide(),
        pinned: this.pinned,
        onPin: () => this.togglePin(),
      }),
      mount,
    );
  }

  private ensureHost(): HTMLElement {
    if (this.parts?.host.isConnected) return this.parts.mount;
    this.parts = createCardHost(this.doc, {
      onPointerEnter: () => {
        this.hovered = true;
        this.cancelHide();
      },
      onPointerLeave: () => {
        this.hovered = false;
        this.hideSoon();
      },
      onEscape: () => this.hide(),
    });
    return this.parts.mount;
  }
}
