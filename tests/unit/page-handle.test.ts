// The call the background makes into a page's isolated world (lib/platform/page-handle.ts): it
// reaches the running copy's handle through the world's global, and says when there is none.
import { afterEach, describe, expect, it } from 'vitest';
import { callPage, PAGE_GLOBAL, type PageHandle } from '../../lib/platform/page-handle';

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
    let first: PageHandle['firstGlance'] extends () => infer R ? R : never = { text: 'New START', lang: 'en', url: 'https://example.org/a' };
    const handle: PageHandle = {
      running: () => true,
      stop: () => {},
      firstGlance: () => {
        const glance = first;
        first = null;
        return glance;
      },
      answer: (answer) => void answers.push(answer),
      listen: () => {},
    };
    world[PAGE_GLOBAL] = handle;
    expect(callPage(PAGE_GLOBAL, 'running')).toBe(true);
    expect(callPage(PAGE_GLOBAL, 'firstGlance')).toEqual({ text: 'New START', lang: 'en', url: 'https://example.org/a' });
    // The glance is given once: a second call (a second visit of the same copy) gets nothing to answer.
    expect(callPage(PAGE_GLOBAL, 'firstGlance')).toBeNull();
    expect(callPage(PAGE_GLOBAL, 'listen')).toBe(true);
    const answer = { settings: {}, enabled: true, names: false };
    expect(callPage(PAGE_GLOBAL, 'answer', answer)).toBe(true);
    expect(answers).toEqual([answer]);
  });
});
