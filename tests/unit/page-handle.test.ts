// @vitest-environment happy-dom
// The call the background makes into a page's isolated world (lib/platform/page-handle.ts): it
// reaches the running copy's handle through the world's global, and says when there is none.
import { afterEach, describe, expect, it } from 'vitest';
import { callPage, frameState, PAGE_GLOBAL, stopPage, type PageHandle } from '../../lib/platform/page-handle';

const world = globalThis as Record<string, unknown>;

describe('callPage', () => {
  afterEach(() => {
    delete world[PAGE_GLOBAL];
  });

  it('answers null where no copy runs', () => {
    expect(callPage(PAGE_GLOBAL, 'ask', { type: 'getPageSite' })).toBeNull();
  });

  it("returns what the handle returns (a promise's value once settled), true for what returns nothing, and passes the argument", async () => {
    const calls: unknown[] = [];
    const handle: PageHandle = {
      stop: () => {},
      answer: (answer) => (calls.push(answer), Promise.resolve({ type: 'findMentions', data: 1 })),
      reply: (reply) => (calls.push(reply), Promise.resolve(null)),
      ask: (question) => void calls.push(question),
    };
    world[PAGE_GLOBAL] = handle;
    expect(callPage(PAGE_GLOBAL, 'ask', { type: 'getPageSite' })).toBe(true);
    const answer = { settings: {}, enabled: true, names: true };
    await expect(callPage(PAGE_GLOBAL, 'answer', answer)).resolves.toEqual({ type: 'findMentions', data: 1 });
    await expect(callPage(PAGE_GLOBAL, 'reply', { value: 2 })).resolves.toBeNull();
    expect(calls).toEqual([{ type: 'getPageSite' }, answer, { value: 2 }]);
  });

  it('stops a running copy, an earlier version\'s too, and clears its place for the next', () => {
    let stopped = 0;
    world[PAGE_GLOBAL] = { stop: () => stopped++ }; // an earlier version's copy had only stop()
    expect(stopPage(PAGE_GLOBAL)).toBe(true);
    expect(stopped).toBe(1);
    expect(world[PAGE_GLOBAL]).toBeUndefined();
    expect(stopPage(PAGE_GLOBAL)).toBe(false);
    expect(stopped).toBe(1);
  });

  it('tells where a frame stands: a copy running, the top page, a frame of the same site, another site', () => {
    expect(frameState(PAGE_GLOBAL)).toBe('top');
    world[PAGE_GLOBAL] = { stop: () => {} };
    expect(frameState(PAGE_GLOBAL)).toBe('running');
    delete world[PAGE_GLOBAL];
    // Chromium's ancestor origins, the top's last.
    const at = (origin: string, ancestors: string[]) => {
      const list = Object.assign([...ancestors], { contains: (o: string) => ancestors.includes(o), item: (i: number) => ancestors[i] ?? null });
      return { origin, ancestorOrigins: list } as unknown as Location;
    };
    const real = Object.getOwnPropertyDescriptor(globalThis, 'location');
    try {
      for (const [origin, ancestors, state] of [
        ['https://news.example', [], 'top'],
        ['https://news.example', ['https://news.example'], 'frame'],
        ['https://ads.example', ['https://news.example'], 'elsewhere'],
        ['https://news.example', ['https://ads.example', 'https://news.example'], 'frame'],
        ['null', ['https://news.example'], 'elsewhere'],
      ] as const) {
        Object.defineProperty(globalThis, 'location', { value: at(origin, [...ancestors]), configurable: true });
        expect(frameState(PAGE_GLOBAL)).toBe(state);
      }
    } finally {
      if (real) Object.defineProperty(globalThis, 'location', real);
    }
  });
});
