// Letter case as evidence: text set so that its case says nothing (a headline in capitals, a short
// block in headline case, a sentence's first word), where a form that only its case tells apart
// ("SWIFT", "Turkey", "Damasco") is evidence of nothing by itself.
import type { AliasInfo, Match } from './matcher';
import { wordsAfter, wordsBefore } from './near-words';

/** Neighbouring words looked at on each side of a match to judge the letter case of its text. */
const CASE_WINDOW = 4;
/** A block longer than this is running prose, where a run of capitalised words is a run of names. */
const HEADLINE_CHARS = 120;
/** What sets a part of a block apart: a dash or a colon between words. */
const PART_BREAK = /\s[–—]\s|:\s/g;
/** Small words that headline case leaves in lower case ("Putin and Xi Meet in Beijing"). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'over', 'the', 'to', 'vs', 'with']);

/**
 * Whether the text around a match is set so that letter case carries no sense: in capitals (a
 * headline or teaser in upper case) or, for a capitalised word, a short block in headline case.
 * There "SWIFT" may be a singer's surname and "Turkey" a dinner; a form that only its case tells
 * apart needs other evidence.
 */
export function caseBlind(text: string, start: number, end: number): boolean {
  // Within the part of the block a dash or a colon sets apart: a kicker in capitals before the
  // sentence ("ABBATTUTO UN JET RUSSO – La nascente coalizione …").
  const from = Math.max(0, ...[...text.slice(0, start).matchAll(PART_BREAK)].map((b) => b.index + b[0].length));
  const next = text.slice(end).search(PART_BREAK);
  const to = next < 0 ? text.length : end + next;
  const part = text.slice(from, to);
  const near = cased([...wordsBefore(part, start - from, CASE_WINDOW), ...wordsAfter(part, end - from, CASE_WINDOW)]);
  if (near.length < 2) return false;
  if (near.every((w) => w === w.toUpperCase())) return true;
  // Headline case only capitalises words: it can make a dinner's "Turkey", never "SWIFT" or "MH17".
  // And it is the whole block's: a short sentence that names places side by side ("flew from Tel
  // Aviv to Jerusalem on Monday") still has its lower-case words elsewhere.
  if (text.length > HEADLINE_CHARS || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(start, end))) return false;
  const all = cased(text.slice(0, start).split(/[^\p{L}\p{N}'’-]+/u).concat(text.slice(end).split(/[^\p{L}\p{N}'’-]+/u)));
  return all.length >= 3 && all.every((w) => MINOR_WORDS.has(w) || /^\p{Lu}/u.test(w));
}

/**
 * Whether a match's alias is a one-word form that only its letter case tells apart ("SWIFT",
 * "Turkey"), in text whose case says nothing: then it is plain evidence of nothing. A name in
 * headline case ("… Gearing Up Against Russia") is plain where the page never writes it in lower case.
 * A form with a digit is told apart by its digits, in any case: "СНВ-1" in a list of treaties in capitals.
 */
export function caseOnlyIn(texts: readonly string[]): (text: string, m: Match, a: AliasInfo) => boolean {
  const lowerOnPage = wordsInLowerCase(texts);
  return (text, m, a) => {
    if (a.anyCase || a.block || a.text.includes(' ') || /\p{N}/u.test(a.text)) return false;
    const titled = /^\p{Lu}\p{Ll}+$/u.test(a.text);
    if (caseBlind(text, m.start, m.end)) return !titled || lowerOnPage(a.text);
    // A capital that the start of a sentence gives the word, on a page that writes it in lower case
    // elsewhere: "Damasco: estiman que …" over a story of "la producción de damasco".
    return titled && opensSentence(text, m.start) && lowerOnPage(a.text);
  };
}

/** Whether a word at `start` opens its block or a sentence (an opening quote or bracket read past). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start).replace(/["“”«»„‘’(\s]+$/u, '');
  return before === '' || /[.!?:…]$/u.test(before);
}

/** Whether the page writes a word in lower case anywhere ("turkey" beside a headline's "Turkey"). */
function wordsInLowerCase(texts: readonly string[]): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    const lower = word.toLowerCase();
    let found = seen.get(lower);
    if (found === undefined) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      seen.set(lower, (found = texts.some((t) => re.test(t))));
    }
    return found;
  };
}

/** The words that have a letter case (not digits, not scripts without case). */
function cased(words: string[]): string[] {
  return words.filter((w) => /\p{L}/u.test(w) && w.toLowerCase() !== w.toUpperCase());
}
