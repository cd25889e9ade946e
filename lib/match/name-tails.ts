// A form written in lower case in the data that a page writes capitalised inside a longer name.
import { caseBlind, wordsBefore } from './evidence';

/**
 * Whether a form the data writes in lower case ("summit in Helsinki") stands capitalised right after
 * a capitalised word, in text that does not capitalise every word: it ends another's name, "the
 * Baltic Sea Allies Summit in Helsinki", and is not the form.
 */
export function tailOfName(text: string, start: number, alias: string): boolean {
  if (!/^\p{Ll}/u.test(alias) || !/^\p{Lu}/u.test(text.charAt(start))) return false;
  const [prev] = wordsBefore(text, start, 1, true);
  if (!prev || !/^\p{Lu}/u.test(prev) || caseBlind(text, start, start + alias.length)) return false;
  // A word capitalised because it opens the sentence says nothing: "El Ejército israelí ha …".
  const before = text.slice(0, start - prev.length - 1).trimEnd();
  return before !== '' && !/[.!?:;"“”«»„(]$/u.test(before);
}
