// Wiring only: settings and messages in, lib/content/annotator out. This runs on every page, so it
// loads only what every page needs (no card, no schema or storage library, no polyfill: the browser's
// own API through WXT's `browser`); the card comes when first needed (lib/content/card-slot.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../lib/platform/messages';
import { Annotator } from '../../lib/content/annotator';
import { loadedCard } from '../../lib/content/card-slot';
import { findInParts } from '../../lib/content/send-text';
import type { Settings } from '../../lib/settings/settings';
import { isSiteEnabled, siteKey } from '../../lib/settings/sites';
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
    let alive = true;
    ctx.onInvalidated(() => {
      if (browser.runtime?.id !== undefined) return;
      alive = false;
      teardown.splice(0).forEach((stop) => stop());
    });
    const entries = new Map<string, Promise<Entry | null>>();
    // The page side of each scan runs here; its text goes to the background, which holds the
    // dictionary and finds the mentions (lib/background/mentions-service.ts).
    const annotator = new Annotator({
      win: window,
      findMentions: (text, selection) =>
        findInParts(text, selection, {
          part: (part) => sendMessage('sendText', part),
          find: (last, sel, parts) => sendMessage('findMentions', { text: last, selection: sel, parts }),
        }),
      loadCard: async () => {
        if (!(await sendMessage('loadCard'))) throw new Error('Backstory: the card was refused');
        return loadedCard();
      },
      getEntry(id) {
        let p = entries.get(id);
        if (!p) entries.set(id, (p = sendMessage('getEntry', id).catch(() => null)));
        return p;
      },
      onCount: (count) => void sendMessage('reportCount', count).catch(() => {}),
      // The top page's title, also from a same-origin frame: what the reader would call the page.
      noteRead: (id) => sendMessage('noteRead', { id, title: (window.top ?? window).document.title.slice(0, 1000) }),
    });

    const apply = (settings: Settings) => {
      if (!alive) return;
      if (isSiteEnabled(location.href, settings)) annotator.start(settings);
      else if (annotator.running) annotator.stop();
      else void sendMessage('reportCount', 0).catch(() => {}); // the toolbar shows the site as off
    };
    // The background sends the settings to every page when they change (lib/background/page-service.ts):
    // a page keeps no storage listener of its own.
    teardown.push(
      onMessage('settingsChanged', ({ data }) => apply(data)),
      () => annotator.stop(),
    );

    // The popup and the commands speak to the page itself; frames only mark their own text.
    if (window === window.top) {
      const site = siteKey(location.href);
      teardown.push(
        onMessage('getPageTerms', () => annotator.pageReport(site)),
        onMessage('getPageSite', () => site),
        // Only the extension itself can send these (tabs.sendMessage); what is sent is still checked.
        onMessage('revealTerm', ({ data }) => (typeof data === 'string' ? annotator.reveal(data) : false)),
        onMessage('moveTerm', ({ data }) => (data === 1 || data === -1 ? annotator.move(data) : false)),
      );
    }
    apply(await sendMessage('getSettings'));
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

