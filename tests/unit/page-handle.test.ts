// The call the background makes into a page's isolated world (lib/platform/page-handle.ts): it
// reaches the running copy's handle through the world's global, and says when there is none.
import { afterEach, describe, expect, it } from 'vitest';
import { callPage, PAGE_GLOBAL, stopPage, type PageHandle } from '../../lib/platform/page-handle';

const world = globalThis as Record<string, unknown>;

describe('callPage', () => {
  afterEach(() => {
    delete world[PAGE_GLOBAL];
  });

  it('answers null where no copy runs', () => {
    expect(callPage(PAGE_GLOBAL, 'running')).toBeNull();
    expect(callPage(PAGE_GLOBAL, 'listen')).toBeNull();
  });

  it('returns what the handle returns, true for what returns nothing, and passes the argument', () => {
    const answers: unknown[] = [];
    const handle: PageHandle = {
      running: () => true,
      stop: () => {},
      answer: (answer) => void answers.push(answer),
      listen: () => {},
    };
    world[PAGE_GLOBAL] = handle;
    expect(callPage(PAGE_GLOBAL, 'running')).toBe(true);
    expect(callPage(PAGE_GLOBAL, 'listen')).toBe(true);
    const answer = { settings: {}, enabled: true, names: false };
    expect(callPage(PAGE_GLOBAL, 'answer', answer)).toBe(true);
    expect(answers).toEqual([answer]);
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
});
