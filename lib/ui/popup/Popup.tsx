// The toolbar popup: the per-site switch and the pause, the terms on this page (click: show it on
// the page), the terms read lately, and a search over the whole glossary with a category filter
// (click: read its card). Keys: keys.ts.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Category, Entry } from '../../dataset/schema';
import type { PageReport } from '../../platform/messages';
import type { Read } from '../../platform/history';
import type { Settings } from '../../settings/settings';
import { isKeyEnabled } from '../../settings/sites';
import { Trail } from '../../card/trail';
import { formatDate } from '../../card/format';
import { createGlossary } from '../glossary';
import { SearchBar, Switches, ViewToggle, type ListView } from './Controls';
import { EntryView } from './EntryView';
import { ROW, usePopupKeys } from './keys';
import { PageView, RecentView, ResultsView } from './lists';

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

/** Long enough for the first paint (page terms, switch) to come first, short enough to beat typing. */
const WARM_DELAY_MS = 50;

export function Popup(props: PopupProps) {
  const { entries, page, settings, history = [] } = props;
  const glossary = useMemo(() => createGlossary(entries), [entries]);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | null>(null);
  const [trail, setTrail] = useState(new Trail());
  const open = trail.current;
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [view, setView] = useState<ListView>('page');
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
    setTrail(Trail.of(e));
  };
  const back = () => setTrail((t) => t.back());
  const clear = () => {
    if (!query && !category) return false;
    setQuery('');
    setCategory(null);
    return true;
  };
  usePopupKeys({ root, input, entryOpen: open !== null, back, clear });

  const lookup = (id: string) => glossary.get(id);
  if (open) return <EntryView entry={open} page={page} lookup={lookup} onBack={back} onOpen={(e) => setTrail((t) => t.push(e))} onReveal={props.onReveal} rootRef={root} />;

  const site = page?.site ?? null;
  // The site's own switch, apart from the pause (which the checkbox shows).
  const siteOn = site !== null && isKeyEnabled(site, { ...settings, paused: false });
  const searching = view === 'page' && (query.trim() !== '' || category !== null);
  const results = searching ? glossary.query({ text: query, category }) : [];
  return (
    <main class="popup" ref={root}>
      <header>
        <h1>Backstory</h1>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          Settings
        </button>
      </header>
      {props.notice && (
        <p class="notice" role="alert">
          {props.notice}
        </p>
      )}
      <Switches site={site} siteOn={siteOn} settings={settings} onToggleSite={props.onToggleSite} onPause={props.onPause} />
      <SearchBar inputRef={input} query={query} category={category} onQuery={setQuery} onCategory={setCategory} />
      <ViewToggle view={view} onView={setView} />
      <p class="sr-only" role="status">
        {searching ? `${results.length} ${results.length === 1 ? 'term' : 'terms'}` : ''}
      </p>
      {view === 'recent' ? (
        <RecentView history={history} query={query} category={category} settings={settings} lookup={lookup} onShow={show} />
      ) : searching ? (
        <ResultsView results={results} onShow={show} />
      ) : (
        <PageView page={page} settings={settings} siteOn={siteOn} lookup={lookup} onShow={show} onReveal={props.onReveal} />
      )}
      <DatasetLine entries={entries} version={props.version} />
    </main>
  );
}

/** How fresh the background is: the latest review date, the dataset's version and size. */
function DatasetLine({ entries, version }: { entries: Entry[]; version?: string }) {
  const reviewed = useMemo(() => entries.reduce((latest, e) => (e.reviewed > latest ? e.reviewed : latest), ''), [entries]);
  return (
    <footer class="dataset">
      Background as of {reviewed ? formatDate(reviewed) : 'unknown'}
      {version ? ` · dataset ${version}` : ''} · {entries.length} terms
    </footer>
  );
}
