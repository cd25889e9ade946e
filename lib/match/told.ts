// Events the news tells by what happened and to whom, not by their names: "the Syrian conflict",
// "Russia's years-long invasion", "its war in neighbouring Ukraine", "la guerra entre Rusia y
// Ucrania", "Війна Росії проти України". An entry lists the kinds of word that tell it and the
// parties that must stand beside one (`told` in lib/dataset/schema.ts); a kind word, chained to
// names of the page by a few words at most, tells the event whose parties are all among those names.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import type { ToldKind } from '../dataset/schema';
import { Paragraph } from './disambiguate';
import { beganAfter } from './evidence';
import { ASIDES, JOINERS, KIND_WORDS, namesEnough, OPENERS, POSSESSIVES, WITH } from './told-words';
import type { AliasInfo, Match } from './matcher';

const KIND_OF = new Map<string, ToldKind[]>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [ToldKind, string[]][]) {
  for (const w of words) KIND_OF.set(w, [...(KIND_OF.get(w) ?? []), kind]);
}
// A kind word on its own: not part of a longer word, nor of a compound ("anti-war", "war-torn").
const KIND_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...KIND_OF.keys()].join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * Words allowed between the parts of a telling: before the kind word one ("Russia's years-long
 * invasion"; more would take "Sudan's heritage as war" or "Ukrainian officials said the war" for
 * the war), after it three ("war of aggression against Ukraine"). Punctuation ends a telling.
 */
const GAP_BEFORE = 1;
const GAP_AFTER = 3;
const STOP = /[.!?;:,()[\]{}"“”„«»|/]/;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface Telling {
  block: number;
  start: number;
  end: number;
  entry: number;
}

