// Wiring only: settings and messages in, lib/content/session out. This runs on every page, so it
// loads only what every page needs: the glance at the page's text and the messages (no schema or
// storage library, no polyfill: the browser's own API through WXT's `browser`). The reader and the
// card come as their own scripts when first needed (lib/platform/injected.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../lib/platform/messages';
import { injected, type InjectedScript } from '../../lib/platform/injected';
import type { Annotator } from '../../lib/content/annotator';
import type { TooltipClass } from '../../lib/content/card-slot';
import { PageSession } from '../../lib/content/session';
import { findInParts } from '../../lib/content/send-text';
import { siteKey } from '../../lib/settings/sites';
import type { Entry } from '../../lib/dataset/schema';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Same-origin frames (embedded explainers, live-blog widgets) are annotated by their own copy.
  allFrames: true,
  // WXT's "a newer copy started" notice goes by a DOM event alone, not also by window.postMessage,
  // which would wake every message listener the page has.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Cross-origin frames (ads, embeds of other sites) are not part of the article: do nothing there.
    if (!sameOriginAsTop()) return;
    // WXT invalidates a context when the page's document hears "a newer copy started" — an event
    // any page can fake. Backstory stops only when its extension context is really gone.
    const teardown: (() => void)[] = [];
    ctx.onInvalidated(() => {
      if (browser.runtime?.id !== undefined) return;
      teardown.splice(0).forEach((stop) => stop());
    });
    const entries = new Map<string, Promise<Entry | null>>();
    const session = new PageSession({
      win: window,
      glance: (text) => sendMessage('glance', { text, lang: document.documentElement?.getAttribute('lang')?.slice(0, 20) ?? '' }),
      // The reader's text goes to the background, which holds the dictionary and finds the mentions
      // (lib/background/mentions-service.ts).
      reader: async () => {
        const Reader = await load<typeof Annotator>('reader');
        return new Reader({
          win: window,
          findMentions: (text, selection) =>
            findInParts(text, selection, {
              part: (part) => sendMessage('sendText', part),
              find: (last, sel, parts) => sendMessage('findMentions', { text: last, selection: sel, parts }),
            }),
          loadCard: () => load<TooltipClass>('card'),
          getEntry(id) {
            let p = entries.get(id);
            if (!p) entries.set(id, (p = sendMessage('getEntry', id).catch(() => null)));
            return p;
          },
          onCount: (count) => void sendMessage('reportCount', count).catch(() => {}),
          // The top page's title, also from a same-origin frame: what the reader would call the page.
          noteRead: (id) => sendMessage('noteRead', { id, title: (window.top ?? window).document.title.slice(0, 1000) }),
        });
      },
      reportOff: () => void sendMessage('reportCount', 0).catch(() => {}),
    });
    // The background sends the settings to every page when they change (lib/background/page-service.ts):
    // a page keeps no storage listener of its own.
    teardown.push(
      onMessage('settingsChanged', ({ data }) => session.apply(data)),
      () => session.stop(),
    );
    // The popup and the commands speak to the page itself; frames only mark their own text. Asking
    // for the page's terms has it read if it was not.
    if (window === window.top) {
      teardown.push(
        onMessage('getPageTerms', async () => (await session.wake()).pageReport(siteKey(location.href))),
        onMessage('getPageSite', () => siteKey(location.href)),
        // Only the extension itself can send these (tabs.sendMessage); what is sent is still checked.
        onMessage('revealTerm', async ({ data }) => typeof data === 'string' && (await session.wake()).reveal(data)),
        onMessage('moveTerm', async ({ data }) => (data === 1 || data === -1) && (await session.wake()).move(data)),
      );
    }
    await session.start();
  },
});

function sameOriginAsTop(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === location.origin;
  } catch {
    return false; // reading a cross-origin top's location throws
  }
}


/** The class an injected script brings, once the background has put the script into this frame. */
async function load<T>(script: InjectedScript): Promise<T> {
  if (!(await sendMessage('loadScript', script))) throw new Error(`Backstory: the ${script} was refused`);
  return injected<T>(script);
}
