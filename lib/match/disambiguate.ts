// Deciding ambiguous surface forms by their context. The rules live in the data next to the entry
// they decide ("Georgia": Tbilisi, Saakashvili for the country; Atlanta, Kemp against), so a
// reviewer reads the evidence where the entry is. Weak evidence means no highlight: a term shown
// in the wrong sense costs more trust than one missed.
import type { IndexEntry } from '../dataset/compile';
import { aliasKey, isWordChar } from '../text/normalize';
import type { AliasInfo, Match } from './matcher';
import { AT_PLACE } from './seats';

export interface Verdict {
  entry: number;
  /** How many support cues were seen (Infinity for an unambiguous alias). */
  support: number;
}

/** Lower-cased, folded paragraph text with whole-word search; one per block, built on demand. */
export class Paragraph {
  private folded: string | null = null;
  constructor(private readonly raw: string) {}

  /** The sentence around text[start, end), as a paragraph of its own. */
  sentence(start: number, end: number): Paragraph {
    const before = this.raw.slice(0, start);
    let from = 0;
    for (const m of before.matchAll(SENTENCE_END)) from = m.index + m[0].length;
    const next = this.raw.slice(end).search(SENTENCE_END);
    return new Paragraph(this.raw.slice(from, next >= 0 ? end + next + 1 : this.raw.length));
  }

  /** The text just before `start` (up to `n` characters). */
  before(start: number, n: number): string {
    return this.raw.slice(Math.max(0, start - n), start);
  }

  /** Whether `phrase` ends where text[0, end) ends ("in Minsk" for the "Minsk" ending there). */
  endsWith(phrase: string, end: number): boolean {
    const key = aliasKey(phrase);
    const before = aliasKey(this.raw.slice(Math.max(0, end - phrase.length - 20), end).replace(/\s+/g, ' '));
    return before.endsWith(key) && !isWordChar(before[before.length - key.length - 1]);
  }

