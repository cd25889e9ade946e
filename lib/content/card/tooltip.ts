// The tooltip: one host element appended to <html> when first needed, an open shadow root with a
// Preact tree inside, placed next to the term with Floating UI and kept there while the page moves.
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Entry } from '../../dataset/schema';
import { Card, MAX_RELATED, type RelatedLink } from '../../card/Card';
import { CARD_CSS } from '../../card/card-css';
import type { Appearance } from './appearance';
import { adoptSheet } from '../paint/adopted-sheets';

export const HOST_TAG = 'backstory-root';
/** Page Previews waits 300 ms before hiding: time to cross the gap between term and card. */
export const HIDE_GRACE_MS = 300;
/** Space between the term and the card, in CSS pixels. */
const GAP_PX = 6;
/** Keep the card this far from the viewport's edges. */
const EDGE_PX = 8;

export interface TooltipOptions {
  getEntry(id: string): Promise<Entry | null>;
  /** Called when the reader closes the card from inside it (close button, Escape). */
  onClosed?(): void;
}

export interface ShowOptions {
  appearance: Appearance;
  publishedOn: string | null;
  /** When the reader last read about this term before (ISO time); may arrive after the card is shown. */
  lastRead?: string | null;
  /** Move focus into the card (when it was opened from the keyboard). */
  focus?: boolean;
}

export class Tooltip {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private hideTimer = 0;
  private hovered = false;
  private stopUpdates: (() => void) | null = null;
  private stack: Entry[] = [];
  private anchor: Range | null = null;
  private show_: ShowOptions | null = null;
  private returnFocus: Element | null = null;
  pinned = false;

  constructor(
    private readonly doc: Document,
    private readonly options: TooltipOptions,
  ) {}

  /** The host element, if it was created; scanning and integrity checks leave it out. */
  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.stack.length > 0;
  }

  /** Tells the card shown for `entry` when its term was last read (the history answers after it opened). */
  setLastRead(entry: Entry, lastRead: string | null): void {
    if (!this.show_ || this.stack[0] !== entry || !lastRead) return;
    this.show_ = { ...this.show_, lastRead };
    void this.draw();
  }

  /** Whether the card is open on this term. */
  showing(anchor: Range): boolean {
    return this.isOpen && this.anchor === anchor;
  }

  get entry(): Entry | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  show(entry: Entry, anchor: Range, options: ShowOptions): void {
    this.cancelHide();
    const mount = this.ensureHost();
    const moved = anchor !== this.anchor;
    this.stack = [entry];
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
      const reference = virtual(anchor);
      this.stopUpdates = autoUpdate(reference, mount, () => void this.place(reference));
    }
    if (options.focus) {
      this.returnFocus = this.doc.activeElement;
      requestAnimationFrame(() => (mount.querySelector('.card') as HTMLElement | null)?.focus());
    }
  }

  hide(): void {
    this.cancelHide();
    if (!this.mount || !this.isOpen) return;
    this.stopUpdates?.();
    this.stopUpdates = null;
    render(null, this.mount);
    this.mount.hidden = true;
    this.stack = [];
    this.anchor = null;
    this.pinned = false;
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (back && typeof back.focus === 'function' && this.host?.shadowRoot?.activeElement) back.focus();
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
    this.host?.remove();
    this.host = this.mount = null;
  }

  private async openRelated(id: string): Promise<void> {
    const next = await this.options.getEntry(id);
    if (!next || !this.isOpen) return;
    this.stack.push(next);
    this.pinned = true; // a reader who follows a link is reading: keep the card
    await this.draw();
  }

  /** Renders the card at once, then again when its related terms' titles have arrived. */
  private async draw(): Promise<void> {
    const entry = this.entry;
    if (!entry) return;
    this.render(entry, []);
    const ids = (entry.related ?? []).slice(0, MAX_RELATED);
    if (!ids.length) return;
    const related = (await Promise.all(ids.map((id) => this.options.getEntry(id))))
      .filter((e): e is Entry => e !== null)
      .map((e): RelatedLink => ({ id: e.id, title: e.title }));
    if (this.entry === entry) this.render(entry, related);
  }

  private render(entry: Entry, related: RelatedLink[]): void {
    const mount = this.mount;
    if (!mount) return;
    render(
      h(Card, {
        entry,
        publishedOn: this.show_?.publishedOn ?? null,
        lastRead: this.stack.length === 1 ? this.show_?.lastRead : null,
        related,
        onOpen: (id) => void this.openRelated(id),
        onBack:
          this.stack.length > 1
            ? () => {
                this.stack.pop();
                void this.draw();
              }
            : undefined,
        onClose: () => {
          this.hide();
          this.options.onClosed?.();
        },
        pinned: this.pinned,
        onPin: () => this.togglePin(),
      }),
      mount,
    );
  }

  private ensureHost(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    // Out of the page's flow and above its content; the card inside is positioned with fixed coordinates.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    adoptSheet(shadow, sheet);
    const mount = this.doc.createElement('div');
    // A non-modal dialog: screen readers announce it, and focus is never trapped in it.
    mount.setAttribute('role', 'dialog');
    mount.setAttribute('aria-modal', 'false');
    mount.setAttribute('aria-label', 'Backstory');
    mount.style.cssText = 'position: fixed; top: 0; left: 0;';
    mount.addEventListener('pointerenter', () => {
      this.hovered = true;
      this.cancelHide();
    });
    mount.addEventListener('pointerleave', () => {
      this.hovered = false;
      this.hideSoon();
    });
    mount.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.hide();
      this.options.onClosed?.();
    });
    shadow.appendChild(mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private async place(reference: VirtualElement): Promise<void> {
    const mount = this.mount;
    if (!mount || mount.hidden) return;
    const { x, y } = await computePosition(reference, mount, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply: ({ availableHeight }) => mount.style.setProperty('--bs-max-height', `${Math.max(120, availableHeight)}px`),
        }),
      ],
    });
    mount.style.left = `${x}px`;
    mount.style.top = `${y}px`;
  }
}

function virtual(anchor: Range): VirtualElement {
  return {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
    contextElement: anchor.startContainer.parentElement ?? undefined,
  };
}
