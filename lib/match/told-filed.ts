// A story filed from a summit's city ("HAMBURG, Germany —", "HELSINKI (AP) —") speaks of the summit held
// there when it says "the summit" in any sentence: the dateline places the whole story, as the city
// beside the word would place one sentence (lib/match/told-made.ts). Only where the page names who met
// there (the group that held it, or one whole set of the people who met), and not a summit the
// sentence places elsewhere ("a summit in Budapest") or names by a year of another.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import { inDateline, LIVE_TIME } from '../text/dateline';
import { beganAfter } from './evidence';
import type { Match } from './matcher';
import { notMade, SUMMIT_WORD } from './told-made';
import type { Telling } from './told';

/** How many blocks from the page's start a dateline may open: the headline and a standfirst may come first. */
const DATELINE_BLOCKS = 4;
/** A dateline's place as it opens a block: a name in capitals or capitalised, of one to three words; after a live page's time ("3 a.m.: SINGAPORE (AP) —"). */
const OPENING_PLACE = new RegExp(String.raw`^(\s*(?:${LIVE_TIME})?)(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})`, 'u');
/** A summit word set somewhere by its sentence: "a summit in Budapest", "le sommet de Vilnius". */
const PLACED_ELSEWHERE = /^\s+(?:in|at|of|en|em|de|à|a|di|im|w|we|в|у|на)\s+\p{Lu}/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The place a story is filed from, as written, and the entries its name may be. */
function filedFrom(texts: readonly string[], raw: readonly Match[][]): { name: string; entries: Set<number> } | undefined {
  for (let b = 0; b < Math.min(texts.length, DATELINE_BLOCKS); b++) {
    const place = OPENING_PLACE.exec(texts[b]);
    if (!place) continue;
    const [start, end] = [place[1].length, place[0].length];
    if (!inDateline(texts[b], start, end)) continue;
    const entries = new Set(raw[b].filter((m) => m.start === start && m.end === end).flatMap((m) => m.aliases.map((a) => a.entry)));
    return { name: place[2].toLowerCase(), entries };
  }
  return undefined;
}

/** Whether the summit was held in the place: a cue of its city, or a place among its parties alone. */
function heldIn(entry: IndexEntry, place: { name: string; entries: Set<number> }): boolean {
  return !!entry.made?.support.some((cue) => cue.toLowerCase() === place.name) || !!entry.told?.parties.some((set) => set.length === 1 && place.entries.has(set[0]));
}

/** Whether the page names who met: the group the summit is tied to, or one whole set of its people. */
function metThere(index: CompiledIndex, entry: IndexEntry, pageNamed: ReadonlySet<number>): boolean {
  const people = entry.told?.parties.some((set) => set.length > 1 && set.every((p) => pageNamed.has(p) && index.entries[p].category === 'person'));
  return people || !!entry.made?.at.some((p) => index.entries[p].category === 'organization' && pageNamed.has(p));
}

/** The summits a story tells by the place it is filed from (see above). */
export function filedTellings(texts: readonly string[], raw: readonly Match[][], index: CompiledIndex, pageNamed: ReadonlySet<number>, published?: string): Telling[] {
  const place = filedFrom(texts, raw);
  if (!place) return [];
  // Not on a page dated after the day its tellings end (`until`: see told-made.ts).
  const current = (e: IndexEntry) => !beganAfter(e, published) && !(e.made?.until && published && published.slice(0, 10) > e.made.until);
  const summits = index.entries.flatMap((e, i) => (e.category === 'summit' && heldIn(e, place) && metThere(index, e, pageNamed) && current(e) ? [i] : []));
  const out: Telling[] = [];
  if (!summits.length) return out;
  texts.forEach((text, b) => {
    for (const k of text.matchAll(SUMMIT_WORD)) {
      const start = k.index, end = start + k[0].length;
      if (raw[b].some((m) => m.start < end && m.end > start) || notMade(text, start) || PLACED_ELSEWHERE.test(text.slice(end, end + 30))) continue;
      const from = text.slice(0, start).search(/[^.!?]*$/);
      const to = end + Math.max(0, text.slice(end).search(/[.!?]|$/));
      const years = [...text.slice(from, to).matchAll(YEAR)].map((y) => Number(y[0]));
      for (const e of summits) {
        const since = Number(index.entries[e].since?.slice(0, 4));
        if (!years.some((y) => y !== since)) out.push({ block: b, start, end, entry: e });
      }
    }
  });
  return out;
}
