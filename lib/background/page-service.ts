// Each page's start and what its content script needs besides mentions and entries. The background
// visits every document as it loads and puts the page's script into it (lib/platform/page-handle.ts),
// so that a page never speaks first; it answers each glance (whether the page's text names any term,
// so that a page that names none is never read) with the reader's settings, read and checked here and
// sent to every listening page again when they change, so that no page carries the storage or schema
// libraries or listens to storage; and it puts the reader's and the card's code into a frame when
// they are first needed.
import * as v from 'valibot';
import { browser } from '../platform/browser';
import { FirstGlanceSchema, GlanceSchema } from '../platform/message-schemas';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { isSiteEnabled } from '../settings/sites';
import { primaryLanguage } from '../text/language';
import { INJECTED, type InjectedScript } from '../platform/injected';
import { callPage, frameState, PAGE_GLOBAL, PAGE_SCRIPT, stopPage, type GlanceAnswer, type PageQuestion } from '../platform/page-handle';
import { showState } from './badge';
import { converse, servePage } from './page-requests';
import type { Glancer } from './mentions-service';

export function answerPages(dictionary: Glancer): void {
  servePage('glance', async (data, sender) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return { settings: DEFAULT_SETTINGS, enabled: false, names: false };
    // A page too long to glance at is read; a request that fails its check is not.
    const request = v.safeParse(GlanceSchema, data);
    return answerGlance(dictionary, request.success ? request.output : { text: '', lang: '' }, sender.url, { tab: sender.tab, frameId: sender.frameId ?? 0 });
  });
  // Every document is visited as it starts loading (a tab's status turns to "loading" as a new
  // document loads, or when a single-page site changes its address: a frame whose copy already runs
  // is left alone). The page's script then runs once the document is idle, as a declared content
  // script would; the frames then in the page follow. Once the tab has loaded it is visited again,
  // for any frame that loaded later and for a top page where no copy runs: the first visit can reach
  // the document being left while the new one is not there yet. Every open tab is visited at the
  // extension's install or update too (a declared script reaches only pages loaded after it), its
  // copies of an earlier version replaced.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.status === 'complete') void visit(dictionary, tabId, false);
  });
  browser.runtime.onInstalled.addListener(async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void visit(dictionary, tab.id, true);
  });
  watchSettings(async (settings) => {
    // Every frame of every tab that runs the page's script (a page that named nothing glances again:
    // the new settings may show a term it names, or switch its site on); a tab where none runs yet
    // is visited.
    for (const tab of await browser.tabs.query({})) {
      const tabId = tab.id;
      if (tabId === undefined) continue;
      const question = { type: 'settingsChanged', data: settings } satisfies PageQuestion;
      browser.scripting
        .executeScript({ target: { tabId, allFrames: true }, func: callPage, args: [PAGE_GLOBAL, 'ask', question] })
        .then((results) => {
          if (!results.some((r) => r.result !== null)) return visit(dictionary, tabId, false);
        })
        .catch(() => {});
    }
  });

  // Put by the background into the one frame that asks, in the content script's own isolated
  // world: the reader (entrypoints/reader.ts) once the page names a term, the card (entrypoints/card.ts:
  // Preact, Floating UI, the card and its styles) once its first card is about to open. No page can
  // load or detect these files (they are not web-accessible), and a page never pays for what it does
  // not use. Each sets its class on that world's global (lib/platform/injected.ts).
  servePage('loadScript', async (data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isOwnContentScript(sender, browser.runtime.id) || (data !== 'reader' && data !== 'card')) return false;
    await inject(tabId, sender.frameId ?? 0, data);
    return true;
  });
}

/**
 * The visit of each tab that is under way. A tab's visits follow one another: two at once (its
 * load starting and ending close together) would each find no copy running and put in two.
 */
const visits = new Map<number, Promise<void>>();

