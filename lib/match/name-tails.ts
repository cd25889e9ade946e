// A form written in lower case in the data that a page writes capitalised inside a longer name.
import { wordsBefore } from './near-words';
import { caseBlind } from './letter-case';

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

/** The words of a region after a place's adjective, a second adjective between ("Донецкой и Луганской областей"). */
const REGION_AFTER =
  /^\S*\s+(?:(?:и|і|та|й|i|oraz)\s+\S+\s+)?(?:област|обл\.|ова|ода|кра[йяюе]|республик|народн|регион|регіон|район|полуостр|півостр|губерн|obw[oó]d|wojew[oó]dztw|okręg|republik|półw[yi]sp)/iu;
/** A list of adjectives between: words in the same case as the first (its ending), each after a comma or a joiner. */
const listed = (ending: string) => new RegExp(`^\\S*\\s+(?:(?:(?:и|і|та|й|i|oraz)\\s+)?[\\p{L}'’-]+${ending},?\\s+){1,3}`, 'iu');

/** Languages that write the adjectives of places and peoples in lower case, and capitalise them only inside a name. */
const LOWER_ADJECTIVES = new Set(['ru', 'uk', 'be', 'pl']);

/**
 * Whether a form the data writes in lower case ("український", "rosyjski") stands capitalised where
 * no sentence opens, on a page in a language that capitalises such words only inside a name: it is
 * part of that name, «Комерсант Український», «Українська правда» in mid-sentence, "Rosyjski
 * Fundusz Inwestycji Bezpośrednich", and not the place. Text in capitals or headline case says
 * nothing.
 */
export function capitalisedInName(text: string, start: number, alias: string, lang: string): boolean {
  // Capitalised, not in capitals: "WOJNIE W UKRAINIE" is emphasis.
  // One word: a phrase the page capitalises is the name itself ("нарушила Договор о ликвидации …").
  if (!LOWER_ADJECTIVES.has(lang) || alias.includes(' ') || !/^\p{Ll}/u.test(alias) || !/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const before = text.slice(0, start).trimEnd();
  // A sentence, a quotation or a line of dialogue opens here: "… заявил. Российские …", «Российская
  // сторона …», "— Українські військові …".
  if (before === '' || /[.!?…:;"“”«»„(\-–—]$/u.test(before)) return false;
  // The place's own region is the place: "Донецкой и Луганской областей", "Київська ОВА".
  // Or the region of a list of them: "Донецької, Запорізької, Луганської та Херсонської областей".
  const after = text.slice(start + alias.length, start + alias.length + 100);
  const list = listed(alias.slice(-2)).exec(after)?.[0].length ?? 0;
  if (REGION_AFTER.test(after) || (list && REGION_AFTER.test(` ${after.slice(list)}`))) return false;
  return !caseBlind(text, start, start + alias.length);
}

/**
 * Words of a page's language that a name's form spells where a sentence opens, with what follows
 * them there: the Italian "Nato" (born) opens a life's account, "Nato il 2 marzo 1931 in un
 * villaggio", "Nata a Mosca nel 1952" (a day or a year follows), where the alliance takes its article
 * ("La Nato ha deciso") or a headline names its place ("Nato a Vilnius").
 */
const WORDS_AT_START: Record<string, [RegExp, RegExp]> = {
  it: [/^Nat[oaie]$/u, /^\s+(?:(?:il|nel|nell['’])\s*\d|(?:a|ad|in)\s+\p{Lu}[^.!?:;]{0,40}?(?:il\s+\d|(?:19|20)\d\d))/u],
};

/** Whether the form at [start, end) is a word of the page's language that opens its sentence (see WORDS_AT_START). */
export function wordAtStart(text: string, start: number, end: number, lang: string): boolean {
  const [word, after] = WORDS_AT_START[lang] ?? [];
  if (!word?.test(text.slice(start, end)) || !after.test(text.slice(end, end + 60))) return false;
  const before = text.slice(0, start).trimEnd();
  return before === '' || /[.!?…:;"“”«»„(\-–—]$/u.test(before);
}

/** A surname with its initials after it, as a list of references gives its authors: "Bairey-Merz CN,". */
const INITIALS_AFTER = /^\s\p{Lu}{1,3}(?:[,.;]|\s+et al)/u;
/** The same of any author, and "et al.": how a list of references reads. */
const REFERENCE = /(?:\p{Lu}[\p{Ll}'’-]+\s\p{Lu}{1,3}[,.;]|\bet al\.)/gu;

/**
 * Whether a person's surname is an author's in a list of references: its initials after it, and at
 * least one more author so written, or "et al.", in the same block ("Levine GN, Lange RA,
 * Bairey-Merz CN, et al."). Such a list names the paper's authors, not the news's people.
 */
export function citedAuthor(text: string, end: number): boolean {
  if (!INITIALS_AFTER.test(text.slice(end, end + 12))) return false;
  return (text.match(REFERENCE)?.length ?? 0) >= 2;
}
