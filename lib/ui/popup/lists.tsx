// The popup's lists: the page's terms (with what changed since a dated article was published), the
// search results, and the terms read lately. Each row is a button the arrow keys reach (data-row).
import type { Category, Entry } from '../../dataset/schema';
import type { PageReport, PageTerm } from '../../platform/messages';
import type { Read } from '../../platform/history';
import type { Settings } from '../../settings/settings';
import { CATEGORY_LABELS, changedSince, formatDate } from '../../card/format';
import { fold } from '../glossary';

interface Rows {
  lookup(id: string): Entry | undefined;
  onShow(entry: Entry): void;
}

function EntryRow({ entry, onShow }: { entry: Entry; onShow(entry: Entry): void }) {
  return (
    <li>
      <button type="button" class="term" data-row data-id={entry.id} onClick={() => onShow(entry)}>
        <span class="title">{entry.title}</span>
        <span class="meta">{CATEGORY_LABELS[entry.category]}</span>
      </button>
    </li>
  );
}

export function ResultsView({ results, onShow }: { results: Entry[]; onShow(entry: Entry): void }) {
  return (
    <section aria-label="Search results">
      {results.length ? (
        <ul class="list">
          {results.map((e) => (
            <EntryRow key={e.id} entry={e} onShow={onShow} />
          ))}
        </ul>
      ) : (
        <p class="empty">No matching term.</p>
      )}
    </section>
  );
}

function PageRow({ term, lookup, onShow, onReveal }: Rows & { term: PageTerm; onReveal(id: string): void }) {
  const e = lookup(term.id);
  if (!e) return null;
  return (
    <li>
      <button type="button" class="term" data-row data-id={term.id} onClick={() => onReveal(term.id)} title="Show on the page">
        <span class="title">{e.title}</span>
        <span class="meta">
          {CATEGORY_LABELS[e.category]} · {term.count === 1 ? '1 mention' : `${term.count} mentions`}
        </span>
      </button>
      <button type="button" class="about" aria-label={`About ${e.title}`} onClick={() => onShow(e)}>
        About
      </button>
    </li>
  );
}

/** On a dated article, the terms whose status changed after it was published: then and now. */
function Changes({ page, lookup, onShow }: Rows & { page: PageReport }) {
  const published = page.published;
  if (!published) return null;
  const changes = page.terms.flatMap((t) => {
    const e = lookup(t.id);
    const change = e && changedSince(e, published);
    return change ? [{ entry: e, ...change }] : [];
  });
  if (!changes.length) return null;
  return (
    <section aria-labelledby="since">
      <h2 id="since">Changed since this was published ({formatDate(published)})</h2>
      <ul class="list changes">
        {changes.map(({ entry, then, now }) => (
          <li key={entry.id}>
            <button type="button" class="term" data-row data-id={entry.id} onClick={() => onShow(entry)}>
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
  );
}

export function PageView(props: Rows & { page: PageReport | null; settings: Settings; siteOn: boolean; onReveal(id: string): void }) {
  const { page } = props;
  const row = (t: PageTerm) => <PageRow key={t.id} term={t} {...props} />;
  const article = page?.terms.filter((t) => t.inArticle) ?? [];
  const elsewhere = page?.terms.filter((t) => !t.inArticle) ?? [];
  return (
    <>
      {page && <Changes {...props} page={page} />}
      <section aria-labelledby="on-page">
        <h2 id="on-page">On this page</h2>
        {article.length ? <ul class="list in-article">{article.map(row)}</ul> : <p class="empty">{emptyText(page, props.settings, props.siteOn)}</p>}
        {elsewhere.length > 0 && (
          <>
            <h3 id="elsewhere">Elsewhere on the page</h3>
            <ul class="list" aria-labelledby="elsewhere">
              {elsewhere.map(row)}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

export function RecentView({ history, query, category, settings, lookup, onShow }: Rows & { history: Read[]; query: string; category: Category | null; settings: Settings }) {
  const q = fold(query);
  const reads = history.filter((r) => {
    const e = lookup(r.id);
    return e && (!category || e.category === category) && (!q || fold(`${e.title} ${r.page} ${r.site}`).includes(q));
  });
  const empty = !settings.history ? 'The reading history is off (Settings).' : history.length ? 'No read term matches.' : 'Terms whose cards you open are listed here.';
  return (
    <section aria-label="Recently read">
      {reads.length ? (
        <ul class="list recent">
          {reads.map((r) => {
            const e = lookup(r.id)!;
            return (
              <li key={`${r.id} ${r.at}`}>
                <button type="button" class="term" data-row data-id={r.id} onClick={() => onShow(e)}>
                  <span class="title">{e.title}</span>
                  <span class="meta">
                    {r.page} · {r.site} · {formatDate(r.at.slice(0, 10))}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="empty">{empty}</p>
      )}
    </section>
  );
}

function emptyText(page: PageReport | null, settings: Settings, siteOn: boolean): string {
  if (!page) return 'Backstory does not run on this page.';
  if (settings.paused) return 'Backstory is paused everywhere.';
  if (!siteOn) return 'Backstory is off for this site.';
  return 'No terms found in the article.';
}
