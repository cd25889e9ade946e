// An acronym the page spells out as something else means that thing on the whole page: after
// "Certified Internal Auditor (CIA)" or "IEA (Infrastructure and Energy Alternatives)", the page's
// "CIA" and "IEA" are not the agencies. News and reports define their acronyms this way; the
// definition is the best evidence there is of what the page's acronym stands for.
import type { AliasInfo, Match } from './matcher';
import { aliasKey } from '../text/normalize';

/** An acronym as pages write one in a definition: capitals (an ampersand inside), a mark after. */
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;
const MARKS = /[®™*]+$/u;
/** Words an expansion leaves out of its initials ("Organization of the Petroleum Exporting Countries"). */
const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'by', '&', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'del', 'für', 'und', 'der']);

/** A spelled-out name beside an acronym: where it is, and the acronym it spells. */
interface Definition {
  acronym: string;
  /** The expansion's offsets in the block's text. */
  start: number;
  end: number;
  words: string[];
}

/**
 * The forms ("<entry> <alias key>") of the acronyms that the page defines as something other than
 * their entry: the expansion neither holds a mention of the entry nor is made of the entry's own
 * words ("Intermediate-Range Nuclear Forces (INF) Treaty" is the treaty, though no alias matches).
 */
export function definedElsewhere(texts: string[], raw: Match[][], entryWords: (entry: number) => ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (let b = 0; b < texts.length; b++) {
    const text = texts[b];
    if (!text.includes('(')) continue;
    for (const m of raw[b]) {
      const def = definitionAt(text, m.start, m.end);
      if (!def) continue;
      for (const a of m.aliases) {
        if (a.block || aliasKey(a.text) !== aliasKey(def.acronym)) continue;
        const named = raw[b].some((o) => o.start >= def.start && o.end <= def.end && o.aliases.some((x) => x.entry === a.entry && !x.block));
        if (!named && !ownWords(def.words, entryWords(a.entry))) out.add(formOf(a));
      }
    }
  }
  return out;
}

/** Letters that tell a word's stem across the languages read ("Internacional", "international"). */
const STEM = 5;
const stem = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, STEM);

/**
 * Whether an expansion is the entry's own name in other words or another language: at least half
 * of its words share a stem with the entry's words ("Organismo Internacional de la Energía Atómica"
 * is the IAEA; "Infrastructure and Energy Alternatives" is not the International Energy Agency).
 */
function ownWords(words: string[], own: ReadonlySet<string>): boolean {
  const stems = new Set([...own].map(stem));
  return words.filter((w) => stems.has(stem(w))).length * 2 >= words.length;
}

const formOf = (a: AliasInfo) => `${a.entry} ${aliasKey(a.text)}`;

/** The definition around the acronym at [start, end): "Name Spelled Out (ACR)" or "ACR (Name Spelled Out)". */
function definitionAt(text: string, start: number, end: number): Definition | null {
  const acronym = text.slice(start, end);
  if (!ACRONYM.test(acronym)) return null;
  // "… Auditor (CIA®)": the words before the parenthesis.
  const close = text.slice(end).match(/^[®™*]*\)/u);
  if (text[start - 1] === '(' && close) {
    const words = expansionBefore(text, start - 1, acronym);
    if (words) return { acronym, ...words };
  }
  // "IEA (Infrastructure and Energy Alternatives)": the words inside the parenthesis after it.
  const open = text.slice(end).match(/^[®™*]* \(([^()]{3,120})\)/u);
  if (open) {
    const from = end + open[0].indexOf('(') + 1;
    const inner = open[1];
    const words = inner.split(' ').filter(Boolean);
    if (initials(words) === letters(acronym) && words.every(capitalOrMinor)) {
      return { acronym, start: from, end: from + inner.length, words: words.filter((w) => !MINOR.has(w.toLowerCase())) };
    }
  }
  return null;
}

/** The capitalised words just before `paren` whose initials spell the acronym, or null. */
function expansionBefore(text: string, paren: number, acronym: string): { start: number; end: number; words: string[] } | null {
  const want = letters(acronym);
  const end = text.slice(0, paren).trimEnd().length;
  const words: string[] = [];
  let at = end;
  let content = 0;
  while (content < want.length) {
    const before = text.slice(0, at);
    const word = before.match(/(\S+)\s*$/u)?.[1];
    if (!word || !capitalOrMinor(word)) return null;
    at = before.trimEnd().length - word.length;
    words.unshift(word);
    if (!MINOR.has(word.toLowerCase())) content++;
  }
  return initials(words) === want ? { start: at, end, words: words.filter((w) => !MINOR.has(w.toLowerCase())) } : null;
}

const capitalOrMinor = (w: string) => MINOR.has(w.toLowerCase()) || /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w);
const letters = (acronym: string) => acronym.replace(MARKS, '').replace(/&/g, '');
const initials = (words: string[]) =>
  words
    .filter((w) => !MINOR.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
