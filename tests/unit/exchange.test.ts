// The page's side of its talk with the background (lib/platform/exchange.ts): while the background
// waits, a request becomes the result of its call and the reply comes back with the next call;
// otherwise, and once the page is quiet, requests go as messages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Exchange, QUIET_MS } from '../../lib/platform/exchange';

describe('Exchange', () => {
  let sent: [string, unknown][];
  let exchange: Exchange;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    exchange = new Exchange(globalThis as unknown as Window, async (type, data) => (sent.push([type, data]), `message:${type}`));
  });
  afterEach(() => vi.useRealTimers());

  it('carries requests back while the background waits, each reply bringing the next', async () => {
    const first = exchange.next();
    const found = exchange.request('findMentions', { text: 'x' });
    expect(await first).toEqual({ type: 'findMentions', data: { text: 'x' } });
    // The reply's receiver asks at once: the request goes back with the reply's call.
    const count = found.then(() => exchange.request('reportCount', 3));
    const second = exchange.reply({ value: { mentions: [] } });
    await expect(found).resolves.toEqual({ mentions: [] });
    expect(await second).toEqual({ type: 'reportCount', data: 3 });
    const third = exchange.reply({ value: true });
    await expect(count).resolves.toBe(true);
    expect(sent).toEqual([]);
    // Quiet: the background's wait ends, and a later request is a message.
    vi.advanceTimersByTime(QUIET_MS);
    expect(await third).toBeNull();
    await expect(exchange.request('getEntry', 'nato')).resolves.toBe('message:getEntry');
    expect(sent).toEqual([['getEntry', 'nato']]);
  });

  it('sends a message when nothing waits, or while another request is being answered', async () => {
    await expect(exchange.request('glance', 1)).resolves.toBe('message:glance');
    const waiting = exchange.next();
    const first = exchange.request('findMentions', 1);
    expect(await waiting).toEqual({ type: 'findMentions', data: 1 });
    await expect(exchange.request('getEntry', 'nato')).resolves.toBe('message:getEntry');
    void exchange.reply({ value: 'found' });
    await expect(first).resolves.toBe('found');
    expect(sent.map(([type]) => type)).toEqual(['glance', 'getEntry']);
  });

  it("rejects a request whose handler failed, and ends the background's wait when the page stops", async () => {
    const waiting = exchange.next();
    const found = exchange.request('findMentions', 1);
    await waiting;
    const next = exchange.reply({ error: 'no dictionary' });
    await expect(found).rejects.toThrow('no dictionary');
    exchange.end();
    expect(await next).toBeNull();
  });
});
