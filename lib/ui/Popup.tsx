// The toolbar popup: the terms on this page, a search over the whole glossary, the per-site switch.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../dataset/schema';
import type { PageReport } from '../messages';
import type { Settings } from '../settings';
import { isKeyEnabled } from '../sites';
import { Card } from './Card';
import { CATEGORY_LABELS } from './format';
import { createGlossary } from './glossary';

export interface PopupProps {
  entries: Entry[];
  /** The current tab's report, or null where Backstory cannot run (browser pages, no content script). */
  page: PageReport | null;
  settings: Settings;
  onToggleSite(site: string): void;
  onPause(paused: boolean): void;
  onReveal(id: string): void;
}

export function Popup({ entries, page, settings, onToggleSite, onPause, onReveal }: PopupProps) {
  const glossary = useMemo(() => createGlossary(entries), [entries]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Entry | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  if (open) {
    return (
      <main class="popup">
        <button type="button" class="back" onClick={() => setOpen(null)}>
          ← Back
        </button>
        <Card entry={open} />
      </main>
    );
  }

  const results = glossary.query(query);
  const site = page?.site ?? null;
  const siteOn = site !== null && isKeyEnabled(site, settings);
  const article = page?.terms.filter((t) => t.inArticle) ?? [];
  const elsewhere = page?.terms.filter((t) => !t.inArticle) ?? [];
  const row = (id: string, count?: number) => {
    const e = glossary.get(id);
    if (!e) return null;
    return (
      <li key={id}>
        <button type="button" class="term" onClick={() => setOpen(e)}>
          <span class="title">{e.title}</span>
          <span class="meta">
            {CATEGORY_LABELS[e.category]}
            {count ? ` · ${count}×` : ''}
          </span>
        </button>
        {count !== undefined && (
          <button type="button" class="show" aria-label={`Show ${e.title} on the page`} onClick={() => onReveal(id)}>
            Show
          </button>
        )}
      </li>
    );
  };

  return (
    <main class="popup">
      <header>
        <h1>Backstory</h1>
        {site !== null ? (
          <button type="button" class="site" aria-pressed={siteOn} onClick={() => onToggleSite(site)}>
            {siteOn ? `On for ${site}` : `Off for ${site}`}
          </button>
        ) : (
          <span class="site-none">Not available on this page</span>
        )}
        <label class="pause">
          <input type="checkbox" checked={settings.paused} onChange={(e) => onPause(e.currentTarget.checked)} /> Pause
          everywhere
        </label>
      </header>
      <input
        ref={input}
        type="search"
        placeholder="Search the glossary"
        aria-label="Search the glossary"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {query.trim() ? (
        <section aria-label="Search results">
          {results.length ? <ul class="list">{results.map((e) => row(e.id))}</ul> : <p class="empty">No matching term.</p>}
        </section>
      ) : (
        <section aria-labelledby="on-page">
          <h2 id="on-page">On this page</h2>
          {article.length ? <ul class="list">{article.map((t) => row(t.id, t.count))}</ul> : <p class="empty">{emptyText(page, siteOn)}</p>}
          {elsewhere.length > 0 && (
            <>
              <h3>Elsewhere on the page</h3>
              <ul class="list">{elsewhere.map((t) => row(t.id, t.count))}</ul>
            </>
          )}
        </section>
      )}
    </main>
  );
}

function emptyText(page: PageReport | null, siteOn: boolean): string {
  if (!page) return 'Backstory does not run on this page.';
  if (!siteOn) return 'Backstory is off for this site.';
  return 'No terms found in the article.';
}
