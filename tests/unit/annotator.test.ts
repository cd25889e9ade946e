// @vitest-environment happy-dom
// The content side's parts through their injected dependencies, in happy-dom (no Highlight API, so
// marks are the fallback's elements): the scan loop, the marks, the pointer, and the Annotator that
// puts them together. The end-to-end tests run the same code in real browsers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, entry } from './helpers';
import { findMentions, forThePage, type FoundMention } from '../../lib/match/mentions';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { Annotator } from '../../lib/content/annotator';
import { Tooltip } from '../../lib/content/card/tooltip';
import { HEAD_NODES, LONG_ARTICLE, ScanLoop, RESCAN_DEBOUNCE_MS } from '../../lib/content/scan-loop';
import { Marks } from '../../lib/content/marks';
import { PointerInput, type CardState } from '../../lib/content/pointer';
import { MARK_TAG } from '../../lib/content/paint/highlighter';
import { articleTermCount, listOf, pageTerms } from '../../lib/content/page-terms';
import type { PageText, SelectionOptions } from '../../lib/match/page-text';
import { toMentions, type PageRead, type PageScan } from '../../lib/content/read/read-page';

const entries = [
  entry('new-start', ['New START'], { title: 'New START', category: 'treaty' }),
  entry('nato', ['NATO'], { title: 'NATO', category: 'organization', related: ['new-start'] }),
];
const { index, matcher } = build(entries);
const byId = new Map(entries.map((e) => [e.id, e]));
const ARTICLE = [
  'Russia and the United States let New START lapse in February, ending the last treaty that capped their arsenals.',
  'NATO allies said the end of New START left Europe without limits on the deployed warheads aimed at it.',
  'Officials in Brussels said NATO would review its deterrence posture before the summit in the summer.',
];
const settings: Settings = { ...DEFAULT_SETTINGS, hoverDelay: 0 };
const selection: SelectionOptions = { density: settings.density, includeCommon: settings.includeCommon, hiddenCategories: settings.hiddenCategories };

function page(paragraphs = ARTICLE): void {
  document.documentElement.innerHTML = `<head><title>t</title></head><body><nav><a href="/">Home</a></nav><article><h1>The arms-control treaty ends</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body>`;
}

const answer = async (text: PageText, sel: SelectionOptions) => findMentions(text, index, matcher, sel);
const waitFor = (check: () => boolean, ms = 3000) => vi.waitFor(() => expect(check()).toBe(true), { timeout: ms, interval: 10 });

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('page terms', () => {
  it('lists each term once, article first, with its count, and counts the article terms for the badge', () => {
    const m = (id: string, inArticle: boolean) => ({ id, inArticle, highlighted: false, block: { text: '', nodes: [], container: document.body }, start: 0, end: 0 }) as never;
    const listed = listOf([m('nato', false), m('new-start', true), m('new-start', true), m('nato', true)]);
    expect(pageTerms(listed)).toEqual([
      { id: 'new-start', count: 2, inArticle: true },
      { id: 'nato', count: 2, inArticle: true },
    ]);
    expect(articleTermCount(listOf([m('nato', false)]))).toBe(0);
  });

  it('lists the same from the shortened answer the background sends: the marks, and the first of each term with its count', () => {
    const found: FoundMention[] = [
      { id: 'nato', inArticle: false, highlighted: false, block: 0, start: 0, end: 4 },
      { id: 'new-start', inArticle: true, highlighted: true, block: 1, start: 0, end: 9 },
      { id: 'new-start', inArticle: true, highlighted: false, block: 2, start: 0, end: 9 },
      { id: 'nato', inArticle: true, highlighted: true, block: 2, start: 20, end: 24 },
      { id: 'nato', inArticle: true, highlighted: true, block: 3, start: 0, end: 4 }, // density "all"
      { id: 'nato', inArticle: true, highlighted: false, block: 4, start: 0, end: 4 },
    ];
    const short = forThePage(found);
    expect(short.map((f) => [f.id, f.block, f.count])).toEqual([
      ['nato', 0, 1],
      ['new-start', 1, 2],
      ['nato', 2, 3],
      ['nato', 3, 0],
    ]);
    const read = { blocks: [0, 1, 2, 3, 4].map(() => ({ text: '', nodes: [], starts: [], container: document.body })) } as unknown as PageRead;
    const terms = (list: FoundMention[]) => pageTerms(listOf(toMentions(read, list)));
    expect(terms(short)).toEqual(terms(found));
    expect(toMentions(read, short).filter((x) => x.highlighted).length).toBe(found.filter((x) => x.highlighted).length);
  });
});

