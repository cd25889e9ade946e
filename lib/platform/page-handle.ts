// How the background reaches a page that has not spoken. The page's script (entrypoints/page.ts) is
// put by the background into the top page and its same-origin frames as each document becomes idle
// (lib/background/page-service.ts), and leaves a handle on its isolated world's global, which pages
// cannot see. The script's result (what `scripting.executeScript` returns for the file) is the page's
// first glance, and the background's answer goes in as the argument of a call of the handle, so a
// page that names nothing never uses the extension's messaging: its first use in a page's isolated
// world makes the extension API's bindings there, which cost such a page more than its glance
// (bench/RESULTS.md).
import type { Settings } from '../settings/settings';

export const PAGE_SCRIPT = '/page.js';
/** The global of the content script's isolated world where a running copy leaves its handle. */
export const PAGE_GLOBAL = '__backstoryPage';

/** A frame's first glance (lib/content/read/glance.ts; text null: too long to glance at). */
export interface FirstGlance {
  text: string | null;
  /** The page's declared language. */
  lang: string;
  /** The frame's address: whether Backstory is on there is decided by its site. */
  url: string;
}

/** The background's answer to a glance. `enabled`: whether Backstory runs on the frame's site. */
export interface GlanceAnswer {
  settings: Settings;
  enabled: boolean;
  names: boolean;
}

/** What a running copy of the page's script offers the background. */
export interface PageHandle {
  stop(): void;
  /** The background's answer to the first glance. */
  answer(answer: GlanceAnswer): void;
  /** Hear the extension's messages from now on (the popup's questions, the keyboard, new settings). */
  listen(): void;
}

/**
 * Where a frame stands: a copy runs there ('running'), or it is the top page ('top'), a frame of the
 * top's origin, part of the page ('frame'), or another site's frame ('elsewhere': an advert, an
 * embed, where nothing is done). The background asks every frame this first (run in the page by
 * `scripting.executeScript`: it must stand alone), and the page's script asks it as it starts.
 */
export function frameState(global: string): 'running' | 'top' | 'frame' | 'elsewhere' {
  if ((globalThis as Record<string, unknown>)[global]) return 'running';
  // Chromium lists the origins of a frame's ancestors, the top's last, so a frame learns where it is
  // without touching window.top: its first use in a frame costs 1–3 ms (the top's window made in
  // this isolated world), and reading a cross-origin top's location throws, which costs more still.
  // An opaque origin ("null") is never the top's.
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) {
    if (!ancestors.length) return 'top';
    return location.origin !== 'null' && ancestors[ancestors.length - 1] === location.origin ? 'frame' : 'elsewhere';
  }
  if (window === window.top) return 'top';
  try {
    return window.top!.location.origin === location.origin ? 'frame' : 'elsewhere';
  } catch {
    return 'elsewhere'; // reading a cross-origin top's location throws
  }
}

/**
 * Calls the handle of this frame's running copy, if there is one. Run in the page by
 * `scripting.executeScript`, which sends the function's source: it must stand alone.
 */
export function callPage(global: string, method: 'answer' | 'listen', arg?: unknown): unknown {
  const handle = (globalThis as Record<string, unknown>)[global] as Record<string, (arg?: unknown) => unknown> | undefined;
  if (!handle) return null;
  const result = handle[method](arg);
  return result === undefined ? true : result;
}

/**
 * Stops the copy that runs in this frame, if any (an earlier version's too), so that the script put
 * in next starts afresh. Run in the page like callPage.
 */
export function stopPage(global: string): boolean {
  const world = globalThis as Record<string, unknown>;
  const handle = world[global] as { stop?: () => void } | undefined;
  handle?.stop?.();
  world[global] = undefined;
  return Boolean(handle);
}
