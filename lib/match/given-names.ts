// A place's name as someone's given name: "Israel Folau was sacked … Folau said". Where a one-word
// place name stands right before a capitalised word that the page also uses on its own as a person's
// surname is used ("Folau said", "Adesanya told") and never in lower case, that word is a surname and
// the place's name the person's given name, as a reader reads it. A word the page also writes in
// lower case is a common word in a name ("Gaza City" beside "the city"), and a plural a people
// ("Kosovo Albanians"): neither makes a person. Not in the languages that set a country's genitive
// before a leader's name ("президента России Владимира Путина").
import { caseBlind } from './letter-case';
import { isTitle } from './first-names';
import type { Match } from './matcher';
import { CLUB_LEADS } from './name-words';

/** Languages whose genitive puts a place's name right before a person's. */
const GENITIVE_BEFORE = new Set(['ru', 'uk', 'be', 'pl']);
/** Words before a place, not a person: "in Tbilisi", "to Adesanya" is rare. */
const PLACE_WORDS = 'in|at|from|to|into|near|of|à|en|de|a|em|no|na|nach|aus|bei|im|di|da|dal|del';

/** A country's bodies and offices after its name or adjective ("US President", "Cuban Ministry"): no surname. */
const BODIES = new Set(
  'ministry government embassy army navy air foreign defence defense national state federal republic parliament senate congress council office department police forces force coast guard central supreme high court bank'.split(' '),
);

/**
 * What follows a surname standing for its person, and no club's or body's name: "Folau said", "Folau's
 * contract", "Bardella a déclaré", "Adesanya, a 31-year-old former boxer".
 */
const AS_SUBJECT =
  "(?:['’]s|,? (?:said|says|told|added|wrote|argued|insisted|who|has|had|a dit|a déclaré|a affirmé|dijo|declaró|afirmó|ha detto|ha dichiarato|disse|afirmou|declarou|sagte|erklärte|betonte)|, (?:a|an) \\d+-year-old)(?!\\p{L})";

/** The capitalised word right after a match, one space between. */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}[\p{L}-]*)/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many sentences a word after a place's name must open for it to be a surname, whatever follows it. */
const REPEATED = 2;

/** A place's name standing for a person: "who" follows people, never places ("Golan, who ran the Cannon Group"). */
const WHO = ",? (?:who|whose)(?!\\p{L})";

/**
 * Whether a one-word place name at `m` is a person's name on this page; `raw` the page's matches per
 * block, `isPlace` whether a match may be a place. One person per page, as with surnames (see othersOnly
 * in ./names): once the page gives the name to a person, as a given name ("Israel Folau … Folau said")
 * or as a surname ("Menahem Golan … Golan, who ran"), it is theirs where it stands alone too ("we made
 * it clear to Israel"), unless the page also names the place by another of its names ("Israeli", "the
 * Golan Heights"); then only those places in the name are the person's.
 */
export function givenNames(texts: readonly string[], raw: readonly Match[][], lang: string, isPlace: (m: Match) => boolean): (text: string, m: Match) => boolean {
  if (GENITIVE_BEFORE.has(lang)) return () => false;
  const inName = personsFirstName(texts, raw);
  const surname = surnameHere(texts);
  const people = new Set<string>();
  // The names the page calls each place by, in lower case.
  const namesOf = new Map<number, Set<string>>();
  texts.forEach((text, b) => {
    for (const m of raw[b]) {
      if (!isPlace(m)) continue;
      const name = text.slice(m.start, m.end);
      for (const a of m.aliases) namesOf.set(a.entry, (namesOf.get(a.entry) ?? new Set()).add(name.toLowerCase()));
      if (inName(text, m) || surname(text, m)) people.add(name);
    }
  });
  // A name is the person's alone too where the page calls the place by no other name.
  const onlyName = (name: string) => raw.every((ms, b) => ms.every((m) => texts[b].slice(m.start, m.end) !== name || m.aliases.every((a) => namesOf.get(a.entry)!.size === 1)));
  const alone = new Set([...people].filter(onlyName));
  return (text, m) => {
    const name = text.slice(m.start, m.end);
    return alone.has(name) || (people.has(name) && (inName(text, m) || surname(text, m)));
  };
}

/** Whether a one-word place name at `m` ends a person's name: a capitalised word before it, the page saying "who" after the name alone. */
function surnameHere(texts: readonly string[]): (text: string, m: Match) => boolean {
  const saysWho = new Map<string, boolean>();
  return (text, m) => {
    const name = text.slice(m.start, m.end);
    if (/\s/.test(name)) return false;
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    // Not a club's name ("Shakhtar Donetsk, who play …").
    if (!before || isTitle(before) || BODIES.has(before.toLowerCase()) || CLUB_LEADS.has(before.toLowerCase())) return false;
    let who = saysWho.get(name);
    if (who === undefined) {
      // The name alone, not after a capitalised word: "Golan, who ran", not "Shakhtar Donetsk who play".
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}\\p{Ll}+ )${escape(name)}${WHO}`, 'u');
      saysWho.set(name, (who = texts.some((t) => re.test(t))));
    }
    return who;
  };
}

/** Whether a one-word place name at `m` is a person's given name ("Israel Folau … Folau said"). */
function personsFirstName(texts: readonly string[], raw: readonly Match[][]): (text: string, m: Match) => boolean {
  const surnames = new Map<string, boolean>();
  const matchesOf = new Map<string, readonly Match[]>(texts.map((t, b) => [t, raw[b]]));
  return (text, m) => {
    const name = text.slice(m.start, m.end);
    const next = NEXT_WORD.exec(text.slice(m.end, m.end + 40))?.[1];
    // One word, no acronym ("US President", "U.S. Mint"); the next neither a plural (a people), a title nor a body.
    if (!next || /\s/.test(name) || /^[\p{Lu}.]+$/u.test(name) || next.length < 3 || /s$/.test(next)) return false;
    if (isTitle(next) || BODIES.has(next.toLowerCase())) return false;
    const at = m.end + 1;
    if ((matchesOf.get(text) ?? []).some((o) => o.start === at) || caseBlind(text, m.start, m.end)) return false;
    let surname = surnames.get(`${name} ${next}`);
    if (surname === undefined) {
      // Alone as a person is named: not after the place's name nor a word of place, and saying or owning something.
      const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!${escape(name)} )(?<!(?:^|[^\\p{L}])(?:${PLACE_WORDS}) )${escape(next)}${AS_SUBJECT}`, 'u');
      const lower = new RegExp(`(?<![\\p{L}\\p{N}])${escape(next.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
      // Or as the subject that opens sentence after sentence, a word in lower case after it ("Adesanya
      // then celebrated …", "Adesanya suffered …"): a story's person, where a name's common word ("Japan
      // Society", "the Kharkiv School") does not open sentences.
      const bare = new RegExp(`(?:^|[.!?…]["”’]?\\s+)${escape(next)}(?=\\s+\\p{Ll})`, 'gu');
      const often = texts.reduce((n, t) => n + (t.match(bare)?.length ?? 0), 0) >= REPEATED;
      surname = (often || texts.some((t) => alone.test(t))) && !texts.some((t) => lower.test(t));
      surnames.set(`${name} ${next}`, surname);
    }
    return surname;
  };
}
