// The card's trail: a reader opens a term, follows a related term, and goes back. The same rule
// serves the card on the page (lib/content/card/tooltip.ts) and the popup's card (lib/ui/popup).
import type { Entry } from '../dataset/schema';

/** Related terms a card offers, at most: more would crowd it (the rest stay in the glossary). */
export const MAX_RELATED = 6;

export interface RelatedLink {
  id: string;
  title: string;
}

/** The ids of the related terms a card offers, in the entry's order. */
export function relatedIds(entry: Entry): string[] {
  return (entry.related ?? []).slice(0, MAX_RELATED);
}

/** The links for the related entries that exist (an id the dataset lacks is left out). */
export function relatedLinks(found: readonly (Entry | null | undefined)[]): RelatedLink[] {
  return found.filter((e): e is Entry => !!e).map((e) => ({ id: e.id, title: e.title }));
}

/** The entries opened, the last one shown: a related term opens on top, back returns to the one before. */
export class Trail {
  constructor(readonly entries: readonly Entry[] = []) {}

  get current(): Entry | null {
    return this.entries[this.entries.length - 1] ?? null;
  }

  /** Whether there is an entry to go back to. */
  get canGoBack(): boolean {
    return this.entries.length > 1;
  }

  /** A trail that starts afresh at this entry. */
  static of(entry: Entry): Trail {
    return new Trail([entry]);
  }

  push(entry: Entry): Trail {
    return new Trail([...this.entries, entry]);
  }

  back(): Trail {
    return new Trail(this.entries.slice(0, -1));
  }
}
