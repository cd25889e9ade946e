// Constructed style sheets on a shadow root, from a content script. In Firefox ESR 140 (not in
// 153) a content script cannot reach a shadow root's adoptedStyleSheets (an ObservableArray)
// through its Xray wrapper: reading gives an object with no length and no array methods, and
// assigning throws "Accessing from Xray wrapper is not supported" (Mozilla bug 1928865), which
// kept the card from ever opening. There the list is read and set on the page's own view of the
// root (wrappedJSObject), the new array cloned into the page with its sheets passed by reference
// (cloneInto). Everywhere else (Chromium, Firefox 153) the property is used directly, as before.

type CloneInto = <T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T;
type Waivable<T> = T & { wrappedJSObject?: T };

/** The page's view of the root and a way to set its list, where the Xray wrapper hides the list. */
function pageSide(root: ShadowRoot): { sheets(): CSSStyleSheet[]; set(sheets: CSSStyleSheet[]): void } | null {
  const page = (root as Waivable<ShadowRoot>).wrappedJSObject;
  const cloneInto = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  const win = root.ownerDocument.defaultView;
  if (!page || typeof cloneInto !== 'function' || !win) return null;
  return {
    sheets: () => Array.from(page.adoptedStyleSheets ?? []),
    set: (sheets) => void (page.adoptedStyleSheets = cloneInto(sheets, win, { wrapReflectors: true })),
  };
}

/** The sheet as the page's view sees it (its list holds these, so they compare equal). */
function waived(sheet: CSSStyleSheet): CSSStyleSheet {
  return (sheet as Waivable<CSSStyleSheet>).wrappedJSObject ?? sheet;
}

/** Whether the root's list can be used directly (false in a Firefox content script before 153). */
function direct(root: ShadowRoot): boolean {
  const list = root.adoptedStyleSheets as CSSStyleSheet[] | undefined;
  return typeof list?.filter === 'function' || !pageSide(root);
}

/** Adds the sheet to the root's adopted style sheets, after the ones it has, unless it is there. */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  if (direct(root)) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const page = pageSide(root)!;
  const list = page.sheets();
  if (!list.includes(waived(sheet))) page.set([...list, waived(sheet)]);
}

/** Takes the sheet out of the root's adopted style sheets, leaving the others. */
export function dropSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  if (direct(root)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    return;
  }
  const page = pageSide(root)!;
  page.set(page.sheets().filter((s) => s !== waived(sheet)));
}
