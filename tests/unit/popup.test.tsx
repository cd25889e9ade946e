// @vitest-environment happy-dom
// The popup's states without a browser: what it says when Backstory cannot run, is paused, is off
// for the site, or runs only on allowed sites; and the rows it lists for a page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { entry } from './helpers';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { PageReport } from '../../lib/platform/messages';
import { Popup } from '../../lib/ui/popup/Popup';

const entries = [entry('new-start', ['New START'], { title: 'New START', category: 'treaty' }), entry('nato', ['NATO'], { title: 'NATO', category: 'organization' })];
const report: PageReport = {
  enabled: true,
  site: 'bbc.co.uk',
  terms: [
    { id: 'new-start', count: 3, inArticle: true },
    { id: 'nato', count: 1, inArticle: false },
  ],
};

function show(page: PageReport | null, settings: Partial<Settings> = {}) {
  const calls = { toggle: vi.fn(), pause: vi.fn(), reveal: vi.fn(), options: vi.fn() };
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <Popup
        entries={entries}
        page={page}
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onToggleSite={calls.toggle}
        onPause={calls.pause}
        onReveal={calls.reveal}
        onOpenOptions={calls.options}
      />,
      root,
    ),
  );
  return { root, calls, text: () => root.textContent ?? '' };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('popup', () => {
  it('lists article terms with counts and the rest apart, and shows a term on the page on click', () => {
    const { root, calls } = show(report);
    const [article, elsewhere] = [root.querySelector('.in-article')!, root.querySelector('ul[aria-labelledby="elsewhere"]')!];
    expect(article.textContent).toContain('New START');
    expect(article.textContent).toContain('3 mentions');
    expect(elsewhere.textContent).toContain('NATO');
    expect(elsewhere.textContent).toContain('1 mention');
    act(() => (article.querySelector('.term') as HTMLButtonElement).click());
    expect(calls.reveal).toHaveBeenCalledWith('new-start');
    act(() => (root.querySelector('[aria-label="About New START"]') as HTMLButtonElement).click());
    expect(root.querySelector('.card h2')?.textContent).toBe('New START');
  });

  it.each<[string, PageReport | null, Partial<Settings>, string]>([
    ['a browser page', null, {}, 'Backstory does not run on this page.'],
    ['the pause', { ...report, enabled: false, terms: [] }, { paused: true }, 'Backstory is paused everywhere.'],
    ['a site switched off', { ...report, enabled: false, terms: [] }, { disabledSites: ['bbc.co.uk'] }, 'Backstory is off for this site.'],
    ['an article without terms', { ...report, terms: [] }, {}, 'No terms found in the article.'],
  ])('says why nothing is listed on %s', (_what, page, settings, message) => {
    expect(show(page, settings).root.querySelector('.empty')?.textContent).toBe(message);
  });

  it('shows the site switch apart from the pause, and the allow-list hint', () => {
    const paused = show(report, { paused: true });
    expect(paused.root.querySelector('.site')?.textContent).toBe('On for bbc.co.uk');
    act(() => (paused.root.querySelector('.site') as HTMLButtonElement).click());
    expect(paused.calls.toggle).toHaveBeenCalledWith('bbc.co.uk');
    const allow = show(report, { mode: 'allowlist' });
    expect(allow.root.querySelector('.site')?.getAttribute('aria-pressed')).toBe('false');
    expect(allow.text()).toContain('Runs only on the sites you allow.');
    expect(show(null).text()).toContain('Not available on this page');
  });
});
