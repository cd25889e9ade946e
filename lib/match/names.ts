// "Melania Trump", "Jill Biden", "Eric Trump": a surname after another person's first name names
// someone else. Spotting the pattern is cheap; telling a first name ("Eric") from a title or a verb
// ("President", "Then") takes compromise's lexicon, which only the background and the command line
// load, and which is asked about only the few words that need it. Once a page gives a surname to
// someone else, the surname standing alone is theirs too (othersOnly).
import type { CompiledIndex } from '../dataset/compile';
import type { Category } from '../dataset/schema';
import type { AliasInfo, Match } from './matcher';
import { isWordChar } from '../text/normalize';
import { ARABIC_TITLES, FIRST_NAMES, isTitle, NOT_A_NAME, PATRONYMIC } from './first-names';
import { NAMED } from './evidence';
import { caseBlind } from './letter-case';

/** What a first-name check needs: the word before the surname, and the surname as written. */
export interface NameQuestion {
  word: string;
  surname: string;
}

/** Answers whether `word` is a first name in "word surname"; undefined while the answer is not known. */
export type NameCheck = (q: NameQuestion) => boolean | undefined;

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * The question to ask about a person mention by a one-word alias (a bare surname), or null when
 * there is nothing to ask: the word before it is not a capitalised word, or it is
 * one of the entry's own names ("Vladimir Putin").
 */
export function nameQuestion(text: string, start: number, end: number, alias: AliasInfo, ownWords: ReadonlySet<string>): NameQuestion | null {
  if (/\s/.test(alias.text)) return null;
  const word = nameBefore(text, start);
  // Capitalised words also start sentences ("Then Trump said"): compromise tells those apart.
  if (!word || isOwnName(word, ownWords)) return null;
  return { word, surname: surnameAt(text, start, end) };
}

/**
 * Whether a first name is one of the person's own in another spelling: papers transliterate the
 * region's names each their own way (Dmitri, Dmitry, Dimitri; Sergei, Sergey, Serguei; Wladimir,
 * Vladimir). Compared by their consonants, in the order written and with the letters transliteration
 * swaps folded together; three letters at least, the first one included (it is kept, vowel or not), so
 * "Mario" is not "Maria", "Dan" not "Don", and Oleksandr not Aleksandr. Cyrillic vowels go too, so a
 * name's Russian and Ukrainian forms and most of its cases agree (Михаил, Михайло, Михаила).
 */
export function isOwnName(word: string, ownWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (ownWords.has(lower)) return true;
  const key = skeleton(lower);
  if (key.length < 3) return false;
  for (const own of ownWords) if (sameSkeleton(skeleton(own), key)) return true;
  return false;
}

/** Equal, or but for the -м of an instrumental ("Петром Порошенко": Петро; "Baszarem al-Asadem") or the -в of a dative ("Олександрові Лукашенку", "Baszarowi al-Asadowi"). */
function sameSkeleton(a: string, b: string): boolean {
  const longer = (x: string, y: string) => x.length > 3 && x.length === y.length + 1 && /[мвmv]$/.test(x) && x.startsWith(y);
  return a === b || longer(a, b) || longer(b, a);
}