/** Whether a telling's word span is short and unbroken enough, and how many words it has. */
function gapWords(gap: string): string[] | null {
  if (STOP.test(gap)) return null;
  return gap.replace(/^['’]s?(?![\p{L}])/u, '').match(WORD) ?? [];
}

/** The entries the index can tell by each kind, and every entry that is a party of one, computed once per index. */
const byKind = new WeakMap<CompiledIndex, { kinds: Map<ToldKind, number[]>; parties: Set<number> }>();
function toldBy(index: CompiledIndex): { kinds: Map<ToldKind, number[]>; parties: Set<number> } {
  let told = byKind.get(index);
  if (!told) {
    const kinds = new Map<ToldKind, number[]>();
    const parties = new Set<number>();
    index.entries.forEach((e, i) => {
      e.told?.kinds.forEach((k) => kinds.set(k, [...(kinds.get(k) ?? []), i]));
      e.told?.parties.forEach((set) => set.forEach((p) => parties.add(p)));
    });
    byKind.set(index, (told = { kinds, parties }));
  }
  return told;
}

/** How far from a party's name a kind word that tells of it can stand: three words and the kind word, and more. */
const NEAR_CHARS = 100;

/**
 * The kind words near the names of parties, in text order: a telling needs a party's name within a
 * few words of its kind word, so only the text around those names is searched, not the whole block.
 */
function kindWordsNear(text: string, matches: readonly Match[], parties: ReadonlySet<number>): { index: number; word: string }[] {
  const found = new Map<number, string>();
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
  const { kinds, parties } = toldBy(index);
  if (!kinds.size) return [];
  const out: Telling[] = [];
  texts.forEach((text, b) => {
    let paragraph: Paragraph | undefined;
    for (const k of kindWordsNear(text, raw[b], parties)) {
      const start = k.index, end = start + k.word.length;
      // The first match that starts at or after the kind word; the one before it may hold the word.
      const next = firstFrom(raw[b], start);
      if (next > 0 && raw[b][next - 1].end > start) continue;
      if (next < raw[b].length && raw[b][next].start < end) continue;
      const found = tellingAt(text, raw[b], next, start, end, (m, a) => usable(b, m, a));
      if (!found) continue;
      const candidates = (KIND_OF.get(k.word.toLowerCase()) ?? []).flatMap((kind) => kinds.get(kind) ?? []);
      const told = best(index.entries, candidates, found, published);
      if (!told) continue;
      const { entry, names } = told;
      if (!namesEnough(k.word.toLowerCase(), names, (e) => index.entries[e].category === 'place')) continue;
      // A telling that names one party is as open as an ambiguous name ("Russia's invasion" beside
      // Georgia and 2008): the entry's own context rule may rule its paragraph out.
      if (names.length === 1 && ruledOut(index.entries[entry], (paragraph ??= new Paragraph(text)))) continue;
      out.push({ block: b, start: found.start, end: told.end, entry });
    }
  });
  return out;
}

/** Whether a word of the entry's context rule against it stands in the paragraph. */
function ruledOut(entry: IndexEntry, paragraph: Paragraph): boolean {
  return !!entry.context?.against.some((cue) => !cue.startsWith('@') && paragraph.has(cue));
}

interface Chain {
  start: number;
  end: number;
  /** The entries each chained name may stand for. */
  names: Set<number>[];
  /** Per name, -1 if bound to the telling (beside it, or joined by "of", "and" …), else where the telling ends without it: a name after other words ("… na Bałtyku") joins only as a party. */
  loose: number[];
  /** The words before the telling and between its parts: where a year would say which war. */
  words: string[];
  /** Whether the kind word opens onto what it is about with no name after it ("war on corruption"). */
  openEnded: boolean;
}

/** The names chained to a kind word at [start, end), `next` the first match after it: to its left, then to its right. */
function tellingAt(text: string, matches: readonly Match[], next: number, start: number, end: number, usable: (m: Match, a: AliasInfo) => boolean): Chain | null {
  const chain: Chain = { start, end, names: [], loose: [], words: [], openEnded: false };
  const entriesOf = (m: Match) => new Set(m.aliases.filter((a) => !a.block && usable(m, a)).map((a) => a.entry));
  for (let i = next - 1; i >= 0; i--) {
    const m = matches[i];
    const gap = gapWords(text.slice(m.end, chain.start));
    if (!gap || gap.length > GAP_BEFORE) break;
    const names = entriesOf(m);
    if (!names.size) break;
    chain.names.push(names);
    chain.loose.push(-1);
    chain.words.push(...gap);
    chain.start = m.start;
  }
  chain.words.push(...(gapWords(text.slice(Math.max(0, chain.start - 24), chain.start)) ?? []).slice(-2));
  let right = false;
  for (let i = next; i < matches.length; i++) {
    const m = matches[i];
    const gap = gapWords(text.slice(chain.end, m.start));
    // After the kind word, what it is about opens with a word of relation, or follows at once:
    // "war of aggression against Ukraine", never "war crimes committed in Ukraine".
    const link = gap?.find((w) => !ASIDES.has(w.toLowerCase()))?.toLowerCase();
    if (!gap || gap.filter((w) => !ASIDES.has(w.toLowerCase())).length > GAP_AFTER || (link && !right && !OPENERS.has(link))) break;
    const names = entriesOf(m);
    if (!names.size) break;
    chain.names.push(names);
    // A name right after another ("на Україну Фінляндія подала") or "with" one ("Israel y Hamás con Irán") starts something else.
    chain.loose.push((link ? !OPENERS.has(link) && !JOINERS.has(link) || (right && WITH.has(link)) : right) ? chain.end : -1);
    chain.words.push(...gap);
    chain.end = m.end;
    right = true;
  }
  possessor(text, matches, next, chain, entriesOf);
  if (!chain.names.length) return null;
  // "Its collapse in 1991" is not open-ended: a year says when, with a month too ("in December 1991").
  const after = text.slice(end).match(/^\s+([\p{L}]+)\s+(\S+)/u);
  const year = after && /^\s+\p{L}+\s+(?:\d{1,2}\.?\s+)?(?:\p{L}+\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/u.exec(text.slice(end))?.[1];
  if (year) chain.words.push(year);
  chain.openEnded = !right && !!after && !year && OPENERS.has(after[1].toLowerCase());
  return chain;
}

/** How far a possessive's party may stand from it, in words, within its sentence. */
const [POSSESSOR_WORDS, SENTENCE_END] = [12, /[.!?;]/];

/**
 * A possessive just before the kind word ("its collapse", "su invasión") adds the party it points
 * to: the nearest name before it in the same sentence, or else the first after the telling.
 */
function possessor(text: string, matches: readonly Match[], next: number, chain: Chain, entriesOf: (m: Match) => Set<number>): void {
  // The possessive, and at most one word in lower case or a year after it ("its ongoing invasion",
  // "its 2008 conflict with Russia": the year then says which war, as one before the kind word does).
  const lead = text.slice(Math.max(0, chain.start - 32), chain.start);
  const word = [/([\p{L}]+)\s+$/u, /([\p{L}]+)\s+(?:\p{Ll}[\p{L}-]*|((?:19|20)\d\d))\s+$/u].map((re) => re.exec(lead)).find((w) => w && POSSESSIVES.has(w[1].toLowerCase()));
  const from = chain.start - (word?.[0].length ?? 0);
  if (!word) return;
  if (word[2]) chain.words.push(word[2]);
  const near = (gap: string) => !SENTENCE_END.test(gap) && (gap.match(WORD) ?? []).length <= POSSESSOR_WORDS;
  const prior = matches.slice(0, next).reverse().find((x) => x.end <= from && entriesOf(x).size);
  const later = matches.slice(next).find((x) => x.start >= chain.end && entriesOf(x).size);
  const m = prior && near(text.slice(prior.end, from)) ? prior : later && near(text.slice(chain.end, later.start)) ? later : undefined;
  if (!m) return;
  chain.names.unshift(entriesOf(m)); // first, where no loose name after the telling cuts it off
  chain.loose.unshift(-1);
  chain.start = from;
}

/** The index of the first match (in text order) that starts at or after `pos`. */
function firstFrom(matches: readonly Match[], pos: number): number {
  let [lo, hi] = [0, matches.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The event a chain tells: every name in it one of the event's parties, all the parties of one of
 * its sets there, and no year before the event began ("the 1979 invasion"). Where several events
 * fit, the one whose parties the chain names most ("the Soviet war in Afghanistan" over the war of
 * 2001).
 */
function best(entries: readonly IndexEntry[], candidates: number[], chain: Chain, published?: string): { entry: number; names: Set<number>[]; end: number } | undefined {
  if (chain.openEnded) return undefined;
  const told = (i: number) => {
    const all = new Set(entries[i].told!.parties.flat());
    const cut = chain.names.findIndex((names, k) => chain.loose[k] >= 0 && ![...names].some((n) => all.has(n)));
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
    if (beganAfter(e, published) || years.some((y) => e.since && y < Number(e.since.slice(0, 4)))) continue;
    const score = chained.length;
    if (score > topScore) [top, topScore, tied] = [i, score, []];
    else if (score === topScore) tied.push(i);
  }
  if (top === undefined || !tied.length) return top === undefined ? undefined : told(top);
  // Two events the same words tell ("the conflict between Israel and Iran", 2025 and 2026): on a
  // dated page, the one that began last before it, which its news is about; undated, neither.
  if (!published) return undefined;
  const before = [top, ...tied].filter((i) => (entries[i].since ?? '') <= published);
  return before.length ? told(before.reduce((a, b) => (entries[b].since! > entries[a].since! ? b : a))) : undefined;
}
