// The card a reader sees on hover: what the term is, when things happened, where it stands now
// (and, on an older article, where it stood then), related terms, and where the facts come from.
// Everything from the dataset is rendered as text.
import type { Entry } from '../dataset/schema';
import { CATEGORY_LABELS, changedSince, formatDate, newSince, pastReview, sourceLabel, today as deviceToday, wikipediaUrl } from './format';
import type { RelatedLink } from './trail';

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
  const titleId = `bs-title-${entry.id}`;
  return (
    <article class="card" aria-labelledby={titleId} tabIndex={-1}>
      <CardHeader entry={entry} titleId={titleId} onBack={onBack} onClose={onClose} pinned={pinned} onPin={onPin} />
      <p class="summary">{entry.summary}</p>
      <Status entry={entry} publishedOn={publishedOn} />
      {lastRead && <SinceRead entry={entry} day={lastRead.slice(0, 10)} />}
      {pastReview(entry, today) && (
        <p class="stale" role="note">
          This may have changed since {formatDate(entry.reviewed)}, when this entry was last reviewed.
        </p>
      )}
      <Timeline entry={entry} publishedOn={publishedOn} />
      <AlsoCalled entry={entry} />
      {related && related.length > 0 && (
        <nav class="related" aria-label="Related terms">
          {related.map((r) => (
            <button key={r.id} type="button" onClick={() => onOpen?.(r.id)}>
              {r.title}
            </button>
          ))}
        </nav>
      )}
      <CardFooter entry={entry} />
    </article>
  );
}

type HeaderProps = Pick<CardProps, 'entry' | 'onBack' | 'onClose' | 'pinned' | 'onPin'> & { titleId: string };

function CardHeader({ entry, titleId, onBack, onClose, pinned, onPin }: HeaderProps) {
  return (
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
  );
}

/** Where the term stands now; on an older article, also where it stood when the article was published. */
function Status({ entry, publishedOn }: Pick<CardProps, 'entry' | 'publishedOn'>) {
  const history = entry.status?.history ?? [];
  const now = history[history.length - 1];
  const change = publishedOn ? changedSince(entry, publishedOn) : undefined;
  if (change)
    return (
      <p class="status then-now">
        <span>
          <strong>When this was published ({formatDate(publishedOn!)}):</strong> {change.then.text}.
        </span>{' '}
        <span>
          <strong>Now:</strong> {change.now.text} (since {formatDate(change.now.since)}){change.now.uncertain ? ' (uncertain)' : ''}.
        </span>
      </p>
    );
  if (!now) return null;
  return (
    <p class="status">
      <strong>Status{now.uncertain ? ' (uncertain)' : ''}:</strong> {now.text} (since {formatDate(now.since)}; as of {formatDate(entry.status!.asOf)})
    </p>
  );
}

/** The key dates; on an older article, those after it are set apart. */
function Timeline({ entry, publishedOn }: Pick<CardProps, 'entry' | 'publishedOn'>) {
  const firstAfter = publishedOn ? entry.timeline.findIndex((t) => t.date > publishedOn) : -1;
  return (
    <ol class="timeline" aria-label="Key dates">
      {entry.timeline.map((t, i) => (
        <li key={t.date + t.event} class={firstAfter >= 0 && i >= firstAfter ? 'after' : undefined}>
          {i === firstAfter && <span class="after-label">After this article</span>}
          <time dateTime={t.date}>{formatDate(t.date)}</time> {t.event}
          {t.uncertain ? ' (date uncertain)' : ''}
        </li>
      ))}
    </ol>
  );
}

/** The names whose use is contested, with who uses each. */
function AlsoCalled({ entry }: { entry: Entry }) {
  const named = entry.aliases.filter((a) => a.usage);
  if (!named.length) return null;
  return (
    <section class="also" aria-label="Also called">
      <strong>Also called:</strong>
      <ul>
        {named.map((a) => (
          <li key={a.text}>
            <q>{a.text}</q>: {a.usage}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CardFooter({ entry }: { entry: Entry }) {
  return (
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
