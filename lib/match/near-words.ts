// The words next to a match, which the checks of evidence and of letter case look at.
import { isWordChar } from '../text/normalize';

/**
 * Up to `n` words before `at`, nearest last. `adjacent`: only a word separated from the next by a
 * single space (or the match), so punctuation ends the run.
 */
export function wordsBefore(text: string, at: number, n: number, adjacent = false): string[] {
  const out: string[] = [];
  let j = at - 1;
  while (out.length < n && j >= 0) {
    const gapEnd = j;
    while (j >= 0 && !isWordChar(text[j])) j--;
    if (j < 0 || (adjacent && (gapEnd - j !== 1 || text[gapEnd] !== ' '))) break;
    const wordEnd = j + 1;
    while (j >= 0 && (isWordChar(text[j]) || text[j] === '.' && isWordChar(text[j - 1]))) j--;
    out.unshift(text.slice(j + 1, wordEnd));
  }
  return out;
}

/** Up to `n` words after `at`, nearest first (see wordsBefore for `adjacent`). */
export function wordsAfter(text: string, at: number, n: number, adjacent = false): string[] {
  const out: string[] = [];
  let j = at;
  while (out.length < n && j < text.length) {
    const gapStart = j;
    while (j < text.length && !isWordChar(text[j])) j++;
    if (j >= text.length || (adjacent && (j - gapStart !== 1 || text[gapStart] !== ' '))) break;
    const wordStart = j;
    while (j < text.length && isWordChar(text[j])) j++;
    out.push(text.slice(wordStart, j));
  }
  return out;
}