/** The first letter and the consonants after it, transliteration's variants folded ("dimitri" → "dmtr"). */
function skeleton(name: string): string {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
  const folded = plain.replace(/kh|ch/g, 'h').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/c(?!h)/g, 'k').replace(/zh|j/g, 'y');
  return folded[0] + folded.slice(1).replace(/[aeiouy'’-]|[аеиоуыэюяіїєьъ]/g, '').replace(/(.)\1+/g, '$1');
}

/** An Arabic name's article, hyphenated, just before a surname ("Asma al-Assad"; not Italian "al Vaticano"). */
const ARTICLE_BEFORE = /\s(?:al|el)-$/iu;
/** The same at a surname's start ("al-Assad" as the match itself). */
const ARTICLE = /^(?:al|el)-/iu;

/** The surname as written, with the Arabic article before it if there is one ("el-Baghdadi"). */
function surnameAt(text: string, start: number, end: number): string {
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? text.slice(start - 3, end) : text.slice(start, end);
}

/** A name's last word, in lower case: a full name's surname, a one-word name itself. */
const lastWord = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();

/** The capitalised word before `start` ("Eric Trump": Eric), or null; past a patronymic ("Кирилла Юрьевича Лаврова": Kirill) and an Arabic article, hyphened ("Asma al-Assad"; "al Vaticano" is "to the"). */
export function nameBefore(text: string, start: number): string | null {
  let j = start - 1;
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  if (article) j = start - article[0].length;
  if (text[j] !== ' ') return null;
  while (j >= 0 && text[j] === ' ') j--;
  const wordEnd = j + 1;
  while (j >= 0 && isWordChar(text[j])) j--;
  const word = text.slice(j + 1, wordEnd);
  if (PATRONYMIC.test(word) && j > 0) return nameBefore(text, j + 1);
  return CAPITALISED.test(word) ? word : null;
}

/**
 * Whether a surname has a title before it ("President Trump") rather than standing alone ("But
 * Gorbachev didn't flinch") or ending a longer name ("at Indian Wells Medvedev admits").
 */
export function titled(text: string, start: number): boolean {
  const word = nameBefore(text, start);
  return !!word && isTitle(word);
}

/** Words that start sentences before a place's name and are nobody's first name: not worth asking about. */
const NEVER_FIRST = new Set(
  [
    'the a an in on at from to for with by and but or as of if unless when while after before since during both like unlike across into over under about against between without within north south east west northern southern eastern western central',
    // The same small words in the other languages ("Mais Medvedev avait…", "Но Медведев…").
    'le la les un une et mais ou pour dans après avant selon depuis pendant el los las y pero según tras desde durante il lo gli ma e per dopo secondo o os as mas segundo após der die das und aber nach laut seit während ale i w po według но и в по после для однако але після за',
  ].join(' ').split(' '),
);

/**
 * The question whether a one-word place or organisation name is someone's surname here: "Mark Cuban", "Michael
 * Jordan", "Taylor Swift". The word before must be a first name and not a name the page matched
 * itself ("Chad Niger" in a list of countries).
 */
export function surnameQuestion(text: string, m: Match, alias: AliasInfo, matches: readonly Match[]): NameQuestion | null {
  if (/\s/.test(alias.text)) return null;
  const word = nameBefore(text, m.start) ?? capsNameBefore(text, m);
  if (!word || NEVER_FIRST.has(word.toLowerCase())) return null;
  const wordStart = text.lastIndexOf(word, m.start);
  if (matches.some((o) => o.end > wordStart && o.start < m.start)) return null;
  return { word, surname: surnameAt(text, m.start, m.end) };
}

/** A name set in capitals, as a house style sets names ("the TAYLOR SWIFT presale"): the word in capitals before a match in capitals, as written otherwise ("Taylor"). */
function capsNameBefore(text: string, m: Match): string | null {
  const surname = text.slice(m.start, m.end);
  if (surname !== surname.toUpperCase() || /\s/.test(surname) || text[m.start - 1] !== ' ') return null;
  const word = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}{2,})\s$/u.exec(text.slice(Math.max(0, m.start - 32), m.start))?.[1];
  return word ? word[0] + word.slice(1).toLowerCase() : null;
}

/**
 * The compromise-backed check; `nlp` is passed in so only its callers load the library. Before a
 * surname with the Arabic article ("Iyad el-Baghdadi", "Ain al-Assad"), a capitalised word that is
 * none of NOT_A_NAME is a first name or part of another name: the region's given names are many, and
 * few are in compromise's lexicon, while its titles and places are.
 */
export function firstNameCheck(nlp: (text: string) => { has(match: string): boolean; terms(): { first(): { has(m: string): boolean } } }): NameCheck {
  const cache = new Map<string, boolean>();
  return ({ word, surname }) => {
    const key = `${word} ${surname}`;
    let v = cache.get(key);
    if (v === undefined) {
      const first = nlp(key).terms().first();
      const lower = word.toLowerCase();
      v = FIRST_NAMES.has(word) || first.has('#FirstName') || (ARTICLE.test(surname) && !ARABIC_TITLES.has(lower) && !NEVER_FIRST.has(lower) && !first.has(NOT_A_NAME));
      cache.set(key, v);
    }
    return v;
  };
}

/** A name that also means something else: an ambiguous one, or a concept's one word told apart by its case alone ("TAYLOR SWIFT … SWIFT's tour"). */
function alsoSomethingElse(category: Category, a: AliasInfo): boolean {
  return (NAMED.has(category) && a.ambiguous) || (category === 'concept' && !a.anyCase && !/\s/.test(a.text));
}

