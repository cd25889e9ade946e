// A place's name as someone's given name: "Israel Folau was sacked … Folau said". Where a one-word
// place name stands right before a capitalised word that the page also uses on its own as a person's
// surname is used ("Folau said", "Adesanya told") and never in lower case, that word is a surname and
// the place's name the person's given name, as a reader reads it. A word the page also writes in
// lower case is a common word in a name ("Gaza City" beside "the city"), and a plural a people
// ("Kosovo Albanians"): neither makes a person. Not in the languages that set a country's genitive
// before a leader's name ("президента России Владимира Путина").
import { caseBlind } from './evidence';
import { isTitle } from './first-names';
import type { Match } from './matcher';

/** Languages whose genitive puts a place's name right before a person's. */
const GENITIVE_BEFORE = new Set(['ru', 'uk', 'be', 'pl']);
/** Words before a place, not a person: "in Tbilisi", "to Adesanya" is rare. */
const PLACE_WORDS = 'in|at|from|to|into|near|of|à|en|de|a|em|no|na|nach|aus|bei|im|di|da|dal|del';

/** A country's bodies and offices after its name or adjective ("US President", "Cuban Ministry"): no surname. */
const BODIES = new Set(
  'ministry government embassy army navy air foreign defence defense national state federal republic parliament senate congress council office department police forces force coast guard central supreme high court bank'.split(' '),
);

/** What follows a surname standing for its person, and no club's or body's name: "Folau said", "Bardella a déclaré". */
const AS_SUBJECT =
  ",? (?:said|says|told|added|wrote|argued|insisted|who|a dit|a déclaré|a affirmé|dijo|declaró|afirmó|ha detto|ha dichiarato|disse|afirmou|declarou|sagte|erklärte|betonte)(?!\\p{L})";

/** The capitalised word right after a match, one space between. */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}[\p{L}-]*)/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a one-word place name at `m` is a person's given name on this page; `raw` the page's matches per block. */
export function givenNames(texts: readonly string[], raw: readonly Match[][], lang: string): (text: string, m: Match) => boolean {
  if (GENITIVE_BEFORE.has(lang)) return () => false;
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
      surname = texts.some((t) => alone.test(t)) && !texts.some((t) => lower.test(t));
      surnames.set(`${name} ${next}`, surname);
    }
    return surname;
  };
}
