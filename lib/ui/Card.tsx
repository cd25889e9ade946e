// The card a reader sees on hover: what the term is, when things happened, where it stands now,
// and where the facts come from. Everything from the dataset is rendered as text.
import type { Entry } from '../dataset/schema';
import { CATEGORY_LABELS, formatDate, sourceLabel, wikipediaUrl } from './format';

export interface CardProps {
  entry: Entry;
  onClose?: () => void;
}

export function Card({ entry, onClose }: CardProps) {
  const history = entry.status?.history ?? [];
  const now = history[history.length - 1];
  return (
    <article class="card" aria-labelledby="bs-title">
      <header>
        <span class="category">{CATEGORY_LABELS[entry.category]}</span>
        <h2 id="bs-title">{entry.title}</h2>
        {onClose && (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p class="summary">{entry.summary}</p>
      {now && (
        <p class="status">
          <strong>Status{now.uncertain ? ' (uncertain)' : ''}:</strong> {now.text} ({formatDate(now.since)}; as of{' '}
          {formatDate(entry.status!.asOf)})
        </p>
      )}
      <ol class="timeline" aria-label="Key dates">
        {entry.timeline.map((t) => (
          <li key={t.date + t.event}>
            <time dateTime={t.date}>{formatDate(t.date)}</time> {t.event}
            {t.uncertain ? ' (date uncertain)' : ''}
          </li>
        ))}
      </ol>
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
