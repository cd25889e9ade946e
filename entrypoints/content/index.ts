// Wiring only: settings and messages in, lib/page/annotator out.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { Matcher } from '../../lib/match/matcher';
import { onMessage, sendMessage, EntryIdSchema, StepSchema } from '../../lib/messages';
import { Annotator } from '../../lib/page/annotator';
import { loadSettings, watchSettings } from '../../lib/settings-store';
import type { Settings } from '../../lib/settings';
import { isSiteEnabled, siteKey } from '../../lib/sites';
import type { Entry } from '../../lib/dataset/schema';
import * as v from 'valibot';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Same-origin frames (embedded explainers, live-blog widgets) are annotated by their own copy.
  allFrames: true,
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
    // The dictionary comes from the background once Backstory is on for this page, so the script
    // every page evaluates stays small; pages declared English get the English aliases only.
    let annotator: Annotator | null = null;
    let loading: Promise<Annotator> | null = null;
    const load = async () => {
      const english = /^en\b/i.test(document.documentElement.lang);
      const index = await sendMessage('getIndex', english ? 'core' : 'all');
      if (!index) throw new Error('the background did not send the dictionary');
      return (annotator = new Annotator({
        win: window,
        index,
        matcher: new Matcher(index),
        getEntry(id) {
          let p = entries.get(id);
          if (!p) entries.set(id, (p = sendMessage('getEntry', id).catch(() => null)));
          return p;
        },
        checkNames: (questions) => sendMessage('checkNames', questions),
        onCount: (count) => void sendMessage('reportCount', count).catch(() => {}),
      }));
    };

    const apply = async (settings: Settings) => {
      if (!alive) return;
      if (isSiteEnabled(location.href, settings)) {
        const a = await (loading ??= load()).catch((err) => {
          loading = null; // try again on the next settings change
          console.warn('Backstory: could not load its dictionary', err);
          return null;
        });
        if (!a) return;
        // The settings may have changed while the dictionary loaded: act on the latest.
        if (alive && isSiteEnabled(location.href, latest)) a.start(latest);
      } else if (annotator?.running) annotator.stop();
      else void sendMessage('reportCount', 0).catch(() => {}); // the toolbar shows the site as off
    };
    let latest: Settings;
    teardown.push(
      watchSettings((s) => void apply((latest = s))),
      () => annotator?.stop(),
    );

    // The popup and the commands speak to the page itself; frames only mark their own text.
    if (window === window.top) {
      const site = siteKey(location.href);
      teardown.push(
        onMessage('getPageTerms', () => annotator?.pageReport(site) ?? { enabled: false, site, terms: [] }),
        onMessage('getPageSite', () => site),
        onMessage('revealTerm', ({ data }) => {
          const id = v.safeParse(EntryIdSchema, data);
          return id.success && annotator ? annotator.reveal(id.output) : false;
        }),
        onMessage('moveTerm', ({ data }) => {
          const step = v.safeParse(StepSchema, data);
          return step.success && annotator ? annotator.move(step.output) : false;
        }),
      );
    }
    latest = await loadSettings();
    await apply(latest);
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
