// Initials and titles before a bare surname that are not the person's own: "E. P. Dutton" is not
// Peter Dutton, "Dr Milan Milanović" not Zoran Milanović, "Madame Macron" not Emmanuel Macron.
import type { Match } from './matcher';
import { isOwnName, nameBefore } from './names';

/**
 * The first of the initials just before `start` ("E. P. Dutton": E) and where they begin, or null
 * when none stand there or when they are a name the page matched ("the U.S. Putin …" ends one
 * sentence and starts another).
 */
function initialBefore(text: string, start: number, matches: readonly Match[], lang: string): { letter: string; at: number } | null {
  const from = Math.max(0, start - 12);
  const run = /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}\. ?){1,3})$/u.exec(text.slice(from, start));
  if (!run) return null;
  // French writes "M. Erdogan" for Mr Erdogan: a title, not an initial.
  if (lang === 'fr' && /^M\. ?$/.test(run[1])) return null;
  const at = start - run[1].length;
  return matches.some((o) => o.end > at && o.start < start) ? null : { letter: run[1][0].toLowerCase(), at };
}

/**
 * Whether a bare surname comes after initials or a titled first name that are not the person's own,
 * or after a title of the other sex: "E. P. Dutton" is not Peter Dutton, "Dr Milan Milanović" not
 * Zoran Milanović, "Madame Macron" not Emmanuel Macron.
 */
export function othersInitials(text: string, start: number, matches: readonly Match[], ownWords: ReadonlySet<string>, lang: string, feminine = false): boolean {
  const title = /(\p{L}+)\.? +$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1].toLowerCase();
  if (title && (feminine ? MALE_TITLES.has(title) : FEMALE_TITLES.has(title) || WOMAN_NOUN.test(title))) return true;
  // A middle initial after the person's own first name is theirs: "Yevgeny V. Prigozhin", "Vladimir V. Putin".
  const initial = initialBefore(text, start, matches, lang);
  if (initial && ![...ownWords].some((w) => w.startsWith(initial.letter))) {
    const first = nameBefore(text, initial.at);
    if (!first || !isOwnName(first, ownWords)) return true;
  }
  const titled = titledFirstName(text, start);
  return !!titled && !isOwnName(titled, ownWords);
}

/** Titles of a woman and of a man: "Madame Macron" is not Emmanuel Macron, "Mr Clinton" not Hillary Clinton. */
const FEMALE_TITLES = new Set('mrs ms miss madame mme frau señora sra signora pani senhora госпожа госпожи пані'.split(' '));
const MALE_TITLES = new Set('mr monsieur herr señor sr signor pan senhor господин господина пан'.split(' '));

/**
 * A woman's noun of her trade before her surname, in the languages that give it its own ending: "Фигуристка
 * Медведева" (Evgenia, not Dmitry Medvedev, whose genitive is spelt the same), "тенісистка", "tenisistka".
 */
export const WOMAN_NOUN = /^\p{L}+(?:истка|істка|ентка|менка|ница|ниця|иня|ыня|istka|arka)$/u;

/** Titles that stand before a first name ("Dr Milan Milanović"), whatever the first name. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'sir', 'dame', 'judge', 'rev', 'father', 'sister']);

/** The capitalised word between a title and the surname ("Dr Milan Milanović": Milan), or null. */
function titledFirstName(text: string, start: number): string | null {
  const word = nameBefore(text, start);
  if (!word) return null;
  const wordStart = text.lastIndexOf(word, start - 1);
  const title = /(\p{L}+)\.? +$/u.exec(text.slice(Math.max(0, wordStart - 16), wordStart));
  return title && TITLES.has(title[1].toLowerCase()) ? word : null;
}
