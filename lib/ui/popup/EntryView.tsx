// One entry open in the popup: Back, "Show on the page" when the page names it, and its card with
// related terms that open on top (lib/card/trail.ts).
import type { Entry } from '../../dataset/schema';
import type { PageReport } from '../../platform/messages';
import { Card } from '../../card/Card';
import { relatedIds, relatedLinks } from '../../card/trail';
import type { Ref } from 'preact';

export interface EntryViewProps {
  entry: Entry;
  page: PageReport | null;
  lookup(id: string): Entry | undefined;
  onBack(): void;
  onOpen(entry: Entry): void;
  onReveal(id: string): void;
  rootRef: Ref<HTMLElement>;
}

export function EntryView({ entry, page, lookup, onBack, onOpen, onReveal, rootRef }: EntryViewProps) {
  const onPage = page?.terms.some((t) => t.id === entry.id);
  const related = relatedLinks(relatedIds(entry).map(lookup));
  const openRelated = (id: string) => {
    const e = lookup(id);
    if (e) onOpen(e);
  };
  return (
    <main class="popup entry" ref={rootRef}>
      <h1 class="sr-only">Backstory</h1>
      <nav class="entry-nav" aria-label="Entry">
        <button type="button" class="back" onClick={onBack}>
          ← Back
        </button>
        {onPage && (
          <button type="button" class="show" onClick={() => onReveal(entry.id)}>
            Show on the page
          </button>
        )}
      </nav>
      <Card key={entry.id} entry={entry} publishedOn={onPage ? page?.published : null} related={related} onOpen={openRelated} />
    </main>
  );
}
