// The card a reader sees on hover: what the term is, when things happened, where it stands now
// (and, on an older article, where it stood then), related terms, and where the facts come from.
// Everything from the dataset is rendered as text.
import type { Entry } from '../dataset/schema';
import { CATEGORY_LABELS, changedSince, formatDate, newSince, pastReview, sourceLabel, today as deviceToday, wikipediaUrl } from './format';

/** Related terms a card offers, at most: more would crowd it (the rest stay in the glossary). */
export const MAX_RELATED = 6;

export interface RelatedLink {
  id: string;
  title: string;
}

export interface CardProps {
  entry: Entry;
  /** The article's publication day (YYYY-MM-DD), to show what was true then. */
  publishedOn?: string | null;
  related?: RelatedLink[];
  onOpen?(id: string): void;
  onBack?(): void;
  onClose?(): void;
  pinned?: boolean;
  onPin?(): void;
  /** Today (YYYY-MM-DD): past an entry's review-by date its status is given as possibly changed. */
  today?: string;
  /** When the reader last read about this term before (ISO time, from the reading history). */
  lastRead?: string | null;
}

export function Card({ entry, publishedOn, related, onOpen, onBack, onClose, pinned, onPin, today = deviceToday(), lastRead }: CardProps) {
  const history = entry.status?.history ?? [];
  const now = history[history.length - 1];
  const change = publishedOn ? changedSince(entry, publishedOn) : undefined;
  const stale = pastReview(entry, today);
  const firstAfter = publishedOn ? entry.timeline.findIndex((t) => t.date > publishedOn) : -1;
  const titleId = `bs-title-${entry.id}`;
  return (
    <article class="card" aria-labelledby={titleId} tabIndex={-1}>
      <header>
        {onBack && (
          <button type="button" class="back" onClick={onBack}>
            ← Back
          </button>
        )}
        <span class="category">{CATEGORY_LABELS[entry.category]}</span>
        <h2 id={titleId}>{entry.title}</h2>
        <span class="controls">
          {onPin && (
            <button type="button" class="pin" aria-pressed={pinned === true} aria-label={pinned ? 'Unpin card' : 'Pin card'} onClick={onPin}>
              {pinned ? '●' : '○'}
            </button>
          )}
          {onClose && (
            <button type="button" class="close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          )}
        </span>
      </header>
      <p class="summary">{entry.summary}</p>
      {change ? (
        <p class="status then-now">
          <span>
            <strong>When this was published ({formatDate(publishedOn!)}):</strong> {change.then.text}.
          </span>{' '}
          <span>
            <strong>Now:</strong> {change.now.text} (since {formatDate(change.now.since)}){change.now.uncertain ? ' (uncertain)' : ''}.
          </span>
        </p>
      ) : (
        now && (
          <p class="status">
            <strong>Status{now.uncertain ? ' (uncertain)' : ''}:</strong> {now.text} (since {formatDate(now.since)}; as of{' '}
            {formatDate(entry.status!.asOf)})
          </p>
        )
      )}
      {lastRead && <SinceRead entry={entry} day={lastRead.slice(0, 10)} />}
      {stale && (
        <p class="stale" role="note">
          This may have changed since {formatDate(entry.reviewed)}, when this entry was last reviewed.
        </p>
      )}
      <ol class="timeline" aria-label="Key dates">
        {entry.timeline.map((t, i) => (
          <li key={t.date + t.event} class={firstAfter >= 0 && i >= firstAfter ? 'after' : undefined}>
            {i === firstAfter && <span class="after-label">After this article</span>}
            <time dateTime={t.date}>{formatDate(t.date)}</time> {t.event}
            {t.uncertain ? ' (date uncertain)' : ''}
          </li>
        ))}
      </ol>
      {entry.aliases.some((a) => a.usage) && (
        <section class="also" aria-label="Also called">
          <strong>Also called:</strong>
          <ul>
            {entry.aliases
              .filter((a) => a.usage)
              .map((a) => (
                <li key={a.text}>
                  <q>{a.text}</q>: {a.usage}
                </li>
              ))}
          </ul>
        </section>
      )}
      {related && related.length > 0 && (
        <nav class="related" aria-label="Related terms">
          {related.map((r) => (
            <button key={r.id} type="button" onClick={() => onOpen?.(r.id)}>
              {r.title}
            </button>
          ))}
        </nav>
      )}
      <footer>
        <a href={wikipediaUrl(entry)} target="_blank" rel="noopener noreferrer">
          Read more on Wikipedia
        </a>
        <span class="sources">
          Sources:{' '}
          {entry.sources.map((s, i) => (
            <>
              {i > 0 && ', '}
              <a href={s} target="_blank" rel="noopener noreferrer">
                {sourceLabel(s)}
              </a>
            </>
          ))}
        </span>
        <span class="reviewed">Last reviewed {formatDate(entry.reviewed)}</span>
      </footer>
    </article>
  );
}

/** What is new in an entry since the reader last read about it (or that nothing is). */
function SinceRead({ entry, day }: { entry: Entry; day: string }) {
  const items = newSince(entry, day);
  if (!items.length) return <p class="since-read">You last read about this on {formatDate(day)}; nothing here has changed since.</p>;
  return (
    <section class="since-read" aria-label="Since you last read about this">
      <strong>Since you last read about this ({formatDate(day)}):</strong>
      <ul>
        {items.map((x) => (
          <li key={x.date + x.text}>
            <time dateTime={x.date}>{formatDate(x.date)}</time> {x.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
