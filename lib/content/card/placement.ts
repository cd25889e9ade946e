// Where the card sits: next to its term (below, or above when there is no room), inside the
// viewport, and kept there while the page scrolls or reflows (Floating UI's autoUpdate).
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Space between the term and the card, in CSS pixels. */
const GAP_PX = 6;
/** Keep the card this far from the viewport's edges. */
const EDGE_PX = 8;
/** The card never gets shorter than this, however little room there is. */
const MIN_HEIGHT_PX = 120;

/** Keeps `card` placed at `anchor` until the returned function is called. */
export function followAnchor(anchor: Range, card: HTMLElement): () => void {
  const reference = virtual(anchor);
  return autoUpdate(reference, card, () => void place(reference, card));
}

async function place(reference: VirtualElement, card: HTMLElement): Promise<void> {
  if (card.hidden) return;
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(GAP_PX),
      flip({ padding: EDGE_PX }),
      shift({ padding: EDGE_PX }),
      size({
        padding: EDGE_PX,
        apply: ({ availableHeight }) => card.style.setProperty('--bs-max-height', `${Math.max(MIN_HEIGHT_PX, availableHeight)}px`),
      }),
    ],
  });
  card.style.left = `${x}px`;
  card.style.top = `${y}px`;
}

function virtual(anchor: Range): VirtualElement {
  return {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
    contextElement: anchor.startContainer.parentElement ?? undefined,
  };
}
