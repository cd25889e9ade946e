// The popup's keys: arrows move between the search box and the rows, Home and End jump, Escape goes
// back from an entry, then leaves the rows, then clears the search; with nothing to undo, the browser
// closes the popup. Keys are read from the whole document, so they work wherever focus happens to be.
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/** The rows the arrows move between. */
export const ROW = '[data-row]';

export interface KeyTargets {
  root: RefObject<HTMLElement | null>;
  input: RefObject<HTMLInputElement | null>;
  /** An entry is open: Escape goes back, and the arrows are the card's own. */
  entryOpen: boolean;
  back(): void;
  /** Clears the search; false when there was nothing to clear. */
  clear(): boolean;
}

export function usePopupKeys(targets: KeyTargets): void {
  // Always this render's handler: a key pressed before the next effect must not meet the last view's.
  const keys = useRef(targets);
  keys.current = targets;
  useEffect(() => {
    const listener = (ev: KeyboardEvent) => onKey(ev, keys.current);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

function onKey(ev: KeyboardEvent, t: KeyTargets): void {
  const active = document.activeElement as HTMLElement | null;
  if (ev.key === 'Escape') {
    if (t.entryOpen) t.back();
    else if (active?.matches(ROW)) t.input.current?.focus();
    else if (!t.clear()) return; // nothing to undo: let the browser close the popup
    ev.preventDefault();
    return;
  }
  if (t.entryOpen || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(ev.key)) return;
  const onInput = active === t.input.current;
  if (!onInput && !active?.matches(ROW)) return;
  if (onInput && (ev.key === 'Home' || ev.key === 'End')) return; // the caret's keys in a text box
  const stops = [t.input.current!, ...t.root.current!.querySelectorAll<HTMLElement>(ROW)];
  const i = stops.indexOf(active!);
  const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 1, End: stops.length - 1 };
  stops[Math.max(0, Math.min(stops.length - 1, moves[ev.key]))]?.focus();
  ev.preventDefault();
}
