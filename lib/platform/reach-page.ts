// Speaking to a tab's page from the popup or the background. A page that named nothing when it
// loaded does not listen for the extension's messages (lib/platform/page-handle.ts): it is asked to
// listen first, and then asked again.
import { browser } from './browser';
import { callPage, PAGE_GLOBAL } from './page-handle';

/** Sends `ask` to the tab's top page; where nothing listens there, has the page listen and sends it once more. */
export async function askPage<T>(tabId: number, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    const [reached] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: callPage, args: [PAGE_GLOBAL, 'listen'] });
    if (reached?.result !== true) throw new Error('Backstory: no page to speak to in this tab');
    return ask();
  }
}
