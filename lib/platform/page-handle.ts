// How the background and the popup reach a page, and how a page's read reaches the background
// without the extension's messaging. The page's script (entrypoints/page.ts) is put by the background
// into the top page and its same-origin frames as each document becomes idle
// (lib/background/page-service.ts), and leaves a handle on its isolated world's global, which pages
// cannot see. The script's result (what `scripting.executeScript` returns for the file) is the page's
// first glance; the background's answer goes in as the argument of a call of the handle, and that
// call's result is the page's first request of its read (the text to find mentions in), whose reply
// goes in the same way and brings back the next (lib/platform/exchange.ts). The popup's and the
// keyboard's questions are calls of the handle too. So a page never uses the extension's messaging
// unless it speaks on its own later (a card opened, the page changed): its first use in a page's
// isolated world makes the extension API's bindings there, which cost a page about as much as its
// glance (bench/RESULTS.md).
import type { Settings } from '../settings/settings';
import type { PageReport } from './messages';

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

/** One of the page's requests (a message's type and data), carried back as the result of the background's call. */
export interface PageRequest {
  type: string;
  data: unknown;
}

/** The background's reply to a request carried back: its value, or why it failed. */
export interface PageReply {
  value?: unknown;
  error?: string;
}

/** What the popup, the keyboard commands and the background ask of a page. */
export interface PageQuestions {
  /** The settings changed (every frame that runs a copy). */
  settingsChanged(settings: Settings): void;
  /** The terms found on this page, in article order (the popup): the page is read if it was not. */
  getPageTerms(): PageReport;
  /** The page's site (only the page knows its address), for the keyboard switch. */
  getPageSite(): string | null;
  /** Scroll to the first mention of a term and open its card (the popup). */
  revealTerm(id: string): boolean;
  /** Move to the next (1) or previous (-1) marked term (the keyboard). */
  moveTerm(step: 1 | -1): boolean;
}

export type PageQuestion = { [K in keyof PageQuestions]: { type: K; data?: Parameters<PageQuestions[K]>[0] } }[keyof PageQuestions];

/** What a running copy of the page's script offers the background. */
export interface PageHandle {
  stop(): void;
  /** The background's answer to the first glance; resolves with the page's first request (null: none soon). */
  answer(answer: GlanceAnswer): Promise<PageRequest | null> | null;
  /** The background's reply to the page's last request; resolves with the next (null: none soon). */
  reply(reply: PageReply): Promise<PageRequest | null>;
  /** A question from the popup, the keyboard or the background. */
  ask(question: PageQuestion): unknown;
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
 * Calls the handle of this frame's running copy, if there is one (null where none runs). Run in the
 * page by `scripting.executeScript`, which sends the function's source: it must stand alone. What
 * the call returns is its result (a promise's value, once settled; undefined becomes true).
 */
export function callPage(global: string, method: 'answer' | 'reply' | 'ask', arg: unknown): unknown {
  const handle = (globalThis as Record<string, unknown>)[global] as Record<string, (arg: unknown) => unknown> | undefined;
  if (!handle) return null;
  const settle = (result: unknown) => (result === undefined ? true : result);
  const result = handle[method](arg);
  return result instanceof Promise ? result.then(settle) : settle(result);
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