/**
 * Puts the page's script into the frames of a tab where it does not run yet (`restart`: into every
 * frame, replacing what runs) and answers each one's first glance (lib/platform/page-handle.ts). The
 * top page comes first, once its document is idle: the frames of its markup exist by then. Its
 * answer does not wait for them to load. A visit waits for the one before it in the same tab.
 */
async function visit(dictionary: Glancer, tabId: number, restart: boolean): Promise<void> {
  const previous = visits.get(tabId);
  const next = (async () => {
    await previous;
    const top = visitFrames(dictionary, tabId, 'top', restart);
    await Promise.all([top, top.then(() => visitFrames(dictionary, tabId, 'frames', restart))]);
  })();
  visits.set(tabId, next);
  await next;
  if (visits.get(tabId) === next) visits.delete(tabId);
}

async function visitFrames(dictionary: Glancer, tabId: number, which: 'top' | 'frames', restart: boolean): Promise<void> {
  const call = (frameIds: number[] | null, func: typeof callPage | typeof stopPage | typeof frameState, args: unknown[]) =>
    browser.scripting.executeScript({ target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true }, func, args: [PAGE_GLOBAL, ...args] });
  try {
    // The first call waits for each frame's document to be idle. Other sites' frames get no script.
    const seen = await call(which === 'top' ? [0] : null, frameState, []);
    const frameIds = seen
      .filter(({ frameId, result }) => (which === 'top') === (frameId === 0) && result !== 'elsewhere' && (restart || result !== 'running'))
      .map((r) => r.frameId);
    if (!frameIds.length) return;
    if (restart) await call(frameIds, stopPage, []);
    // The script's result is the frame's first glance (entrypoints/page.ts).
    const glances = await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [PAGE_SCRIPT] });
    await Promise.all(
      glances.map(async ({ frameId, result }) => {
        // What the page's script returns is checked like any message.
        const first = v.safeParse(FirstGlanceSchema, result);
        if (!first.success) return;
        const answer = await answerGlance(dictionary, first.output, first.output.url, { tab: { id: tabId }, frameId });
        // The call's result is the page's first request of its read, if it reads (entrypoints/page.ts):
        // its requests are answered as they come, apart from the rest of the visit.
        void call([frameId], callPage, ['answer', answer]).then(([r]) => converse(tabId, frameId, first.output.url, r?.result), () => {});
      }),
    );
  } catch {
    // The tab closed or moved on meanwhile, or the browser protects it (its own pages, the web store).
  }
}

/**
 * The answer to a frame's glance: the reader's settings, read and checked here (the page loads no
 * schema library), whether Backstory is on at the frame's address, and whether the text names a
 * term those settings show. A page that names one gets its reader with the answer.
 */
async function answerGlance(dictionary: Glancer, request: { text: string | null; lang: string }, url: string | undefined, frame: { tab?: { id?: number }; frameId: number }): Promise<GlanceAnswer> {
  const settings = await loadSettings();
  const enabled = !url || isSiteEnabled(url, settings);
  const { text, lang } = request;
  const names = enabled && (text === null || (text !== '' && (await dictionary.namesAnyTerm(text, primaryLanguage(lang), settings))));
  dictionary.glanced(frame, names ? (text ?? '') : '');
  // The toolbar of a top page that will not be read (it names nothing, or Backstory is off there):
  // no count will come from the page.
  const tabId = frame.tab?.id;
  if (tabId !== undefined && frame.frameId === 0 && !names) void showState(tabId, 0, enabled).catch(() => {});
  // A page that names a term is read next: its reader comes with the answer, which saves the page
  // a message and a wait (a page read for another reason, such as the popup, asks with loadScript).
  if (names && tabId !== undefined) await inject(tabId, frame.frameId, 'reader').catch(() => {});
  return { settings, enabled, names };
}

function inject(tabId: number, frameId: number, script: InjectedScript): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [INJECTED[script].file] });
}
