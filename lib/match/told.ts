// Events the news tells by what happened and to whom, not by their names: "the Syrian conflict",
// "Russia's years-long invasion", "its war in neighbouring Ukraine", "la guerra entre Rusia y
// Ucrania", "Війна Росії проти України". An entry lists the kinds of word that tell it and the
// parties that must stand beside one (`told` in lib/dataset/schema.ts); a kind word, chained to
// names of the page by a few words at most, tells the event whose parties are all among those names.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import type { ToldKind } from '../dataset/schema';
import { Paragraph } from './disambiguate';
import { beganAfter } from './evidence';
import { aStrike, DATED_ATTACK, isAccession, KIND_WORDS, namesEnough, PLURAL_KINDS, PRESENT } from './told-words';
import { firstFrom, tellingAt, withoutSubject, type Chain } from './told-chain';
import { datedTellings, outside, overtaken, whenClause } from './told-dates';
import { accedesTo, namedPlainly, withDescriptors, withFirstNames } from './told-descriptors';
import { BARE_WORD, bareTelling, ownedTelling } from './told-bare';
import { madeTellings } from './told-made';
import { filedTellings } from './told-filed';
import type { AliasInfo, Match } from './matcher';

const KIND_OF = new Map<string, ToldKind[]>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [ToldKind, string[]][]) {
  for (const w of words) KIND_OF.set(w, [...(KIND_OF.get(w) ?? []), kind]);
}
for (const [word, kind] of PLURAL_KINDS) KIND_OF.set(word, [kind]);
// An attack's verb tells an invasion in a clause that dates something else by it (see whenClause), or
// beside the day it began (DATED_KIND_OF); elsewhere it is one strike as often as not.
for (const w of DATED_ATTACK) KIND_OF.set(w, [...(KIND_OF.get(w) ?? []), 'invasion']);
// A kind word on its own, the longest that fits ("war zone", not "war"): not part of a longer word, nor of a compound ("anti-war", "war-torn"),
// unless (`after` '') the compound's first part is a party's name: "Ukraine-Konflikt", "Syrien-Krieg" (see tellings).
const wordsOf = (words: Iterable<string>, after = '-') => new RegExp(`(?<![\\p{L}\\p{N}${after}])(?:${[...words].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
const KIND_WORD = wordsOf(KIND_OF.keys(), '');
// With the day it began, an attack on a country is the invasion of that day ("seit Russland die Ukraine am 24. Februar 2022 überfallen hat").
const DATED_KIND_OF = new Map([...KIND_OF, ...DATED_ATTACK.map((w) => [w, ['invasion']] as [string, ToldKind[]])]);
const DATED_KIND_WORD = wordsOf(DATED_KIND_OF.keys());
const kindsOf = (word: string, text: string, start: number): ToldKind[] =>
  (KIND_OF.get(word) ?? []).filter((k) => k !== 'invasion' || !DATED_ATTACK.includes(word) || whenClause(text, start));

export interface Telling {
  block: number;
  start: number;
  end: number;
  entry: number;
}

/** The entries the index can tell by each kind, and every entry that is a party of one, computed once per index. */
interface ToldBy {
  kinds: Map<ToldKind, number[]>;
  parties: Set<number>;
  /** A country's east by the region it names (see EAST). */
  east: Map<number, number>;
}
const byKind = new WeakMap<CompiledIndex, ToldBy>();
function toldBy(index: CompiledIndex): ToldBy {
  let told = byKind.get(index);
  if (!told) {
    const kinds = new Map<ToldKind, number[]>();
    const parties = new Set<number>();
    const ids = new Map(index.entries.map((e, i) => [e.id, i]));
    index.entries.forEach((e, i) => {
      e.told?.kinds.forEach((k) => kinds.set(k, [...(kinds.get(k) ?? []), i]));
      e.told?.parties.forEach((set) => set.forEach((p) => parties.add(p)));
    });
    const east = new Map(Object.entries(EAST_REGION).flatMap(([c, r]) => (ids.has(c) && ids.has(r) ? [[ids.get(c)!, ids.get(r)!] as const] : [])));
    byKind.set(index, (told = { kinds, parties, east }));
  }
  return told;
}

/**
 * A country's east, where the news means one region by it, is that region: "the war in eastern Ukraine",
 * "бої на сході України", "il conflitto nell'est ucraino", and after it "Ukraine's east" tell the war in Donbas.
 */
const EAST = /(?:(?:^|[^\p{L}])(?:eastern|east of|east|osten der|est de l['’]|este de|leste da|est dell['’]|leste|(?:el|del) este|orientales|orientais|orientali|orientaux|wschodzie|wschodniej|востоке|сході|східній|восточной)|['’]est)\s*$/iu;
const EAST_AFTER = /^(?:['’]s\s+east(?:ern)?|\s+(?:orientale|oriental))(?![\p{L}])/iu;
const EAST_REGION: Record<string, string> = { ukraine: 'donbas' };

/** The chain with a country told by its east standing for that region. */
function eastToRegion(text: string, chain: Chain, east: ReadonlyMap<number, number>): Chain {
  if (!east.size) return chain;
  const names = chain.names.map((set, k) => {
    const region = [...set].map((n) => east.get(n)).find((r) => r !== undefined);
    const [start, end] = chain.spans[k];
    const inEast = EAST.test(text.slice(Math.max(0, start - 24), start)) || EAST_AFTER.test(text.slice(end, end + 16));
    return region !== undefined && inEast ? new Set([region]) : set;
  });
  return { ...chain, names };
}

/** How far from a party's name a kind word that tells of it can stand: three words and the kind word, and more. */
const NEAR_CHARS = 100;

/**
 * The kind words near the names of parties, in text order: a telling needs a party's name within a
 * few words of its kind word, so only the text around those names is searched, not the whole block;
 * with `bare`, the bare nouns anywhere in it too ("… zajętych przez siły rosyjskie podczas obecnej inwazji").
 */
function kindWordsNear(text: string, matches: readonly Match[], parties: ReadonlySet<number>, bare: boolean): { index: number; word: string }[] {
  const found = new Map<number, string>();
  if (bare) for (const k of text.matchAll(BARE_WORD)) found.set(k.index, k[0]);
  for (const m of matches) {
    if (!m.aliases.some((a) => parties.has(a.entry))) continue;
    // From a word's start to a word's end, so the kind word's own edges are judged on the real text.
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.start - NEAR_CHARS)));
    const to = text.indexOf(' ', Math.min(text.length, m.end + NEAR_CHARS));
    const window = text.slice(from, to < 0 ? text.length : to);
    for (const k of window.matchAll(KIND_WORD)) found.set(from + k.index, k[0]);
  }
  return [...found].sort((x, y) => x[0] - y[0]).map(([index, word]) => ({ index, word }));
}

/**
 * The events a page tells by kind and parties. `usable` says whether an alias of a match may stand
 * for its entry here (see possible in mentions.ts). A match that already names an event by one of
 * its names is left to that name: a kind word inside a match is not read.
 */
export function tellings(
  texts: readonly string[],
  raw: readonly Match[][],
  index: CompiledIndex,
  usable: (block: number, m: Match, a: AliasInfo) => boolean,
  published?: string,
): Telling[] {
  const { kinds, parties, east } = toldBy(index);
  const pageNamed = namedPlainly(raw);
  const made = madeTellings(texts, raw, index, usable, pageNamed, published);
  if (!kinds.size) return made;
  const out: Telling[] = [];
  const { nato, raw: named } = withDescriptors(index, texts, withFirstNames(index, texts, raw), published);
  const bare = [...parties].some((p) => pageNamed.has(p));
  // How much of an event the page names: the event itself by any of its names, and the parties that
  // tell it alone (a summit's city), plainly. Not its other parties: a country that fought in one of
  // two wars of the same pair was often named beside the other too.
  const byAnyName = new Set(raw.flatMap((ms) => ms.flatMap((m) => m.aliases.filter((a) => !a.block).map((a) => a.entry))));
  const onPage = (e: number) => (byAnyName.has(e) ? 1 : 0) + index.entries[e].told!.parties.filter((set) => set.length === 1 && pageNamed.has(set[0])).length;
  texts.forEach((text, b) => {
    let paragraph: Paragraph | undefined;
    for (const k of kindWordsNear(text, named[b], parties, bare)) {
      const start = k.index, end = start + k.word.length;
      // The first match that starts at or after the kind word; the one before it may hold the word.
      const next = firstFrom(named[b], start);
      if (next > 0 && named[b][next - 1].end > start) continue;
      if (next < named[b].length && named[b][next].start < end) continue;
      const word = k.word.toLowerCase();
      if ((PRESENT.has(word) && !published) || (text[start - 1] === '-' && !named[b].some((m) => m.end === start - 1))) continue;
      const candidates = kindsOf(word, text, start).flatMap((kind) => kinds.get(kind) ?? []);
      const isParty = (e: number) => candidates.some((c) => index.entries[c].told!.parties.some((set) => set.includes(e)));
      const isPartyOf = (names: ReadonlySet<number>) => (c: number) => index.entries[c].told!.parties.some((set) => set.some((p) => names.has(p)));
      const chained = tellingAt(text, named[b], next, start, end, (m, a) => usable(b, m, a), isParty);
      if (!chained) {
        // Open as a telling of one party is (below): a word against it in the paragraph rules it out.
        const bare = bareTelling(text, start, word, candidates, index, pageNamed, published);
        if (bare !== undefined && !ruledOut(index.entries[bare], (paragraph ??= new Paragraph(text)))) out.push({ block: b, start, end, entry: bare });
        continue;
      }
      const chain = eastToRegion(text, isAccession(word) ? accedesTo(chained, nato) : chained, east);
      // A war or an invasion with its owner alone beside it, nothing else chained ("Russia's war", "wojna Rosji"): see ownedTelling.
      const owned = (c: Chain) => {
        if (c.names.length !== 1 || c.openEnded || !kindsOf(word, text, start).some((k) => k === 'war' || k === 'invasion')) return undefined;
        const e = ownedTelling(text, c.names[0], c.spans[0], [start, end], candidates, index, pageNamed, published);
        return e === undefined ? undefined : { entry: e, names: c.names, end: c.end };
      };
      const toldBefore = out.length;
      for (const found of PLURAL_KINDS.has(word) ? eachName(chain, start, end) : [chain]) {
        const told = best(index.entries, candidates, found, onPage, published) ?? owned(found) ?? (found.subject ? best(index.entries, candidates, withoutSubject(found), onPage, published) : undefined);
        if (!told) continue;
        const { entry, names } = told;
        if (!namesEnough(word, names, (e) => index.entries[e].category === 'place') || aStrike(word, text, start, told.end)) continue;
        // A telling that names one party is as open as an ambiguous name ("Russia's invasion" beside
        // Georgia and 2008): the entry's own context rule may rule its sentence out (not its whole
        // paragraph: "the conflict in Ukraine. … India's flag registry" is still the war).
        // Not where the one name is the place it happens in: "droni prima del conflitto in Ucraina" beside Iran is still the war.
        if (names.length === 1 && !placedIn(text, end, found.spans[0]) && ruledOut(index.entries[entry], (paragraph ??= new Paragraph(text)).sentence(found.start, told.end))) continue;
        out.push({ block: b, start: found.start, end: told.end, entry });
      }
      // A bare kind word with one name near it that tells nothing itself ("les troupes russes dans leur
      // invasion du pays"): read as bare, among the events that name belongs to.
      if (out.length === toldBefore && chain.names.length === 1) {
        const bare = bareTelling(text, start, word, candidates.filter(isPartyOf(chain.names[0])), index, pageNamed, published);
        if (bare !== undefined && !ruledOut(index.entries[bare], (paragraph ??= new Paragraph(text)))) out.push({ block: b, start, end, entry: bare });
      }
    }
  });
  const kindAt = (text: string) => [...text.matchAll(DATED_KIND_WORD)].map((k) => ({ index: k.index, word: k[0], kinds: DATED_KIND_OF.get(k[0].toLowerCase()) ?? [] }));
  const filed = filedTellings(texts, raw, index, pageNamed, published).filter((f) => !made.some((m) => m.block === f.block && m.start === f.start && m.entry === f.entry));
  const more = [...datedTellings(texts, raw, index, kindAt, published, pageNamed), ...made, ...filed];
  return [...out, ...more.filter((d) => !out.some((t) => t.block === d.block && t.entry === d.entry))];
}

/**
 * A plural kind word tells an event of each name, not one of all: "the wars in Iraq and Afghanistan",
 * "the Iraq and Afghanistan wars". Each telling reaches from the kind word to its name.
 */
function eachName(chain: Chain, start: number, end: number): Chain[] {
  if (chain.names.length < 2) return [chain];
  return chain.names.map((names, i) => {
    const [from, to] = chain.spans[i];
    return { ...chain, names: [names], spans: [chain.spans[i]], loose: [-1], start: Math.min(start, from), end: Math.max(end, to) };
  });
}

/** A place's word of relation, right after the kind word and before its one name: "the war in Ukraine", "conflitto in Ucraina", "войны на Украине". */
const IN_PLACE = /^\s+(?:in|en|em|no|na|nel|nella|im|w|we|на|в|у)\s+(?:the\s+|l['’]\s*|la\s+|der\s+|die\s+|el\s+|a\s+)?$/iu;
const placedIn = (text: string, kindEnd: number, [from]: [number, number]) => from >= kindEnd && IN_PLACE.test(text.slice(kindEnd, from));

/** Whether a word of the entry's context rule against it stands in the paragraph. */
function ruledOut(entry: IndexEntry, paragraph: Paragraph): boolean {
  return !!entry.context?.against.some((cue) => !cue.startsWith('@') && paragraph.has(cue));
}

/**
 * The event a chain tells: every name in it one of the event's parties, all the parties of one of
 * its sets there, and no year before the event began ("the 1979 invasion"). Where several events
 * fit, the one whose parties the chain names most ("the Soviet war in Afghanistan" over the war of
 * 2001).
 */
function best(entries: readonly IndexEntry[], candidates: number[], chain: Chain, onPage: (entry: number) => number, published?: string): { entry: number; names: Set<number>[]; end: number } | undefined {
  if (chain.openEnded) return undefined;
  const told = (i: number) => {
    const all = new Set(entries[i].told!.parties.flat());
    // A loose name cuts the telling short where it is no party, or one named already ("… to NATO doubled the alliance's border").
    const again = (k: number) => chain.names.slice(0, k).some((prev) => [...chain.names[k]].every((n) => prev.has(n)));
    const cut = chain.names.findIndex((names, k) => chain.loose[k] >= 0 && (![...names].some((n) => all.has(n)) || again(k)));
    return cut < 0 ? { entry: i, names: chain.names, end: chain.end } : { entry: i, names: chain.names.slice(0, cut), end: chain.loose[cut] };
  };
  const years = chain.words.filter((w) => /^(19|20)\d\d$/.test(w)).map(Number);
  let top: number | undefined;
  let topScore = 0;
  let tied: number[] = [];
  for (const i of candidates) {
    const e = entries[i];
    const parties = e.told!.parties;
    const all = new Set(parties.flat());
    const { names: chained } = told(i);
    if (!chained.every((names) => [...names].some((n) => all.has(n)))) continue;
    if (!parties.some((set) => set.every((p) => chained.some((names) => names.has(p))))) continue;
    if (beganAfter(e, published) || years.some((y) => outside(e, y)) || overtaken(e, published, years)) continue;
    const score = chained.length;
    if (score > topScore) [top, topScore, tied] = [i, score, []];
    else if (score === topScore) tied.push(i);
  }
  if (top === undefined || !tied.length) return top === undefined ? undefined : told(top);
  // Two events the same words tell ("the conflict between Israel and Iran", 2025 and 2026): on a
  // dated page, the one that began last before it, which its news is about; undated, the one the page
  // names most of ("the summit between Trump and Kim" on a page of Singapore), else neither.
  if (!published) {
    const [first, second] = [top, ...tied].map((i) => ({ i, n: onPage(i) })).sort((a, b) => b.n - a.n);
    return first.n > second.n ? told(first.i) : undefined;
  }
  const before = [top, ...tied].filter((i) => (entries[i].since ?? '') <= published);
  return before.length ? told(before.reduce((a, b) => (entries[b].since! > entries[a].since! ? b : a))) : undefined;
}