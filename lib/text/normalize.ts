// One-to-one character folding shared by the build (aliases) and the page (text), so that an offset
// in folded text is the same offset in the page's text. Typographic variants fold to ASCII, and
// Russian ё to е.

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u2002': ' ', '\u2003': ' ',
  '\t': ' ', '\n': ' ', '\r': ' ', '\f': ' ',
  // Russian writes ё as е more often than not (Горбачёв, Горбачев): the same word either way.
  '\u0451': '\u0435', '\u0401': '\u0415',
};

/** Folds one UTF-16 code unit; the result always has length 1. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  // Printable ASCII other than the backtick folds to itself: the common case, without a lookup.
  if (c >= 0x20 && c < 0x7f && c !== 0x60) return ch;
  return FOLD[ch] ?? ch;
}

/** Lower-cases one code unit without changing its length (İ would become two units: kept). */
export function lowerChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

// Built only where foldText is used: the page script that glances does not (a bundler drops a pure call unused).
const FOLD_RE = /* @__PURE__ */ (() => new RegExp(`[${Object.keys(FOLD).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g'))();

export function foldText(text: string): string {
  return text.replace(FOLD_RE, (ch) => FOLD[ch]);
}

/**
 * A hyphen joins the words of a name the way a space does: news writes "al-Qaida" and "al Qaida",
 * "Nord-Stream" and "Nord Stream", "Su-57" and "Su 57" for the same thing, and the data lists one
 * form or the other. Matching treats the two alike (keys and the page's text both).
 */
export function keyChar(folded: string): string {
  return folded === '-' ? ' ' : folded;
}

/**
 * Double quotes and guillemets inside a name are not part of it: news quotes a name's own part
 * (the “New START” treaty, le traité « Ciel ouvert », ЧВК «Вагнер») or not, for the same thing.
 * Matching skips them (keys and the page's text both); apostrophes stay ("Iran's").
 */
export function isQuote(folded: string): boolean {
  return folded === '"';
}

/** The key an alias is indexed under: folded, hyphens as spaces, no double quotes, single spaces, lower case. */
export function aliasKey(text: string): string {
  const folded = caseKey(text);
  const lower = folded.toLowerCase();
  // toLowerCase keeps the length but for a few letters (İ): then go one code unit at a time.
  if (lower.length === folded.length) return lower;
  let out = '';
  for (let i = 0; i < folded.length; i++) out += lowerChar(folded[i]);
  return out;
}

/** An alias's text as the exact-case check reads it: folded, hyphens as spaces, no double quotes, single spaces. */
export function caseKey(text: string): string {
  return foldText(text.trim()).replace(/-/g, ' ').replace(/"/g, '').trim().replace(/ +/g, ' ');
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Letters, digits and combining marks make words; everything else is a boundary. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD.test(ch);
}