  has(phrase: string): boolean {
    if (ACRONYM.test(phrase)) return acronymIn(phrase).test(this.raw);
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
 * A cue in capitals is an acronym: found as written, or in title case inside a sentence ("Onu", "Ue"
 * in Italian news), never in lower case nor opening a sentence, where a word is capitalised anyway:
 * "AI" is not the French "j'ai", nor "SI" the Spanish "Si …".
 */
const ACRONYM = /^(?=.*\p{L})[\p{Lu}\p{N}]{2,}$/u;
const ACRONYMS = new Map<string, RegExp>();
function acronymIn(cue: string): RegExp {
  let re = ACRONYMS.get(cue);
  if (!re) {
    const titled = `(?<!(?:^|[.!?«"“„(:])\\s*)${cue[0]}${cue.slice(1).toLowerCase()}`;
    ACRONYMS.set(cue, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${cue}|${titled})(?![\\p{L}\\p{N}])`, 'u')));
  }
  return re;
}

/**
 * A sentence ends at . ! or ? before a space (an abbreviation inside a sentence may end it early: a
 * shorter sentence only). Global for matchAll, which starts from a copy of its lastIndex: search and
 * matchAll leave that at 0.
 */
const SENTENCE_END = /[.!?]["'»”’)]*\s+/g;

/**
 * Picks the entry a match stands for, or null when the evidence is too weak. `pageEntries` holds
 * the entries mentioned unambiguously elsewhere on the page (the "@id" cues). With the match's
 * place (`at`), a cue against it in another sentence of the paragraph yields to a cue for it in its
 * own sentence: "…AI integrated into arsenals. [He] warned of … accelerating the global arms race
 * with conventional weapons" is the arms race; the AI race is in the sentence before. `amongPlaces`:
 * the match stands in a list of places.
 */
export function decide(
  aliases: AliasInfo[],
  entries: IndexEntry[],
  paragraph: Paragraph,
  pageEntries: ReadonlySet<number>,
  at?: { start: number; end: number },
  amongPlaces = false,
): Verdict | null {
  const plain = aliases.find((a) => !a.ambiguous);
  if (plain) return { entry: plain.entry, support: Infinity };
  // After a word of place, a name shared by one place and events held there is the place ("signed in
  // Helsinki" beside the Helsinki Final Act), unless its sentence speaks for one of the events ("in
  // Helsinki for a summit": the summit, which names its place too). A name two places share, as
  // Georgia, is left to the context.
  const places = aliases.filter((a) => entries[a.entry].category === 'place');
  if (at && aliases.length > 1 && places.length === 1 && AT_PLACE.test(paragraph.before(at.start, 12))) {
    const sentence = paragraph.sentence(at.start, at.end);
    const events = aliases.filter((a) => a !== places[0]).flatMap((a) => entries[a.entry].context?.support ?? []);
    if (!events.some((cue) => !cue.startsWith('@') && sentence.has(cue))) return { entry: places[0].entry, support: Infinity };
  }
  let best: Verdict | null = null;
  let usual: Verdict | null = null;
  for (const a of aliases) {
    const rule = entries[a.entry].context;
    if (!rule) continue;
    // A cue that ends with the match itself reads that very occurrence: "signed in Minsk" is the city.
    if (at && rule.support.some((cue) => cue.includes(' ') && paragraph.endsWith(cue, at.end))) return { entry: a.entry, support: Infinity };
    const seen = (cue: string) =>
      cue.startsWith('@') ? pageEntries.has(entryIndex(entries, cue.slice(1))) : paragraph.has(cue);
    const against = rule.against.filter(seen);
    if (against.length && !outweighed(against, rule.support, paragraph, at)) continue;
    // A name in a list of places named plainly, or a dateline's (see inPlaceList), is a place: one cue for it.
    const support = rule.support.filter(seen).length + (amongPlaces && entries[a.entry].category === 'place' ? 1 : 0);
    if (support > 0 && (!best || support > best.support)) best = { entry: a.entry, support };
    else if (a.usual) usual ??= { entry: a.entry, support: 0 };
  }
  // Where the context decides nothing, a shared form's usual sense ("the Afghan war": the war of
  // 2001–2021), unless a cue spoke against it (it was passed over above).
  return best ?? usual;
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

/** Whether the cues seen `against` an entry are all in other sentences than the match, and a cue for it is in its own. */
function outweighed(against: string[], support: string[], paragraph: Paragraph, at?: { start: number; end: number }): boolean {
  if (!at || against.some((cue) => cue.startsWith('@'))) return false;
  const own = paragraph.sentence(at.start, at.end);
  return !against.some((cue) => own.has(cue)) && support.some((cue) => !cue.startsWith('@') && own.has(cue));
}

/** In how many paragraphs the words around an entry must speak against it, with none for it, for the page to mean the other sense throughout. */
const AGAINST_PARAGRAPHS = 2;

/**
 * One sense per page: an entry that the words around its ambiguous names rule out in two
 * paragraphs or more, while no word around any of its names, and none of its own names, speaks for
 * it, is not what the page means anywhere, a paragraph with no cue of its own included: a story on
 * Georgia's midterms ("Georgia Republicans", "the May 24 primaries") means the state too where it
 * says "Georgians are going to get scared". The page's other terms (the "@" cues) are left out: a
 * story on a state's race names Russia as readily as one on the country.
 */
export function ruledOutOnPage(texts: readonly string[], raw: readonly Match[][], entries: readonly IndexEntry[]): Set<number> {
  const against = new Map<number, number>();
  const supported = new Set<number>();
  for (let b = 0; b < texts.length; b++) {
    let paragraph: Paragraph | undefined;
    const here = new Set<number>();
    for (const m of raw[b]) {
      for (const a of m.aliases) {
        const rule = entries[a.entry].context;
        if (!rule || a.block || supported.has(a.entry)) continue;
        // A name that is the entry's alone speaks for it ("the nation of Georgia" beside its governor's state).
        if (!a.ambiguous) {
          supported.add(a.entry);
          continue;
        }
        paragraph ??= new Paragraph(texts[b]);
        const words = (cues: string[]) => cues.filter((cue) => !cue.startsWith('@') && paragraph!.has(cue));
        const support = words(rule.support);
        if (support.length) supported.add(a.entry);
        else if (words(rule.against).length) here.add(a.entry);
      }
    }
    for (const e of here) against.set(e, (against.get(e) ?? 0) + 1);
  }
  return new Set([...against].filter(([e, n]) => n >= AGAINST_PARAGRAPHS && !supported.has(e)).map(([e]) => e));
}
