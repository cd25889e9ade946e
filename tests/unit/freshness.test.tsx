// @vitest-environment happy-dom
// What changed since an article was published, and how fresh the background is, on the real
// dataset's INF Treaty and New START entries, with a fixed clock.
import { afterEach, describe, expect, it } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { PageReport } from '../../lib/platform/messages';
import { Card } from '../../lib/card/Card';
import { formatDate } from '../../lib/card/format';
import { Popup } from '../../lib/ui/popup/Popup';

const all = entries as Entry[];
const byId = (id: string) => all.find((e) => e.id === id)!;
const inf = byId('inf-treaty');
const newStart = byId('new-start');

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('since this was published', () => {
  const page: PageReport = {
    enabled: true,
    site: 'example.com',
    published: '2018-07-12',
    terms: [
      { id: 'inf-treaty', count: 2, inArticle: true },
      { id: 'new-start', count: 1, inArticle: true },
    ],
  };
  const popup = (report: PageReport) =>
    mount(<Popup entries={all} page={report} settings={DEFAULT_SETTINGS} onToggleSite={() => {}} onPause={() => {}} onReveal={() => {}} onOpenOptions={() => {}} version="1.2.3" />);

  it('opens the popup with each changed term, then and now, on an article of 12 July 2018', () => {
    const root = popup(page);
    const section = root.querySelector('section[aria-labelledby="since"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Changed since this was published (12 July 2018)');
    const rows = [...section.querySelectorAll('li')].map((li) => li.textContent);
    const line = (e: Entry, now: string) => `${e.title}Then: In force.Now: ${e.status!.history.at(-1)!.text} (since ${now}).`;
    expect(rows).toEqual([line(inf, '2 August 2019'), line(newStart, '5 February 2026')]);
    // It comes before the page's list, and a row opens the card.
    expect(root.querySelector('section[aria-labelledby="since"] ~ section[aria-labelledby="on-page"]')).not.toBeNull();
    act(() => (section.querySelector('.term') as HTMLButtonElement).click());
    expect(root.querySelector('.card h2')?.textContent).toBe(inf.title);
  });

  it('shows nothing extra on an undated page, or when nothing changed', () => {
    expect(popup({ ...page, published: null }).querySelector('section[aria-labelledby="since"]')).toBeNull();
    document.body.replaceChildren();
    expect(popup({ ...page, published: '2026-06-01', terms: [{ id: 'new-start', count: 1, inArticle: true }] }).querySelector('section[aria-labelledby="since"]')).toBeNull();
  });

  it('sets the timeline items dated after the article apart in the card', () => {
    const root = mount(<Card entry={newStart} publishedOn="2018-07-12" today="2026-12-03" />);
    const items = [...root.querySelectorAll('.timeline li')];
    const later = items.filter((li) => li.classList.contains('after'));
    expect(later.length).toBe(newStart.timeline.filter((t) => t.date > '2018-07-12').length);
    expect(later[0].querySelector('.after-label')?.textContent).toBe('After this article');
    expect(root.querySelectorAll('.after-label')).toHaveLength(1);
    expect(root.querySelector('.then-now')?.textContent).toContain('When this was published (12 July 2018): In force.');
  });

  it('shows the date of the latest review and the version', () => {
    const latest = all.map((e) => e.reviewed).sort().at(-1)!;
    const text = popup(page).querySelector('footer.dataset')?.textContent ?? '';
    expect(text).toContain('Background as of ');
    expect(text).toContain(`dataset 1.2.3 · ${all.length} terms`);
    expect(latest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('review-by dates', () => {
  it('says a status may have changed once its review-by date has passed, and not before', () => {
    const before = mount(<Card entry={newStart} today={newStart.reviewBy!} />);
    expect(before.querySelector('.stale')).toBeNull();
    const after = mount(<Card entry={newStart} today="2099-01-01" />);
    expect(after.querySelector('.stale')?.textContent).toBe(`This may have changed since ${formatDate(newStart.reviewed)}, when this entry was last reviewed.`);
  });

  it('gives every entry with a status a review-by date', () => {
    expect(all.filter((e) => e.status && !e.reviewBy).map((e) => e.id)).toEqual([]);
  });
});