/**
 * One person per page: where the page gives a surname another person's first name or title ("Abu
 * Omar al-Baghdadi", "Eric Trump", "Mrs. Trump"), the surname standing alone ("al-Baghdadi does not
 * exist") means that person too, unless the page also names the entry's own person: in full, after
 * one of their own names, or with a title ("President Trump", which the first-name check tells from
 * a first name). News names a person in full first and by surname after; these are the entries
 * whose bare surnames the page gives to someone else. So with a place's or an organisation's
 * one-word name that also means something else, where the page gives it a person as their surname
 * ("Yair Golan … Golan said"), unless the page also names the place or body by a longer name.
 */
export function othersOnly(
  texts: string[],
  raw: Match[][],
  index: CompiledIndex,
  nameCheck: NameCheck,
  possible: (text: string, m: Match, a: AliasInfo) => boolean,
  entryWords: (entry: number) => ReadonlySet<string>,
  /** Where questions the check cannot answer yet go, to be asked (the page is then scanned again). */
  unanswered?: NameQuestion[],
): { others: Set<number>; byFullName: Set<number> } {
  const other = new Set<number>();
  const own = new Set<number>();
  // Another person of the dataset named in full ("Bill Clinton") gives the page the surname too,
  // unless the page names the entry's own person in full: a capitalised word before the surname
  // ("Leading Clinton's outreach") is no answer there, as the name check cannot tell a title from
  // a word that starts a sentence.
  const fullNames = new Map<string, number>();
  const ownFull = new Set<number>();
  const surnames: [entry: number, word: string][] = [];
  for (let b = 0; b < raw.length; b++) {
    for (const m of raw[b]) {
      for (const a of m.aliases) {
        const category = index.entries[a.entry].category;
        if (category !== 'person') {
          // "Yair Golan" is no place inside a longer name, but the person it names. Only a name that
          // also means something else is taken over: "Patina Maldives" (a hotel) leaves the Maldives.
          if (alsoSomethingElse(category, a)) namedAs(texts[b], m, a, raw[b], possible(texts[b], m, a));
          continue;
        }
        if (!possible(texts[b], m, a)) continue;
        if (a.block) {
          // A "not this" name that ends in the surname ("Eric Trump", "Mrs. Trump"), not one that
          // merely holds it ("Trump card", "Donald Trump Jr.").
          const last = a.text.trim().split(/\s+/).pop()!.toLowerCase();
          if (/\s/.test(a.text.trim()) && entryWords(a.entry).has(last)) other.add(a.entry);
          continue;
        }
        if (/\s/.test(a.text)) {
          own.add(a.entry);
          ownFull.add(a.entry);
          fullNames.set(lastWord(a.text), a.entry);
          continue;
        }
        surnames.push([a.entry, lastWord(a.text)]);
        const word = nameBefore(texts[b], m.start);
        if (!word || NEVER_FIRST.has(word.toLowerCase())) continue;
        // The entry's own first name in another spelling names it in full ("Aleksei Navalny" beside his brother Oleg).
        if (isOwnName(word, entryWords(a.entry))) { own.add(a.entry); ownFull.add(a.entry); continue; }
        const q = { word, surname: surnameAt(texts[b], m.start, m.end) };
        const another = nameCheck(q);
        if (another === true) other.add(a.entry);
        // Asked here too: the mention itself may be decided against before its own question is
        // asked ("Michael Bolton" in a page about the singer), and the bare surnames then hang on it.
        else if (another === undefined) unanswered?.push(q);
        // A title says whose surname it is ("President Trump"), but not in headline case, where any
        // word is capitalised ("Defending Vienna Champion Medvedev Wins"), and no other word does
        // ("at Indian Wells Medvedev admits").
        else if (another === false && isTitle(word) && !caseBlind(texts[b], m.start, m.end)) own.add(a.entry);
      }
    }
  }
  for (const e of own) other.delete(e);
  // byFullName: the entries whose surname another person of the dataset has here, named in full.
  const byFullName = new Set(surnames.filter(([entry, word]) => (fullNames.get(word) ?? entry) !== entry && !ownFull.has(entry)).map(([entry]) => entry));
  for (const e of byFullName) other.add(e);
  return { others: other, byFullName };

  /** A place's or an organisation's name: a person's surname after a first name, else (a longer name) its own. */
  function namedAs(text: string, m: Match, a: AliasInfo, inBlock: readonly Match[], isPossible: boolean): void {
    if (/\s/.test(a.text)) {
      if (isPossible) own.add(a.entry);
      return;
    }
    const q = surnameQuestion(text, m, a, inBlock);
    const surname = q && nameCheck(q);
    if (surname) other.add(a.entry);
    else if (q && surname === undefined) unanswered?.push(q);
  }
}