describe('scan loop', () => {
  function loop(onScan: (s: PageScan) => void, find = vi.fn(answer), marksLeaveText = true) {
    const l = new ScanLoop({ win: window, findMentions: find, selection: () => selection, published: () => '2026-02-06', own: () => null, isOwnNode: () => false, beforeRead: () => {}, marksLeaveText: () => marksLeaveText, onScan });
    return { l, find };
  }

  it("reads the article, sends its text with the page's date and the reader's choices, and hands on what was found", async () => {
    page();
    const scans: PageScan[] = [];
    const { l, find } = loop((s) => scans.push(s));
    l.start();
    await waitFor(() => scans.length === 1);
    const [text, sel] = find.mock.calls[0];
    expect(text.texts.join(' ')).toContain('New START lapse');
    expect(text.texts.some((t) => t === 'Home')).toBe(false); // the article only
    expect(text.published).toBe('2026-02-06');
    expect(sel).toEqual(selection);
    expect(scans[0].mentions.map((m) => m.id)).toEqual(['new-start', 'nato', 'new-start', 'nato']);
    l.stop();
  });

  it("marks a long article's beginning first, then the whole; an ordinary one in one go", async () => {
    // More paragraphs than LONG_ARTICLE elements; its first HEAD_NODES nodes are half as many paragraphs.
    const filler = 'Delegates spent the afternoon on procedure and the wording of a communique nobody expected to read.';
    const n = LONG_ARTICLE;
    page([ARTICLE[0], ...Array.from({ length: n }, (_, i) => (i === n - 1 ? ARTICLE[2] : filler))]);
    const scans: PageScan[] = [];
    const { l, find } = loop((s) => scans.push(s));
    l.start();
    await waitFor(() => scans.length === 2, 30_000);
    const [head, whole] = find.mock.calls.map(([text]) => text.texts.length);
    expect(head).toBeLessThan(HEAD_NODES / 2 + 10);
    expect(whole).toBe(n + 2); // the headline and every paragraph
    expect(scans[0].mentions.map((m) => m.id)).toEqual(['new-start']); // the beginning: New START in the lead
    expect(scans[1].mentions.map((m) => m.id)).toEqual(['new-start', 'nato']); // NATO in the last paragraph
    expect(scans[1].article).toBe(scans[0].article); // the article found once
    l.stop();

    // Marks painted as elements (no Highlight API) would split the text the read holds: one answer, at the end.
    scans.length = 0;
    const fallback = loop((s) => scans.push(s), vi.fn(answer), false);
    fallback.l.start();
    await waitFor(() => scans.length === 1, 30_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(fallback.find).toHaveBeenCalledTimes(1);
    expect(scans[0].mentions.map((m) => m.id)).toEqual(['new-start', 'nato']);
    fallback.l.stop();

    page();
    scans.length = 0;
    const again = loop((s) => scans.push(s));
    again.l.start();
    await waitFor(() => scans.length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(again.find).toHaveBeenCalledTimes(1);
    again.l.stop();
  });

  it('reads again after the page changes (once the changes settle), and not after stop', async () => {
    page();
    const scans: PageScan[] = [];
    const { l } = loop((s) => scans.push(s));
    l.start();
    await waitFor(() => scans.length === 1);
    document.querySelector('article')!.insertAdjacentText('beforeend', 'NATO');
    await waitFor(() => scans.length === 2, RESCAN_DEBOUNCE_MS + 2000);
    l.stop();
    document.querySelector('article')!.append(document.createTextNode('New START'));
    await new Promise((r) => setTimeout(r, RESCAN_DEBOUNCE_MS + 100));
    expect(scans.length).toBe(2);
  });

  it('reads the rest of the page once, when asked', async () => {
    page();
    const { l } = loop(() => {});
    l.start();
    await waitFor(() => l.article !== null);
    const rest = await l.readWhole();
    expect(rest?.whole).toBe(true);
    expect(await l.readWhole()).toBeNull();
    l.stop();
  });
});

describe('marks', () => {
  it('paints the marked mentions, finds a mark again after a rescan, and leaves the page as it was', async () => {
    page();
    const before = document.body.innerHTML;
    let scan: PageScan | null = null;
    const l = new ScanLoop({ win: window, findMentions: answer, selection: () => selection, published: () => null, own: () => null, isOwnNode: () => false, beforeRead: () => {}, marksLeaveText: () => true, onScan: (s) => (scan = s) });
    l.start();
    await waitFor(() => scan !== null);
    l.stop();
    const marks = new Marks(window);
    marks.set(scan!.mentions.filter((m) => m.highlighted), 'tint');
    expect(marks.count).toBe(2); // the first mention of each term
    expect(marks.splitsText).toBe(true);
    expect(Array.from(document.querySelectorAll(MARK_TAG)).map((m) => m.textContent)).toEqual(['New START', 'NATO']);
    expect(marks.indexOf(marks.ranges[1])).toBe(1);
    marks.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(marks.count).toBe(0);
  });
});

describe('pointer', () => {
  function setup(markAt: (x: number, y: number) => number) {
    const card: CardState & Record<string, unknown> = {
      element: null,
      isOpen: false,
      pinned: false,
      showing: () => false,
      hide: vi.fn(),
      hideSoon: vi.fn(),
      cancelHide: vi.fn(),
      anchorOutOfView: () => false,
    };
    const deps = { win: window, card, markAt: vi.fn(markAt), range: () => document.createRange(), hoverDelay: () => 20, prepare: vi.fn(), open: vi.fn() };
    const abort = new AbortController();
    const p = new PointerInput(deps);
    p.listen(abort.signal);
    return { deps, card, abort, p };
  }
  const move = (x: number, buttons = 0) => window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 5, buttons }));

  it('opens a card when the pointer rests on a mark for the hover delay, fetching its entry meanwhile', async () => {
    const { deps, card, abort } = setup((x) => (x < 100 ? 0 : -1));
    move(10);
    await waitFor(() => deps.prepare.mock.calls.length === 1);
    expect(deps.open).not.toHaveBeenCalled();
    await waitFor(() => deps.open.mock.calls.length === 1);
    expect(deps.open).toHaveBeenCalledWith(0, false);
    move(500);
    await waitFor(() => (card.hideSoon as ReturnType<typeof vi.fn>).mock.calls.length === 1);
    abort.abort();
  });

  it('never opens a card while a button is held (a drag or a selection)', async () => {
    const { deps, abort } = setup(() => 0);
    move(10, 1);
    await new Promise((r) => setTimeout(r, 80));
    expect(deps.open).not.toHaveBeenCalled();
    expect(deps.markAt).not.toHaveBeenCalled();
    abort.abort();
  });

  it('pins on a click on a mark, closes on a press elsewhere and on Escape, and stops with its signal', () => {
    const { deps, card, abort, p } = setup((x) => (x < 100 ? 3 : -1));
    window.dispatchEvent(new MouseEvent('click', { clientX: 10, clientY: 5 }));
    expect(deps.open).toHaveBeenCalledWith(3, true);
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 500, clientY: 5 }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.hide).toHaveBeenCalledTimes(2);
    abort.abort();
    p.stop();
    window.dispatchEvent(new MouseEvent('click', { clientX: 10, clientY: 5 }));
    expect(deps.open).toHaveBeenCalledTimes(1);
  });
});

