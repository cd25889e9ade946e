// The content script: the one script every page gets. The background puts it into the top page and
// its same-origin frames as each document becomes idle (lib/background/page-service.ts): the page's
// first glance goes back as the script's result, and the answer comes as a call of the handle it
// leaves (lib/platform/page-handle.ts), as do the popup's and the keyboard's questions; the read that
// follows a glance which names a term goes back the same way (lib/platform/exchange.ts). So a page
// that is read but left alone never uses the extension's messaging (its first use in a page's
// isolated world costs it the making of the extension's API); a page that speaks later (a card
// opened, the page changed) sends messages. Wiring only: settings and questions in,
// lib/content/session out. It loads only what every page needs: the glance at the page's text and the
// handle (no schema or storage library, no polyfill: the browser's own API, touched only when a
// message is sent). The reader and the card come as their own scripts when first needed
// (lib/platform/injected.ts).
//
// It is an unlisted script rather than WXT's content script because WXT's content-script context
// announces every start with an event on the page's document, named with the extension's id: any
// page could listen for it and tell that Backstory is installed. A copy left running by an update of
// the extension is stopped by the background instead, through the isolated world's global, which
// pages cannot see (stopPage).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../lib/platform/messages';
import { Exchange } from '../lib/platform/exchange';
import { injected, type InjectedScript } from '../lib/platform/injected';
import { frameState, PAGE_GLOBAL, type FirstGlance, type GlanceAnswer, type PageHandle, type PageQuestion } from '../lib/platform/page-handle';
import type { Annotator, AnnotatorDeps } from '../lib/content/annotator';
import type { TooltipClass } from '../lib/content/card-slot';
import { PageSession } from '../lib/content/session';
import { findInParts } from '../lib/content/send-text';
import { siteKey } from '../lib/settings/sites';
import type { Entry } from '../lib/dataset/schema';

export default defineUnlistedScript((): FirstGlance | null => {
  const world = globalThis as Record<string, unknown>;
  // A copy runs here already (two visits crossed): it stays; the background stops a copy first where
  // it means to replace it (stopPage). A frame of another site (an advert, an embed) is not part of
  // the article: nothing is done there (the background does not put the script there either).
  const place = frameState(PAGE_GLOBAL);
  if (place === 'running' || place === 'elsewhere') return null;
  const top = place === 'top';
  const teardown: (() => void)[] = [];
  const stop = () => {
    teardown.splice(0).forEach((undo) => undo());
    if (world[PAGE_GLOBAL] === handle) world[PAGE_GLOBAL] = undefined;
  };
  // An update or removal of the extension leaves this copy without its background: it stops at the
  // first message that fails for that reason.
  const message = (type: string, data: unknown) =>
    (sendMessage as (...a: unknown[]) => Promise<unknown>)(type, data).catch((err: unknown) => {
      if (extensionId() === undefined) stop();
      throw err;
    });
  // The page's requests: carried back to the background while it waits on the handle, else sent.
  const exchange = new Exchange(window, message);
  const send = ((type: string, data: unknown) => exchange.request(type, data)) as typeof sendMessage;
  teardown.push(() => exchange.end());

  // The first glance goes to the background as this script's result, and waits for its answer; any
  // later one (the page changed, or a long page's next part) is a request.
  let first: FirstGlance | null = null;
  let answerFirst: (answer: GlanceAnswer) => void = () => {};
  const firstAnswer = new Promise<GlanceAnswer>((resolve) => (answerFirst = resolve));
  let glances = 0;
  const lang = () => document.documentElement?.getAttribute('lang')?.slice(0, 20) ?? '';
  const session = new PageSession({
    win: window,
    glance: (text) => {
      if (glances++ === 0) {
        first = { text, lang: lang(), url: location.href };
        return firstAnswer;
      }
      return send('glance', { text, lang: lang() });
    },
    reader: async () => new (await load<typeof Annotator>(send, 'reader'))(readerDeps(send, top)),
    reportOff: () => void send('reportCount', 0).catch(() => {}),
  });
  teardown.push(() => session.stop());

  const handle: PageHandle = {
    stop,
    // A page that names a term is read next: its first request is the answer's result.
    answer: (answer) => {
      const next = answer.names && answer.enabled ? exchange.next() : null;
      answerFirst(answer);
      return next;
    },
    reply: (reply) => exchange.reply(reply),
    ask: (question) => answerQuestion(session, top, question),
  };
  world[PAGE_GLOBAL] = handle;
  void session.start(); // which glances at once
  return first;
});

/**
 * The background sends new settings to every frame; the popup and the commands speak to the top page
 * itself (frames only mark their own text). Asking for the page's terms has it read if it was not.
 * Only the extension can call the handle; what it is sent is still checked.
 */
function answerQuestion(session: PageSession, top: boolean, question: PageQuestion): unknown {
  if (question.type === 'settingsChanged') {
    if (question.data) session.apply(question.data);
    return true;
  }
  if (!top) return null;
  switch (question.type) {
    case 'getPageTerms':
      return session.wake().then((reader) => reader.pageReport(siteKey(location.href)));
    case 'getPageSite':
      return siteKey(location.href);
    case 'revealTerm':
      return typeof question.data === 'string' && session.wake().then((reader) => reader.reveal(question.data as string));
    case 'moveTerm':
      return (question.data === 1 || question.data === -1) && session.wake().then((reader) => reader.move(question.data as 1 | -1));
  }
  return null;
}

/** What the reader asks of the extension. Its text goes to the background, which holds the dictionary and finds the mentions (lib/background/mentions-service.ts). */
function readerDeps(send: typeof sendMessage, top: boolean): AnnotatorDeps {
  const entries = new Map<string, Promise<Entry | null>>();
  return {
    win: window,
    findMentions: (text, selection) =>
      findInParts(text, selection, {
        part: (part) => send('sendText', part),
        find: (last, sel, parts) => send('findMentions', { text: last, selection: sel, parts }),
      }),
    loadCard: () => load<TooltipClass>(send, 'card'),
    getEntry(id) {
      let p = entries.get(id);
      if (!p) entries.set(id, (p = send('getEntry', id).catch(() => null)));
      return p;
    },
    // The badge speaks for the top page (lib/background/badge.ts): a frame does not report.
    onCount: top ? (count) => void send('reportCount', count).catch(() => {}) : undefined,
    // The top page's title, also from a same-origin frame: what the reader would call the page.
    noteRead: (id) => send('noteRead', { id, title: (window.top ?? window).document.title.slice(0, 1000) }),
  };
}

/** The class an injected script brings: the background puts the script into this frame if it is not there yet (the reader usually came with the glance's answer). */
async function load<T>(send: typeof sendMessage, script: InjectedScript): Promise<T> {
  const ready = injected<T>(script) ?? ((await send('loadScript', script)) ? injected<T>(script) : null);
  if (!ready) throw new Error(`Backstory: the ${script} did not load`);
  return ready;
}

/**
 * The extension's id, undefined once the extension is updated or removed. Asked only when a message
 * fails: the first touch of the extension's API in a page's world costs it the API's making (WXT's
 * `browser` touches it as its module loads, so this script does without it).
 */
function extensionId(): string | undefined {
  return (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
}
