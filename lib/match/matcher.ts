// The matcher: every alias of the dataset as a sorted list of keys, walked once from each word
// start. A node of the walk is the range of keys that share the text read so far; the next
// character narrows it by binary search. The work per word is bounded by the longest alias it
// shares a prefix with, not by the number of aliases: on the same text a 100k-alias dictionary
// costs about twice what a 1k one does, mostly because more words share prefixes with its aliases
// (see the benchmark).
//
// The keys come computed and sorted from the build (CompiledIndex.keys), and a node's children
// are found only when the text first reaches them: loading the dictionary costs nothing beyond
// parsing it, and the text pays only for the prefixes its own words share with aliases.
import { ALIAS_AMBIGUOUS, ALIAS_ANY_CASE, ALIAS_BLOCK, ALIAS_NAMESAKE, ALIAS_SEAT, ALIAS_USUAL, sortAliases, type CompiledIndex, type IndexAlias } from '../dataset/compile';
import { foldChar, isQuote, isWordChar, keyChar, lowerChar } from '../text/normalize';

export interface AliasInfo {
  entry: number;
  /** Folded alias text with single spaces. */
  text: string;
  /** The same with hyphens as spaces: what the exact-case check compares. */
  caseText: string;
  anyCase: boolean;
  ambiguous: boolean;
  /** The sense of a shared form where context decides nothing (Alias.usual). */
  usual: boolean;
  /** A capital's name standing for its state (Alias.seat). */
  seat: boolean;
  /** A phrase that means something else: it consumes the text and is then dropped. */
  block: boolean;
  /** Of a block, a place named after the entry (Entry.namesakes). */
  namesake: boolean;
  /** '' for English (used on every page), '-es,pt' for an English form used on every page but those, else the only page language it is used on. */
  lang: string;
}

export interface Match {
  start: number;
  end: number;
  /** Every alias that ends here and passed its case rule; usually one. */
  aliases: AliasInfo[];
}

interface Node {
  /** keys[lo..hi) are the keys that start with the text read to reach this node. */
  lo: number;
  hi: number;
  /** How many key characters lead here. */
  depth: number;
  /** Children looked up so far, by next character (null: no key continues with it). */
  next: Map<string, Node | null> | null;
  /** Aliases whose key ends here; undefined until first asked. */
  ends: AliasInfo[] | null | undefined;
}

// Characters a page puts inside words that readers do not see: soft hyphen, zero-width space/joiners.
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

export class Matcher {
  private readonly root: Node;
  private readonly source: IndexAlias[];
  private readonly keys: string[];
  readonly size: number;

  constructor(index: CompiledIndex) {
    const sorted = index.keys?.length === index.aliases.length ? index : sortAliases(index.entries, index.aliases);
    this.source = sorted.aliases;
    this.keys = sorted.keys!;
    this.size = this.source.length;
    this.root = { lo: 0, hi: this.size, depth: 0, next: null, ends: null };
  }

