// The tooltip: one host element appended to <html> when first needed, an open shadow root with a
// Preact tree inside, placed next to the term with Floating UI.
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Entry } from '../dataset/schema';
import { Card } from '../ui/Card';
import { CARD_CSS } from '../ui/card-css';

export const HOST_TAG = 'backstory-root';
/** Page Previews waits 300 ms before hiding: time to cross the gap between term and card. */
export const HIDE_GRACE_MS = 300;
/** Space between the term and the card, in CSS pixels. */
const GAP_PX = 6;

export class Tooltip {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private hideTimer = 0;
  private hovered = false;
  current: { entry: Entry; anchor: Range } | null = null;

  constructor(private readonly doc: Document) {}

  /** The host element, if it was created; scanning and integrity checks leave it out. */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(entry: Entry, anchor: Range, dark: boolean): void {
    this.cancelHide();
    const mount = this.ensureHost();
    this.current = { entry, anchor };
    mount.className = dark ? 'dark' : 'auto';
    render(h(Card, { entry, onClose: () => this.hide() }), mount);
    mount.hidden = false;
    void this.place(anchor);
  }

  hide(): void {
    this.cancelHide();
    if (!this.mount || this.mount.hidden) return;
    render(null, this.mount);
    this.mount.hidden = true;
    this.current = null;
  }

  /** Hides after the grace period unless the pointer comes back to the term or into the card. */
  hideSoon(): void {
    if (this.hideTimer || !this.current) return;
    this.hideTimer = window.setTimeout(() => {
      this.hideTimer = 0;
      if (!this.hovered) this.hide();
    }, HIDE_GRACE_MS);
  }

  cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  get isOpen(): boolean {
    return !!this.current;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = this.mount = null;
  }

  private ensureHost(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    // Out of the page's flow and above its content; the card inside is positioned with fixed coordinates.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    const mount = this.doc.createElement('div');
    mount.setAttribute('role', 'dialog');
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
    shadow.appendChild(mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private async place(anchor: Range): Promise<void> {
    const mount = this.mount;
    if (!mount) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const { x, y } = await computePosition(reference, mount, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(GAP_PX), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    mount.style.left = `${x}px`;
    mount.style.top = `${y}px`;
  }
}
