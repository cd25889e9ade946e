// The toolbar popup: the per-site switch and the pause, the terms on this page (click: show it on
// the page), and a search over the whole glossary with a category filter (click: read its card).
// Keyboard: arrows move between the search box and the rows, Enter opens, Escape goes back or clears.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category, type Entry } from '../dataset/schema';
import type { PageReport, PageTerm } from '../platform/messages';
import type { Settings } from '../settings/settings';
import { isKeyEnabled } from '../settings/sites';
import { Card, MAX_RELATED } from '../card/Card';
import { CATEGORY_LABELS, changedSince, formatDate } from '../card/format';
import { createGlossary, fold } from './glossary';
import type { Read } from '../platform/history';

export interface PopupProps {
  entries: Entry[];
  /** The current tab's report, or null where Backstory cannot run (browser pages, no content script). */
  page: PageReport | null;
  settings: Settings;
  onToggleSite(site: string): void;
  onPause(paused: boolean): void;
  onReveal(id: string): void;
  onOpenOptions(): void;
  /** A problem to tell the reader about (a setting that could not be saved). */
  notice?: string | null;
  /** The extension's version, which is the dataset's: shown with the date of its latest review. */
  version?: string;
  /** The reading history, newest first (lib/platform/history.ts). */
  history?: Read[];
}

const ROW = '[data-row]';
/** Long enough for the first paint (page terms, switch) to come first, short enough to beat typing. */
const WARM_DELAY_MS = 50;

