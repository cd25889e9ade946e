// The matcher: every alias of the dataset in one character trie, walked once from each word start.
// The work per word is bounded by the longest alias it shares a prefix with, not by the number of
// aliases, so a 100k-alias dictionary costs about what a 1k one does (see the benchmark).
//
// The trie is built lazily: a node sorts its aliases by their next character only when a page's
// text first reaches it. Loading the dictionary is then one pass over first letters, and a page
// pays only for the prefixes its own words share with aliases.
import { ALIAS_AMBIGUOUS, ALIAS_ANY_CASE, ALIAS_BLOCK, type CompiledIndex, type IndexAlias } from '../dataset/compile';
import { aliasKey, foldChar, isWordChar, lowerChar } from '../text/normalize';

export interface AliasInfo {
  entry: number;
  /** Folded alias text with single spaces, for the exact-case check. */
  text: string;
  anyCase: boolean;
  ambiguous: boolean;
  /** A phrase that means something else: it consumes the text and is then dropped. */
  block: boolean;
  /** '' for English (used on every page), else the only page language it is used on. */
  lang: string;
}

export interface Match {
  start: number;
  end: number;
  /** Every alias that ends here and passed its case rule; usually one. */
  aliases: AliasInfo[];
}

interface Node {
  /** How many key characters lead here. */
  depth: number;
  /** Aliases whose key passes through this node, until the node is expanded. */
  ids: number[] | null;
  next: Map<string, Node> | null;
  /** Aliases whose key ends here. */
  aliases: AliasInfo[] | null;
}

// Characters a page puts inside words that readers do not see: soft hyphen, zero-width space/joiners.
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

export class Matcher {
  private readonly root: Node;
  private readonly source: IndexAlias[];
  private readonly keys: (string | undefined)[];
  readonly size: number;

  constructor(index: CompiledIndex) {
    this.source = index.aliases;
    this.size = index.aliases.length;
    this.keys = new Array(this.size);
    const ids: number[] = [];
    for (let i = 0; i < this.size; i++) ids.push(i);
    this.root = { depth: 0, ids, next: null, aliases: null };
  }

  private key(id: number): string {
    return (this.keys[id] ??= aliasKey(this.source[id][0]));
  }

  /** The children of a node, sorting its aliases by their next character on first use. */
  private expand(node: Node): Map<string, Node> {
    if (node.next) return node.next;
    const next = new Map<string, Node>();
    for (const id of node.ids!) {
      // The root needs only first letters: no alias's full key is computed until a page needs it.
      const ch = node.depth === 0 ? firstKeyChar(this.source[id][0]) : this.key(id)[node.depth];
      if (ch === undefined) {
        (node.aliases ??= []).push(this.info(id));
        continue;
      }
      let child = next.get(ch);
      if (!child) next.set(ch, (child = { depth: node.depth + 1, ids: [], next: null, aliases: null }));
      child.ids!.push(id);
    }
    node.ids = null;
    node.next = next;
    return next;
  }

  private info(id: number): AliasInfo {
    const [text, entry, flags, lang] = this.source[id];
    return {
      entry,
      text: foldText1(text),
      anyCase: (flags & ALIAS_ANY_CASE) !== 0,
      ambiguous: (flags & ALIAS_AMBIGUOUS) !== 0,
      block: (flags & ALIAS_BLOCK) !== 0,
      lang,
    };
  }

  /**
   * Leftmost-longest matches in `text` (a page's text, unfolded), including "not this" phrases
   * (their aliases have `block` set) so the caller can count them. `lang` is the page's primary
   * language subtag or '' when unknown; aliases of other languages are then ignored.
   */
  findAll(text: string, lang = ''): Match[] {
    const out: Match[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(text[i]) || (i > 0 && isWordChar(text[i - 1]))) {
        i++;
        continue;
      }
      const found = this.longestAt(text, i, lang);
      if (found) {
        out.push(found);
        i = found.end;
      } else {
        i++;
      }
    }
    return out;
  }

  private longestAt(text: string, start: number, lang: string): Match | null {
    let node: Node | undefined = this.root;
    let best: Match | null = null;
    let prevSpace = false;
    for (let j = start; j < text.length; j++) {
      const raw = text[j];
      if (INVISIBLE.has(raw)) continue;
      const ch = lowerChar(foldChar(raw));
      if (ch === ' ' && prevSpace) continue; // a run of spaces matches the alias's one space
      prevSpace = ch === ' ';
      node = this.expand(node).get(ch);
      if (!node) break;
      this.expand(node); // settles which aliases end here
      if (node.aliases && isBoundaryAfter(text, j)) {
        const ok = node.aliases.filter(
          (a) =>
            (a.lang === '' || lang === '' || a.lang === lang) &&
            (a.anyCase || a.block || surface(text, start, j + 1) === a.text),
        );
        if (ok.length) best = { start, end: j + 1, aliases: ok };
      }
    }
    return best;
  }
}

function firstKeyChar(text: string): string | undefined {
  const t = text.trimStart();
  return t ? lowerChar(foldChar(t[0])) : undefined;
}

/** A match must end where a word ends: the next visible character is not a letter or digit. */
function isBoundaryAfter(text: string, j: number): boolean {
  let k = j + 1;
  while (k < text.length && INVISIBLE.has(text[k])) k++;
  return !isWordChar(text[k]) || !isWordChar(text[j]);
}

/** The page's text of a match as the exact-case check sees it: folded, invisible characters out, one space. */
function surface(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (INVISIBLE.has(ch)) continue;
    const f = foldChar(ch);
    if (f === ' ' && out.endsWith(' ')) continue;
    out += f;
  }
  return out;
}

function foldText1(text: string): string {
  const t = text.trim();
  return surface(t, 0, t.length);
}