  /** The node after `node` for the key character `ch`, found by binary search on first use. */
  private child(node: Node, ch: string): Node | null {
    const next = (node.next ??= new Map());
    let found = next.get(ch);
    if (found !== undefined) return found;
    const { keys } = this;
    const d = node.depth;
    const code = ch.charCodeAt(0);
    // Keys that end at this depth sort first; then the rest by their character at d.
    let lo = node.lo;
    let hi = node.hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid];
      if (k.length <= d || k.charCodeAt(d) < code) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    hi = node.hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid].charCodeAt(d) <= code) lo = mid + 1;
      else hi = mid;
    }
    found = start < lo ? { lo: start, hi: lo, depth: d + 1, next: null, ends: undefined } : null;
    next.set(ch, found);
    return found;
  }

  /** The aliases whose key is exactly this node's text. */
  private ends(node: Node): AliasInfo[] | null {
    if (node.ends !== undefined) return node.ends;
    let out: AliasInfo[] | null = null;
    for (let i = node.lo; i < node.hi && this.keys[i].length === node.depth; i++) (out ??= []).push(this.info(i));
    return (node.ends = out);
  }

  private info(id: number): AliasInfo {
    const [text, entry, flags, lang] = this.source[id];
    const t = text.trim();
    return {
      entry,
      text: surface(t, 0, t.length, false),
      caseText: surface(t, 0, t.length, true),
      anyCase: (flags & ALIAS_ANY_CASE) !== 0,
      ambiguous: (flags & ALIAS_AMBIGUOUS) !== 0,
      usual: (flags & ALIAS_USUAL) !== 0,
      seat: (flags & ALIAS_SEAT) !== 0,
      block: (flags & ALIAS_BLOCK) !== 0,
      namesake: (flags & ALIAS_NAMESAKE) !== 0,
      lang,
    };
  }

  /**
   * Leftmost-longest matches in `text` (a page's text, unfolded), including "not this" phrases
   * (their aliases have `block` set) so the caller can count them. `lang` is the page's primary
   * language subtag or '' when unknown; aliases of other languages are then ignored.
   */
  findAll(text: string, lang = ''): Match[] {
    return this.scan(text, 0, text.length, lang, false);
  }

  /**
   * The names a match holds, other than itself: leftmost-longest matches inside text[start, end)
   * that are not the whole of it ("Crimea" in "annexation of Crimea", "UN" in "UN Security Council").
   */
  inside(text: string, start: number, end: number, lang = ''): Match[] {
    return this.scan(text, start, end, lang, true);
  }

  /** Leftmost-longest matches in text[from, to); `inner`: none of them the whole of it. */
  private scan(text: string, from: number, to: number, lang: string, inner: boolean): Match[] {
    const out: Match[] = [];
    let i = from;
    while (i < to) {
      if (!isWordChar(text[i]) || (i > 0 && isWordChar(text[i - 1]))) {
        i++;
        continue;
      }
      const found = this.longestAt(text, i, lang, inner && i === from ? to - 1 : to);
      if (found) {
        out.push(found);
        i = found.end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The longest match starting at `start` and ending by `limit`. */
  private longestAt(text: string, start: number, lang: string, limit = text.length): Match | null {
    let node: Node | null = this.root;
    let best: Match | null = null;
    let prevSpace = false;
    for (let j = start; j < limit; j++) {
      const raw = text[j];
      if (INVISIBLE.has(raw)) continue;
      const folded = foldChar(raw);
      if (isQuote(folded) || openingQuote(text, j, start)) continue; // a quote inside a name is skipped (the match starts at a word)
      const ch = lowerChar(keyChar(folded));
      if (ch === ' ' && prevSpace) continue; // a run of spaces (or hyphens) matches the alias's one space
      prevSpace = ch === ' ';
      node = this.child(node, ch);
      if (!node) break;
      const ends = this.ends(node);
      if (ends && isBoundaryAfter(text, j) && !glued(text, start, j + 1)) {
        const ok = ends.filter(
          (a) =>
            usedOn(a.lang, lang) &&
            (a.anyCase || a.block || surface(text, start, j + 1, true) === a.caseText),
        );
        if (ok.length) best = { start, end: j + 1, aliases: ok };
      }
    }
    return best;
  }
}

/**
 * A single quote that opens a word inside a phrase ("chicken 'Kiev'"): after a space, so never an
 * apostrophe, which stands after a letter ("Iran's", "the allies' summit", "Côte d'Ivoire").
 */
function openingQuote(text: string, j: number, start: number): boolean {
  return j > start && foldChar(text[j]) === "'" && foldChar(text[j - 1]) === ' ';
}

/** A match must end where a word ends: the next visible character is not a letter or digit. */
function isBoundaryAfter(text: string, j: number): boolean {
  let k = j + 1;
  while (k < text.length && INVISIBLE.has(text[k])) k++;
  return !isWordChar(text[k]) || !isWordChar(text[j]);
}

/** English endings after an apostrophe that leave the word itself a word: "Iran's", "Putin'd". */
const CLITICS = new Set(['s', 'd', 'll', 're', 've']);

/**
 * Whether a match is a piece of a longer token that word boundaries alone do not show: a name
 * glued to more letters by an apostrophe ("Xi'an" is a city, not Xi), a dotted abbreviation
 * inside a longer one ("C.E.U.s" holds no "E.U."), or numbers inside a date ("9/11/2025").
 */
function glued(text: string, start: number, end: number): boolean {
  const after = text[end];
  if ((after === "'" || after === '\u2019') && isWordChar(text[end + 1])) {
    let k = end + 1;
    while (isWordChar(text[k])) k++;
    if (!CLITICS.has(text.slice(end + 1, k).toLowerCase())) return true;
  }
  const last = text[end - 1];
  if (last === '.' && /\p{L}/u.test(after ?? '')) return true;
  if (text[start - 1] === '.' && /\p{L}/u.test(text[start - 2] ?? '') && !isWordChar(text[start - 3])) return true;
  const digit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  if (digit(last) && (after === '/' || after === '.') && digit(text[end + 1])) return true;
  return digit(text[start]) && (text[start - 1] === '/' || text[start - 1] === '.') && digit(text[start - 2]);
}

/** The page's text of a match as the exact-case check sees it: folded, invisible characters and double quotes out, one space (hyphens as spaces, if `hyphens`). */
function surface(text: string, start: number, end: number, hyphens: boolean): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (INVISIBLE.has(ch)) continue;
    const folded = foldChar(ch);
    if (isQuote(folded) || openingQuote(text, k, start)) continue;
    const f = hyphens ? keyChar(folded) : folded;
    if (f === ' ' && out.endsWith(' ')) continue;
    out += f;
  }
  return out;
}

/** Whether an alias of index language `aliasLang` (see AliasInfo.lang) is used on a page in `pageLang` ('' when unknown: every alias is). */
export function usedOn(aliasLang: string, pageLang: string): boolean {
  if (aliasLang === '' || pageLang === '' || aliasLang === pageLang) return true;
  return aliasLang[0] === '-' && !aliasLang.slice(1).split(',').includes(pageLang);
}