export function Popup({ entries, page, settings, onToggleSite, onPause, onReveal, onOpenOptions, notice, version, history = [] }: PopupProps) {
  const glossary = useMemo(() => createGlossary(entries), [entries]);
  const reviewed = useMemo(() => entries.reduce((latest, e) => (e.reviewed > latest ? e.reviewed : latest), ''), [entries]);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | null>(null);
  // The entries opened, the last one shown: related terms open on top, Back returns to the one before.
  const [trail, setTrail] = useState<Entry[]>([]);
  const open = trail.length ? trail[trail.length - 1] : null;
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // The list under the search box: the page's terms, or what the reader has read lately.
  const [view, setView] = useState<'page' | 'recent'>('page');
  const root = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // The search index is built once the popup has painted, before the reader can type much.
  useEffect(() => {
    const t = setTimeout(glossary.warm, WARM_DELAY_MS);
    return () => clearTimeout(t);
  }, [glossary]);

  // Focus follows the view in the same frame: the search box at first, Back in an entry, the row it
  // came from after. (An effect after paint would leave a fast key press on the page's body.)
  useLayoutEffect(() => {
    const r = root.current;
    if (open) r?.querySelector<HTMLElement>('.back')?.focus();
    else if (returnTo) (r?.querySelector<HTMLElement>(`${ROW}[data-id="${returnTo}"]`) ?? input.current)?.focus();
    else input.current?.focus();
  }, [open, returnTo]);

  const show = (e: Entry) => {
    setReturnTo(e.id);
    setTrail([e]);
  };
  const back = () => setTrail((t) => t.slice(0, -1));

  const onKeyDown = (ev: KeyboardEvent) => {
    const active = document.activeElement as HTMLElement | null;
    if (ev.key === 'Escape') {
      if (open) back();
      else if (active?.matches(ROW)) input.current?.focus();
      else if (query || category) {
        setQuery('');
        setCategory(null);
      } else return; // nothing to undo: let the browser close the popup
      ev.preventDefault();
      return;
    }
    if (open || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(ev.key)) return;
    const onInput = active === input.current;
    if (!onInput && !active?.matches(ROW)) return;
    if (onInput && (ev.key === 'Home' || ev.key === 'End')) return; // the caret's keys in a text box
    const stops = [input.current!, ...root.current!.querySelectorAll<HTMLElement>(ROW)];
    const i = stops.indexOf(active!);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 1, End: stops.length - 1 };
    const next = moves[ev.key];
    stops[Math.max(0, Math.min(stops.length - 1, next))]?.focus();
    ev.preventDefault();
  };
  // Keys are read from the whole document, so they work wherever focus happens to be, and always
  // by this render's handler (a key pressed before the next effect must not meet the last view's).
  const keys = useRef(onKeyDown);
  keys.current = onKeyDown;
  useEffect(() => {
    const listener = (ev: KeyboardEvent) => keys.current(ev);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  if (open) {
    const onPage = page?.terms.some((t) => t.id === open.id);
    const related = (open.related ?? [])
      .slice(0, MAX_RELATED)
      .map((id) => glossary.get(id))
      .filter((e): e is Entry => !!e)
      .map((e) => ({ id: e.id, title: e.title }));
    const openRelated = (id: string) => {
      const e = glossary.get(id);
      if (e) setTrail((t) => [...t, e]);
    };
    return (
      <main class="popup entry" ref={root}>
        <h1 class="sr-only">Backstory</h1>
        <nav class="entry-nav" aria-label="Entry">
          <button type="button" class="back" onClick={back}>
            ← Back
          </button>
          {onPage && (
            <button type="button" class="show" onClick={() => onReveal(open.id)}>
              Show on the page
            </button>
          )}
        </nav>
        <Card key={open.id} entry={open} publishedOn={onPage ? page?.published : null} related={related} onOpen={openRelated} />
      </main>
    );
  }

  const site = page?.site ?? null;
  // The site's own switch, apart from the pause (which the checkbox shows).
  const siteOn = site !== null && isKeyEnabled(site, { ...settings, paused: false });
  const recent = view === 'recent';
  const searching = !recent && (query.trim() !== '' || category !== null);
  const results = searching ? glossary.query({ text: query, category }) : [];
  const q = fold(query);
  const reads = recent
    ? history.filter((r) => {
        const e = glossary.get(r.id);
        return e && (!category || e.category === category) && (!q || fold(`${e.title} ${r.page} ${r.site}`).includes(q));
      })
    : [];
  const readRow = (r: Read) => {
    const e = glossary.get(r.id)!;
    return (
      <li key={`${r.id} ${r.at}`}>
        <button type="button" class="term" data-row data-id={r.id} onClick={() => show(e)}>
          <span class="title">{e.title}</span>
          <span class="meta">
            {r.page} · {r.site} · {formatDate(r.at.slice(0, 10))}
          </span>
        </button>
      </li>
    );
  };

  const entryRow = (e: Entry) => (
    <li key={e.id}>
      <button type="button" class="term" data-row data-id={e.id} onClick={() => show(e)}>
        <span class="title">{e.title}</span>
        <span class="meta">{CATEGORY_LABELS[e.category]}</span>
      </button>
    </li>
  );
  const pageRow = (t: PageTerm) => {
    const e = glossary.get(t.id);
    if (!e) return null;
    return (
      <li key={t.id}>
        <button type="button" class="term" data-row data-id={t.id} onClick={() => onReveal(t.id)} title="Show on the page">
          <span class="title">{e.title}</span>
          <span class="meta">
            {CATEGORY_LABELS[e.category]} · {t.count === 1 ? '1 mention' : `${t.count} mentions`}
          </span>
        </button>
        <button type="button" class="about" aria-label={`About ${e.title}`} onClick={() => show(e)}>
          About
        </button>
      </li>
    );
  };
  const article = page?.terms.filter((t) => t.inArticle) ?? [];
  const elsewhere = page?.terms.filter((t) => !t.inArticle) ?? [];
  // On a dated article, the terms whose status changed after it was published: then and now.
  const published = page?.published ?? null;
  const changes = published
    ? (page?.terms ?? []).flatMap((t) => {
        const e = glossary.get(t.id);
        const change = e && changedSince(e, published);
        return change ? [{ entry: e, ...change }] : [];
      })
    : [];

  return (
    <main class="popup" ref={root}>
      <header>
        <h1>Backstory</h1>
        <button type="button" class="link" onClick={onOpenOptions}>
          Settings
        </button>
      </header>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      <section class="switches" aria-label="Where Backstory runs">
        {site !== null ? (
          <button type="button" class="site" aria-pressed={siteOn} onClick={() => onToggleSite(site)}>
            {siteOn ? `On for ${site}` : `Off for ${site}`}
          </button>
        ) : (
          <span class="site-none">Not available on this page</span>
        )}
        <label class="pause">
          <input type="checkbox" checked={settings.paused} onChange={(e) => onPause(e.currentTarget.checked)} /> Pause everywhere
        </label>
        {settings.mode === 'allowlist' && <p class="hint">Runs only on the sites you allow.</p>}
      </section>
      <div class="search" role="search">
        <input
          ref={input}
          type="search"
          placeholder="Search the glossary"
          aria-label="Search the glossary"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select
          aria-label="Category"
          value={category ?? ''}
          onChange={(e) => setCategory((e.currentTarget.value || null) as Category | null)}
        >
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div class="views" role="group" aria-label="List">
        <button type="button" aria-pressed={!recent} onClick={() => setView('page')}>
          On this page
        </button>
        <button type="button" aria-pressed={recent} onClick={() => setView('recent')}>
          Recently read
        </button>
      </div>
      <p class="sr-only" role="status">
        {searching ? `${results.length} ${results.length === 1 ? 'term' : 'terms'}` : ''}
      </p>
      {recent ? (
        <section aria-label="Recently read">
          {reads.length ? (
            <ul class="list recent">{reads.map(readRow)}</ul>
          ) : (
            <p class="empty">{!settings.history ? 'The reading history is off (Settings).' : history.length ? 'No read term matches.' : 'Terms whose cards you open are listed here.'}</p>
          )}
        </section>
      ) : searching ? (
        <section aria-label="Search results">
          {results.length ? <ul class="list">{results.map(entryRow)}</ul> : <p class="empty">No matching term.</p>}
        </section>
      ) : (
        <>
          {changes.length > 0 && (
            <section aria-labelledby="since">
              <h2 id="since">Changed since this was published ({formatDate(published!)})</h2>
              <ul class="list changes">
                {changes.map(({ entry, then, now }) => (
                  <li key={entry.id}>
                    <button type="button" class="term" data-row data-id={entry.id} onClick={() => show(entry)}>
                      <span class="title">{entry.title}</span>
                      <span class="meta">Then: {then.text}.</span>
                      <span class="meta">
                        Now: {now.text} (since {formatDate(now.since)}).
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="on-page">
            <h2 id="on-page">On this page</h2>
            {article.length ? <ul class="list in-article">{article.map(pageRow)}</ul> : <p class="empty">{emptyText(page, settings, siteOn)}</p>}
            {elsewhere.length > 0 && (
              <>
                <h3 id="elsewhere">Elsewhere on the page</h3>
                <ul class="list" aria-labelledby="elsewhere">
                  {elsewhere.map(pageRow)}
                </ul>
              </>
            )}
          </section>
        </>
      )}
      <footer class="dataset">
        Background as of {reviewed ? formatDate(reviewed) : 'unknown'}
        {version ? ` · dataset ${version}` : ''} · {entries.length} terms
      </footer>
    </main>
  );
}

function emptyText(page: PageReport | null, settings: Settings, siteOn: boolean): string {
  if (!page) return 'Backstory does not run on this page.';
  if (settings.paused) return 'Backstory is paused everywhere.';
  if (!siteOn) return 'Backstory is off for this site.';
  return 'No terms found in the article.';
}
