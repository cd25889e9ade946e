// @vitest-environment happy-dom
// The reading history's rules without a browser: what may be remembered (never in a private window,
// on a site switched off, or with the history off), one read per term and page, the cap, a damaged
// store, and the card's "since you last read about this".
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { addRead, exportHistory, MAX_HISTORY, mayRemember, parseHistory, readOf, type Read } from '../../lib/platform/history';
import { Card } from '../../lib/card/Card';

const url = 'https://www.example.com/world/2026/12/03/story';
const at = (day: string) => `${day}T09:00:00.000Z`;
const read = (id: string, page = 'A story', day = '2026-12-03'): Read => ({ id, page, site: 'example.com', at: at(day) });

afterEach(() => {
  document.body.replaceChildren();
});

describe('what is remembered', () => {
  it('never in a private window, on a site switched off, or with the history off', () => {
    expect(mayRemember({ url, incognito: false }, DEFAULT_SETTINGS)).toBe(true);
    expect(mayRemember({ url, incognito: true }, DEFAULT_SETTINGS)).toBe(false);
    expect(mayRemember({ url, incognito: false }, { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] })).toBe(false);
    expect(mayRemember({ url, incognito: false }, { ...DEFAULT_SETTINGS, paused: true })).toBe(false);
    expect(mayRemember({ url, incognito: false }, { ...DEFAULT_SETTINGS, history: false })).toBe(false);
  });

  it('keeps the term, the page title and site, and the time; a page without a title is named by its site', () => {
    const now = new Date('2026-12-03T10:30:00Z');
    expect(readOf('new-start', { url, title: '  Arms control after the treaties ' }, now)).toEqual({
      id: 'new-start',
      page: 'Arms control after the treaties',
      site: 'example.com',
      at: '2026-12-03T10:30:00.000Z',
    });
    expect(readOf('new-start', { url, title: '' }, now).page).toBe('example.com');
  });

  it('lists the newest first, moves a term read again on the same page up, and says when it was read before', () => {
    let h: Read[] = [];
    ({ history: h } = addRead(h, read('nato', 'One', '2026-11-01')));
    ({ history: h } = addRead(h, read('apec', 'One', '2026-11-02')));
    const again = addRead(h, read('nato', 'One', '2026-12-03'));
    expect(again.previous).toBe(at('2026-11-01'));
    expect(again.history.map((r) => r.id)).toEqual(['nato', 'apec']);
    const elsewhere = addRead(again.history, read('nato', 'Two', '2026-12-04'));
    expect(elsewhere.previous).toBe(at('2026-12-03'));
    expect(elsewhere.history.map((r) => `${r.id} ${r.page}`)).toEqual(['nato Two', 'nato One', 'apec One']);
  });

  it(`keeps the newest ${MAX_HISTORY} reads`, () => {
    let h: Read[] = [];
    for (let i = 0; i < MAX_HISTORY + 5; i++) h = addRead(h, read('nato', `Page ${i}`)).history;
    expect(h).toHaveLength(MAX_HISTORY);
    expect(h[0].page).toBe(`Page ${MAX_HISTORY + 4}`);
  });

  it('reads a damaged store record by record, and exports apart from the settings', () => {
    expect(parseHistory('nonsense')).toEqual([]);
    expect(parseHistory([read('nato'), { id: 'NOT AN ID', page: 'x', site: 'x', at: 'yesterday' }, null])).toEqual([read('nato')]);
    expect(JSON.parse(exportHistory([read('nato')]))).toEqual({ backstoryHistory: 1, reads: [read('nato')] });
  });
});

describe('the card, read again', () => {
  const newStart = (entries as Entry[]).find((e) => e.id === 'new-start')!;
  const mount = (lastRead: string) => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Card entry={newStart} lastRead={lastRead} today="2026-12-03" />, root));
    return root.querySelector('.since-read');
  };

  it('lists what changed since the reader last read about it', () => {
    const since = mount(at('2022-01-01'))!;
    expect(since.textContent).toContain('Since you last read about this (1 January 2022):');
    const items = [...since.querySelectorAll('li')].map((li) => li.textContent);
    expect(items.some((t) => t?.includes('5 February 2026') && t.includes('Status: Expired'))).toBe(true);
    expect(items.every((t) => !t?.includes('2011'))).toBe(true);
  });

  it('says when nothing changed', () => {
    expect(mount(at('2026-12-01'))?.textContent).toBe('You last read about this on 1 December 2026; nothing here has changed since.');
  });
});
