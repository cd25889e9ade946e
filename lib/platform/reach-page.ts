// Asking a tab's page from the popup or the background: a call of the handle its script leaves
// (lib/platform/page-handle.ts), so the page never listens for the extension's messages.
import { browser } from './browser';
import { callPage, PAGE_GLOBAL, type PageQuestion, type PageQuestions } from './page-handle';

/** The answer of the tab's top page to a question; null where no copy of the page's script runs there. */
export async function askPage<K extends keyof PageQuestions>(tabId: number, type: K, data?: Parameters<PageQuestions[K]>[0]): Promise<Awaited<ReturnType<PageQuestions[K]>> | null> {
  const question = { type, data } as PageQuestion;
  const [reached] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: callPage, args: [PAGE_GLOBAL, 'ask', question] });
  return (reached?.result ?? null) as Awaited<ReturnType<PageQuestions[K]>> | null;
}
