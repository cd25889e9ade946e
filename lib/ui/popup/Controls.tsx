// The popup's controls above its list: the site's switch and the pause, the search box with its
// category filter, and the choice between the page's terms and those read lately.
import type { Ref } from 'preact';
import { CATEGORIES, type Category } from '../../dataset/schema';
import type { Settings } from '../../settings/settings';
import { CATEGORY_LABELS } from '../../card/format';

export function Switches(props: { site: string | null; siteOn: boolean; settings: Settings; onToggleSite(site: string): void; onPause(paused: boolean): void }) {
  const { site, siteOn, settings } = props;
  return (
    <section class="switches" aria-label="Where Backstory runs">
      {site !== null ? (
        <button type="button" class="site" aria-pressed={siteOn} onClick={() => props.onToggleSite(site)}>
          {siteOn ? `On for ${site}` : `Off for ${site}`}
        </button>
      ) : (
        <span class="site-none">Not available on this page</span>
      )}
      <label class="pause">
        <input type="checkbox" checked={settings.paused} onChange={(e) => props.onPause(e.currentTarget.checked)} /> Pause everywhere
      </label>
      {settings.mode === 'allowlist' && <p class="hint">Runs only on the sites you allow.</p>}
    </section>
  );
}

export interface SearchBarProps {
  inputRef: Ref<HTMLInputElement>;
  query: string;
  category: Category | null;
  onQuery(query: string): void;
  onCategory(category: Category | null): void;
}

export function SearchBar({ inputRef, query, category, onQuery, onCategory }: SearchBarProps) {
  return (
    <div class="search" role="search">
      <input
        ref={inputRef}
        type="search"
        placeholder="Search the glossary"
        aria-label="Search the glossary"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <select aria-label="Category" value={category ?? ''} onChange={(e) => onCategory((e.currentTarget.value || null) as Category | null)}>
        <option value="">All categories</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
}

export type ListView = 'page' | 'recent';

export function ViewToggle({ view, onView }: { view: ListView; onView(view: ListView): void }) {
  return (
    <div class="views" role="group" aria-label="List">
      <button type="button" aria-pressed={view === 'page'} onClick={() => onView('page')}>
        On this page
      </button>
      <button type="button" aria-pressed={view === 'recent'} onClick={() => onView('recent')}>
        Recently read
      </button>
    </div>
  );
}
