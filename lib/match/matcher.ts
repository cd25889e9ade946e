// The matcher: every alias of the dataset in one character trie, walked once from each word start.
// The work per word is bounded by the longest alias it shares a prefix with, not by the number of
// aliases, so a 100k-alias dictionary costs about what a 1k one does (see the benchmark).
import { ALIAS_AMBIGUOUS, ALIAS_ANY_CASE, ALIAS_BLOCK, type CompiledIndex } from '../dataset/compile';
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
  next: Map<string, Node>;
  aliases?: AliasInfo[];
}

// Characters a page puts inside words that readers do not see: soft hyphen, zero-width space/joiners.
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

export class Matcher {
  private readonly root: Node = { next: new Map() };
  readonly size: number;

  constructor(index: CompiledIndex) {
    for (const [text, entry, flags, lang] of index.aliases) {
      const key = aliasKey(text);
      let node = this.root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      (node.aliases ??= []).push({
        entry,
        text: foldText1(text),
        anyCase: (flags & ALIAS_ANY_CASE) !== 0,
        ambiguous: (flags & ALIAS_AMBIGUOUS) !== 0,
        block: (flags & ALIAS_BLOCK) !== 0,
        lang,
      });
    }
    this.size = index.aliases.length;
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
      node = node.next.get(ch);
      if (!node) break;
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