describe('annotator', () => {
  function annotator(loadCard = vi.fn(async () => Tooltip)) {
    const counts: number[] = [];
    const noteRead = vi.fn(async (_id: string): Promise<string | null> => null);
    const a = new Annotator({ win: window, findMentions: answer, getEntry: async (id) => byId.get(id) ?? null, loadCard, onCount: (n) => counts.push(n), noteRead });
    return { a, counts, noteRead, loadCard };
  }
  const cardTitle = () => document.querySelector('backstory-root')?.shadowRoot?.querySelector('h2')?.textContent ?? null;

  it('marks the article, reports its terms, and takes everything back on stop', async () => {
    page();
    const before = document.body.innerHTML;
    const { a, counts } = annotator();
    a.start(settings);
    await waitFor(() => counts.length > 0);
    expect(counts.at(-1)).toBe(2);
    expect(document.querySelectorAll(MARK_TAG).length).toBe(2);
    expect((await a.pageReport('example.org')).terms).toEqual([
      { id: 'new-start', count: 2, inArticle: true },
      { id: 'nato', count: 2, inArticle: true },
    ]);
    await a.reveal('nato');
    expect(document.querySelector('backstory-root')).not.toBeNull();
    a.stop();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('backstory-root')).toBeNull();
    expect(counts.at(-1)).toBe(0);
    expect((await a.pageReport('example.org')).enabled).toBe(false);
  });

  it("opens a term's card from the popup, walks the marks from the keyboard, and notes each term read once", async () => {
    page();
    const { a, counts, noteRead } = annotator();
    a.start(settings);
    await waitFor(() => counts.length > 0);
    expect(await a.reveal('nato')).toBe(true);
    await waitFor(() => cardTitle() === 'NATO');
    expect(await a.move(-1)).toBe(true); // from NATO (the second mark) back to New START
    await waitFor(() => cardTitle() === 'New START');
    expect(await a.move(1)).toBe(true);
    await waitFor(() => cardTitle() === 'NATO');
    expect(noteRead.mock.calls.map((c) => c[0])).toEqual(['nato', 'new-start']);
    expect(await a.reveal('no-such-term')).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await waitFor(() => cardTitle() === null);
    a.stop();
  });

  it('loads the card only when a card is about to open, once, and tries again after a failed load', async () => {
    page();
    const loadCard = vi.fn(async (): Promise<typeof Tooltip> => {
      throw new Error('refused');
    });
    const { a, counts } = annotator(loadCard);
    a.start(settings);
    await waitFor(() => counts.length > 0);
    expect(loadCard).not.toHaveBeenCalled(); // marks alone need no card
    expect(await a.reveal('nato')).toBe(true); // no card could open, and nothing broke
    expect(document.querySelector('backstory-root')).toBeNull();
    loadCard.mockImplementation(async () => Tooltip);
    await a.reveal('nato');
    await waitFor(() => cardTitle() === 'NATO');
    await a.reveal('new-start');
    await waitFor(() => cardTitle() === 'New START');
    expect(loadCard).toHaveBeenCalledTimes(2);
    a.stop();
  });

  it('keeps up with the page: a new mention is marked after the page changes', async () => {
    page([ARTICLE[0], ARTICLE[2]]);
    const { a, counts } = annotator();
    a.start({ ...settings, density: 'all' });
    await waitFor(() => counts.length > 0);
    expect(document.querySelectorAll(MARK_TAG).length).toBe(2);
    const p = document.createElement('p');
    p.textContent = ARTICLE[1];
    document.querySelector('article')!.append(p);
    await waitFor(() => document.querySelectorAll(MARK_TAG).length === 4, RESCAN_DEBOUNCE_MS + 3000);
    a.stop();
  });
});
