// Deciding ambiguous surface forms by their context. The rules live in the data next to the entry
// they decide ("Georgia": Tbilisi, Saakashvili for the country; Atlanta, Kemp against), so a
// reviewer reads the evidence where the entry is. Weak evidence means no highlight: a term shown
// in the wrong sense costs more trust than one missed.
import type { IndexEntry } from '../dataset/compile';
import { aliasKey, isWordChar } from '../text/normalize';
import type { AliasInfo } from './matcher';

export interface Verdict {
  entry: number;
  /** How many support cues were seen (Infinity for an unambiguous alias). */
  support: number;
}

/** Lower-cased, folded paragraph text with whole-word search; one per block, built on demand. */
export class Paragraph {
  private folded: string | null = null;
  constructor(private readonly raw: string) {}

  has(phrase: string): boolean {
    this.folded ??= aliasKey(this.raw.replace(/\s+/g, ' '));
    const key = aliasKey(phrase);
    let from = 0;
    for (;;) {
      const at = this.folded.indexOf(key, from);
      if (at < 0) return false;
      if (!isWordChar(this.folded[at - 1]) && !isWordChar(this.folded[at + key.length])) return true;
      from = at + 1;
    }
  }
}

/**
 * Picks the entry a match stands for, or null when the evidence is too weak. `pageEntries` holds
 * the entries mentioned unambiguously elsewhere on the page (the "@id" cues).
 */
export function decide(
  aliases: AliasInfo[],
  entries: IndexEntry[],
  paragraph: Paragraph,
  pageEntries: ReadonlySet<number>,
): Verdict | null {
  const plain = aliases.find((a) => !a.ambiguous);
  if (plain) return { entry: plain.entry, support: Infinity };
  let best: Verdict | null = null;
  for (const a of aliases) {
    const rule = entries[a.entry].context;
    if (!rule) continue;
    const seen = (cue: string) =>
      cue.startsWith('@') ? pageEntries.has(entryIndex(entries, cue.slice(1))) : paragraph.has(cue);
    if (rule.against.some(seen)) continue;
    const support = rule.support.filter(seen).length;
    if (support > 0 && (!best || support > best.support)) best = { entry: a.entry, support };
  }
  return best;
}

const idCache = new WeakMap<IndexEntry[], Map<string, number>>();
function entryIndex(entries: IndexEntry[], id: string): number {
  let map = idCache.get(entries);
  if (!map) {
    map = new Map(entries.map((e, i) => [e.id, i]));
    idCache.set(entries, map);
  }
  return map.get(id) ?? -1;
}
