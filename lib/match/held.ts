// Names inside longer names: "annexation of Crimea" speaks of Crimea, "UN Security Council" of the
// UN, "NATO enlargement" of NATO, as readers (and the corpus's gold rules) count them. The matcher
// finds the longer name; the names it holds are found inside it (Matcher.inside) and decided here,
// once every name standing alone has been: where the article names the term alone too, that mention
// is the one marked and the inner one is listed; where it does not, the inner one is the reader's
// way to the term, and is marked.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import type { Category } from '../dataset/schema';
import { decide, Paragraph } from './disambiguate';
import { beganAfter, NAMED } from './evidence';
import { tailOfName } from './name-tails';
import type { AliasInfo, Match, Matcher } from './matcher';
import type { FoundMention } from './mentions';

/**
 * Which names a longer name's category holds. A treaty or a summit is named after the city where it
 * was signed or held ("Minsk agreements", "Helsinki summit"), which is not what it speaks of: there
 * only organisations and people count ("NATO summit"). A concept's name may hold a broader one
 * ("the Golden Dome missile shield" is missile defence).
 */
const HOLDS: Partial<Record<Category, ReadonlySet<Category>>> = {
  event: NAMED,
  organization: NAMED,
  concept: new Set<Category>([...NAMED, 'concept']),
  law: NAMED,
  weapon: NAMED,
  treaty: new Set<Category>(['organization', 'person']),
  summit: new Set<Category>(['organization', 'person']),
};

const PLACE: ReadonlySet<Category> = new Set<Category>(['place']);

/** A name found inside an accepted mention of `outer` (-1: inside a match ruled out whole); `literal`: the mention's own words, which name it outright. */
export interface Held {
  block: number;
  m: Match;
  outer: number;
  literal?: boolean;
}

/**
 * The names inside a mention of `outer` (an entry index) that its category holds. A summit named by
 * its place alone ("the palace in Helsinki" in a story of the 2018 summit, "met in Alaska") names
 * that place in so many words: the place is held too, and needs no context of its own.
 */
export function namesHeld(index: CompiledIndex, matcher: Matcher, lang: string, text: string, block: number, outer: Match, entry: number): Held[] {
  const holds = HOLDS[index.entries[entry].category];
  if (!holds || index.entries[entry].holdsNone) return [];
  const places = index.entries[entry].category === 'summit' ? outer.aliases.filter((a) => a.entry !== entry && index.entries[a.entry].category === 'place') : [];
  const literal: Held[] = places.length === 1 ? [{ block, m: { ...outer, aliases: places }, outer: entry, literal: true }] : [];
  // A shorter name of the same entry inside ("G20 summit in Rio" in "G20 summit in Rio de Janeiro")
  // is looked into in turn: the names it holds are the longer name's too.
  const inner = (from: number, to: number): Match[] =>
    matcher.inside(text, from, to, lang).flatMap((m) => (m.aliases.every((a) => a.entry === entry) ? inner(m.start, m.end) : [m]));
  return literal.concat(
    inner(outer.start, outer.end)
      .filter((m) => !m.aliases.some((a) => a.block) && m.aliases.some((a) => a.entry !== entry && holds.has(index.entries[a.entry].category)))
      .map((m) => ({ block, m, outer: entry })),
  );
}

export interface HeldContext {
  index: CompiledIndex;
  texts: string[];
  inArticle: boolean[];
  published?: string;
  /** The entries named plainly around a block (the "@id" cues). */
  seenAround(block: number): ReadonlySet<number>;
  /** Whether the mention's sense rests on letter case alone where case says nothing (see findMentions). */
  caseOnly(text: string, m: Match, a: AliasInfo): boolean;
  /** Forms taken to mean something else on this page (the one-sense rule). */
  overruled(a: AliasInfo): boolean;
  /** Whether the reader's settings show the entry. */
  shown(entry: IndexEntry): boolean;
  /** Entries marked already; those marked here are added. */
  marked: Set<number>;
}

/** The held names as mentions: each decided by its own context rules and the page's date. */
export function heldMentions(held: Held[], c: HeldContext): FoundMention[] {
  const out: FoundMention[] = [];
  for (const { block: b, m, outer, literal } of held) {
    const holds = literal ? PLACE : outer < 0 ? NAMED : HOLDS[c.index.entries[outer].category]!;
    // Inside a match ruled out whole, a name is decided among all its senses as if it stood alone, and
    // counts if it names a place, a person or a body.
    const aliases = m.aliases.filter(
      (a) => a.entry !== outer && (outer < 0 || holds.has(c.index.entries[a.entry].category)) && !beganAfter(c.index.entries[a.entry], c.published),
    );
    const seen = c.seenAround(b);
    const verdict = !aliases.length ? null : literal ? { entry: aliases[0].entry, support: Infinity } : decide(aliases, c.index.entries, new Paragraph(c.texts[b]), seen, m);
    if (!verdict) continue;
    const chosen = aliases.find((a) => a.entry === verdict.entry)!;
    if (c.overruled(chosen) || !holds.has(c.index.entries[chosen.entry].category)) continue;
    if (c.caseOnly(c.texts[b], m, chosen) && !Number.isFinite(verdict.support) && !seen.has(verdict.entry)) continue;
    const entry = c.index.entries[verdict.entry];
    const highlighted = c.inArticle[b] && c.shown(entry) && !c.marked.has(verdict.entry);
    if (highlighted) c.marked.add(verdict.entry);
    out.push({ block: b, start: m.start, end: m.end, id: entry.id, inArticle: c.inArticle[b], highlighted });
  }
  return out;
}

/**
 * The names inside a match the page rules out whole, by its date or as the end of a longer name (see
 * possibleSenses in mentions.ts): its words are the page's own again, each name decided as if it
 * stood alone. "The Gaza war" on a 2014 page is not the war of 2023, but it is Gaza.
 */
export function namesInRuledOut(index: CompiledIndex, matcher: Matcher, lang: string, text: string, block: number, m: Match, published?: string): Held[] {
  if (!m.aliases.some((a) => beganAfter(index.entries[a.entry], published) || tailOfName(text, m.start, a.text))) return [];
  return matcher.inside(text, m.start, m.end, lang).map((inner) => ({ block, m: inner, outer: -1 }));
}
