// The card's place in the page: one element appended to <html>, out of the page's flow and above its
// content, with an open shadow root that keeps the page's styles out and the card's styles in.
import { CARD_CSS } from '../../card/card-css';
import { adoptSheet } from '../paint/adopted-sheets';

const HOST_TAG = 'backstory-root';

export interface CardHost {
  host: HTMLElement;
  /** The element the card is rendered into (a non-modal dialog). */
  mount: HTMLElement;
}

export interface HostEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** Escape pressed inside the card. */
  onEscape(): void;
}

export function createCardHost(doc: Document, events: HostEvents): CardHost {
  const host = doc.createElement(HOST_TAG);
  // The card inside is positioned with fixed coordinates (placement.ts).
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  adoptSheet(shadow, sheet);
  const mount = doc.createElement('div');
  // A non-modal dialog: screen readers announce it, and focus is never trapped in it.
  mount.setAttribute('role', 'dialog');
  mount.setAttribute('aria-modal', 'false');
  mount.setAttribute('aria-label', 'Backstory');
  mount.style.cssText = 'position: fixed; top: 0; left: 0;';
  mount.addEventListener('pointerenter', events.onPointerEnter);
  mount.addEventListener('pointerleave', events.onPointerLeave);
  mount.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    events.onEscape();
  });
  shadow.appendChild(mount);
  doc.documentElement.appendChild(host);
  return { host, mount };
}
