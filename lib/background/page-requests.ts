// The pages' requests, whichever way they come: as messages, or carried back as the results of the
// background's calls of a page's handle while it reads (lib/platform/exchange.ts). Each request has
// one handler, which checks what it is sent.
import { browser } from '../platform/browser';
import { onMessage, type ProtocolMap } from '../platform/messages';
import { callPage, PAGE_GLOBAL, type PageReply, type PageRequest } from '../platform/page-handle';

/** Who asked: the extension's own page script in a tab's frame (the page's address, as it was when it glanced). */
export interface PageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

type Handler = (data: unknown, sender: PageSender) => unknown;

const handlers = new Map<string, Handler>();

/** Answers one kind of request, sent as a message or carried back. */
export function servePage<K extends keyof ProtocolMap>(type: K, handler: (data: unknown, sender: PageSender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>): void {
  handlers.set(type, handler as Handler);
  onMessage(type, ({ data, sender }) => handler(data, sender));
}

/**
 * Answers a frame's requests as its handle hands them over, starting from the result of the call
 * that answered its glance, until the page is quiet (the call's result is then null) or gone.
 */
export async function converse(tabId: number, frameId: number, url: string, first: unknown): Promise<void> {
  const incognito = await browser.tabs.get(tabId).then((tab) => tab.incognito, () => false);
  const sender: PageSender = { id: browser.runtime.id, url, frameId, tab: { id: tabId, incognito } };
  let request = first;
  try {
    while (isRequest(request)) {
      const handler = handlers.get(request.type);
      let reply: PageReply;
      try {
        if (!handler) throw new Error(`no such request: ${request.type.slice(0, 40)}`);
        reply = { value: await handler(request.data, sender) };
      } catch (err) {
        reply = { error: err instanceof Error ? err.message : String(err) };
      }
      const [done] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: callPage, args: [PAGE_GLOBAL, 'reply', reply] });
      request = done?.result;
    }
  } catch {
    // The page went away meanwhile.
  }
}

function isRequest(value: unknown): value is PageRequest {
  return typeof value === 'object' && value !== null && typeof (value as PageRequest).type === 'string';
}
