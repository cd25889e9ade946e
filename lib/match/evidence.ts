// Evidence that a matched form does not mean the entry, whatever the entry's own context rule says.
// Each check is general, not about one word: a form inside a longer proper name, a language's name
// in a list of languages, and an entry that began after the page was written (text whose letter case
// says nothing: letter-case.ts; a work's title: work-titles.ts).
import type { IndexEntry } from '../dataset/compile';
import type { Category, ToldKind } from '../dataset/schema';
import { caseBlind } from './letter-case';
import { wordsAfter, wordsBefore } from './near-words';
import { CLUB_LEADS, CLUB_MARKS, FAR_HEADS, NAME_HEADS, NAME_LEAD_PHRASES, NAME_LEADS, SCORE_AFTER, SCORE_BEFORE, SHIP, STREET, UNIT, WARSHIP } from './name-words';

/** Categories whose names other things are named after (and whose names longer names hold). */
export const NAMED: ReadonlySet<Category> = new Set<Category>(['place', 'person', 'organization']);

/**
 * Whether a match of a place, person or organisation is part of a longer proper name: "Shakhtar
 * Donetsk", "University of Georgia", "New Mexico", "Trump Tower", "Nasdaq Helsinki", "EU Casino",
 * a ship ("USS Ronald Reagan") or a class of ships ("Kiev-class"). The name's neighbour must
 * be capitalised and directly beside it, so "Kyiv's university" or "the new Georgia" are not.
 * An organisation's name in words goes on with "of" and a capitalised word ("Congress of Vienna",
 * "New York State Department of Education"); an acronym's does not ("the RN of Le Pen"), nor a
 * place's ("the Russia of Putin").
 */
export function inLongerName(text: string, start: number, end: number, organization = false, person = false): boolean {
  const [next, after, third] = wordsAfter(text, end, 3, true);
  if (next && /^\p{Lu}/u.test(next) && NAME_HEADS.has(next.toLowerCase())) return true;
  // A person's airport, stadium or carrier, its noun in lower case as a headline may set it: "Washington's Ronald Reagan airport".
  if (person && (next === 'airport' || next === 'stadium' || next === 'carrier')) return true;
  // A shape's compound: "the pentagon-shaped roof".
  if (/^-shaped(?!\p{L})/u.test(text.slice(end, end + 8))) return true;
  // A one-word name before an Arabic article and a name is a given name in another's ("Baghdadi
  // al-Mahmoudi"), unless an article stands before it too ("Abu Bakr al-Baghdadi al-Husseini").
  if (person && /^\s+(?:al|el)-\p{Lu}/iu.test(text.slice(end, end + 6)) && !/(?:^|[\s-])(?:al|el)-?\s*$/iu.test(text.slice(Math.max(0, start - 4), start)) && /^\p{Lu}[\p{L}'’]+$/u.test(text.slice(start, end)))
    return true;
  // A class of ships named after its first: "four Kiev-class aircraft carriers".
  if (/^[-‐‑](?:class|klasse)(?!\p{L})/iu.test(text.slice(end, end + 8))) return true;
  // A place's name between them, in text that does not capitalise every word ("Ronald Reagan
  // Washington National Airport"; a headline's "Trump Blasts Harvard University" is Trump).
  const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  if (capital(next) && capital(after) && [after, third].some((w) => capital(w) && FAR_HEADS.has(w!.toLowerCase())) && !caseBlind(text, start, end)) return true;
  if (organization && next === 'of' && after && /^\p{Lu}\p{Ll}/u.test(after) && /\p{Ll}/u.test(text.slice(start, end))) return true;
  const [prev, prev2] = wordsBefore(text, start, 2, true).reverse();
  if (prev && /^\p{Lu}/u.test(prev) && NAME_LEADS.has(prev.toLowerCase())) return true;
  // A product's model and generation: a name with a digit right after a model number ("ThinkPad T14 G7"),
  // or before a product's name written in mixed case ("the G8 ThinQ", "G7 PowerShot").
  if (prev && /^\p{Lu}+\d+\p{L}*$/u.test(prev) && /\d/.test(text.slice(start, end))) return true;
  if (next && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(next) && /\d/.test(text.slice(start, end))) return true;
  const quoted = /(\p{L}+)["»”“]\s\(?$/u.exec(text.slice(Math.max(0, start - 30), start)); // «Шахтёр» Донецк, "Шахтар" (Донецьк)
  if (quoted && /^\p{Lu}/u.test(quoted[1]) && NAME_LEADS.has(quoted[1].toLowerCase())) return true;
  // The city's adjective before the club's quoted name: "Донецький «Шахтар»", "луганської «Зорі»".
  const club = /^\s*["«„“]\s*(\p{L}+)/u.exec(text.slice(end, end + 30));
  if (club && /^\p{Lu}/u.test(club[1]) && CLUB_LEADS.has(club[1].toLowerCase())) return true;
  if (SHIP.test(text.slice(Math.max(0, start - 8), start)) || WARSHIP.test(text.slice(Math.max(0, start - 22), start))) return true;
  if (STREET.test(text.slice(Math.max(0, start - 20), start)) || UNIT.test(text.slice(Math.max(0, start - 14), start))) return true;
  if (SCORE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || SCORE_AFTER.test(text.slice(end, end + 24))) return true;
  if (COMPANY_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && COMPANY_AFTER.test(text.slice(end, end + 12))) return true;
  if (TICKER.test(text.slice(Math.max(0, start - 50), start)) && /^\p{Lu}{2,5}$/u.test(text.slice(start, end))) return true;
  if (shortOfNameBefore(text, start, end)) return true;
  if (!prev2 || !/^\p{Lu}/u.test(prev2)) return false;
  if (/^\p{Lu}/u.test(prev) && CLUB_MARKS.has(prev2.toLowerCase())) return true;
  // A club's name joined to its city's by "of": "Dínamo de Kiev", "Dinamo di Mosca".
  if (CLUB_OF.has(prev) && CLUB_LEADS.has(prev2.toLowerCase())) return true;
  return NAME_LEAD_PHRASES.has(`${prev2} ${prev}`.toLowerCase());
}

/**
 * Whether a one-word name that also means something else stands between capitalised words in running
 * text, neither of them opening the sentence, the longer name ending right after: a word of a longer
 * name ("Denominado New Swift Hybrid, el compacto"). Not before an acronym ("North Korean Lazarus APT
 * group"), nor in a run of capitalised words, as headline case writes them ("Says Pentagon Deal Was").
 */
export function betweenCapitals(text: string, start: number, end: number): boolean {
  const [next, after] = wordsAfter(text, end, 2, true);
  const [prev] = wordsBefore(text, start, 1, true);
  if (!prev || !/^\p{Lu}/u.test(prev) || !next || !/^\p{Lu}\p{Ll}/u.test(next) || (after && /^\p{Lu}/u.test(after))) return false;
  return !caseBlind(text, start, end) && !OPENS.test(text.slice(0, start - prev.length - 1));
}

/** Text before a word that opens a sentence or a quote. */
const OPENS = /(?:^|[.!?:;"“”«»„(]|[-–—]\s)\s*$/u;

/** The word for "of" between a club's name and its city's. */
const CLUB_OF = new Set(['de', 'di', 'da', 'do', 'del', 'von', 'of']);

/**
 * A stock's ticker in capitals: quoted after the word for it ('its ticker symbol to "IONS" from
 * "ISIS"'), or after its exchange ("(NYSE: ISIS)"); not any name after "a symbol of".
 */
const TICKER = /(?:(?:ticker|symbol)\b[^.!?;]{0,40}["“'‘]|\b(?:NASDAQ|Nasdaq|NYSE|LSE|TSX)\s*:\s*)$/u;

/**
 * Whether the form stands in brackets right after a longer name that begins with it: the name's short
 * form or its ticker, "Isis Pharmaceuticals (ISIS)", not "Islamic State of Iraq and Syria (ISIS)".
 */
function shortOfNameBefore(text: string, start: number, end: number): boolean {
  if (!/^\s*\)/u.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const at = before.toLowerCase().lastIndexOf(text.slice(start, end).toLowerCase());
  if (at < 0 || /[\p{L}\p{N}]/u.test(before.charAt(at - 1))) return false;
  return /^(?:,?\s+\p{Lu}[\p{L}.&'’-]*){1,4}\s*\(\s*$/u.test(before.slice(at + end - start));
}

/** A name in brackets inside a company's name, before its legal form: "Arch Insurance (EU) DAC", "Acme (UK) Ltd". */
const COMPANY_BEFORE = /\p{Lu}[\p{L}&.]*\s+\($/u;
const COMPANY_AFTER = /^\)\s+(?:DAC|Ltd|Limited|GmbH|AG|SA|S\.A\.|SE|plc|PLC|Inc|LLC|LLP|B\.V\.|N\.V\.|SpA|S\.p\.A\.|SAS|Pty)(?![\p{L}])/u;

/** Names of languages in English, as lists of them write them ("Available in English, French and Hungarian"). */
const LANGUAGES = new Set(
  ('Afrikaans Albanian Amharic Arabic Armenian Azerbaijani Basque Belarusian Bengali Bosnian Bulgarian Burmese ' +
    'Catalan Chechen Chinese Croatian Czech Danish Dari Dutch English Esperanto Estonian Farsi Filipino Finnish ' +
    'French Galician Georgian German Greek Gujarati Hausa Hebrew Hindi Hungarian Icelandic Igbo Indonesian Irish ' +
    'Italian Japanese Kannada Kazakh Khmer Korean Kurdish Kyrgyz Lao Latin Latvian Lithuanian Macedonian Malay ' +
    'Malayalam Maltese Marathi Mongolian Nepali Norwegian Pashto Persian Polish Portuguese Punjabi Romanian Russian ' +
    'Serbian Sinhala Slovak Slovenian Somali Spanish Swahili Swedish Tagalog Tajik Tamil Telugu Thai Tibetan ' +
    'Turkish Turkmen Ukrainian Urdu Uzbek Vietnamese Welsh Xhosa Yiddish Yoruba Zulu ' +
    // The rest of a translation menu's list ("Chamorro Chechen Chichewa").
    'Cebuano Chamorro Chichewa Corsican Frisian Haitian Hawaiian Hmong Javanese Kinyarwanda Luxembourgish ' +
    'Malagasy Maori Odia Samoan Sesotho Shona Sindhi Sundanese Tatar Uyghur').split(' '),
);
/** What stands between the items of a list: a comma, a slash, a bar, a dot, "and", "or", or only a space. */
const LIST_GAP = /^(?:\s*[,/|·•]\s*|\s+(?:and|or|&)\s+|\s+)$/u;

/**
 * Whether a language's name stands in a list of languages ("Finnish, French, German, Hindi,
 * Hungarian", a menu of them): there "Hungarian" is the language, not the country. A list of
 * adjectives before a noun ("Russian, Ukrainian and Belarusian officials") is not one.
 */
export function inLanguageList(text: string, start: number, end: number): boolean {
  if (!LANGUAGES.has(text.slice(start, end))) return false;
  let others = 0;
  // Items on each side, as long as the gaps between them are a list's.
  for (const dir of [-1, 1] as const) {
    let at = dir < 0 ? start : end;
    for (;;) {
      const m = dir < 0 ? /(\p{L}+)([^\p{L}]{1,5})$/u.exec(text.slice(Math.max(0, at - 40), at)) : /^([^\p{L}]{1,5})(\p{L}+)/u.exec(text.slice(at, at + 40));
      if (!m) break;
      const [word, gap] = dir < 0 ? [m[1], m[2]] : [m[2], m[1]];
      const joined = gap.replace(/\s+(?:and|or)\s+/u, ' ');
      if (!LIST_GAP.test(gap) && !LIST_GAP.test(joined)) break;
      if (word === 'and' || word === 'or') {
        at += dir * m[0].length;
        continue;
      }
      if (!LANGUAGES.has(word)) {
        // A noun after the last item makes the list one of adjectives.
        if (dir > 0 && /^\p{Ll}/u.test(word)) return false;
        break;
      }
      others++;
      at += dir * m[0].length;
    }
  }
  return others >= 2;
}

/**
 * A year: what is announced is named a little before it happens (a summit, a treaty negotiated under
 * its name, a law, an election), rarely more.
 */
const NAMED_BEFORE_DAYS = 365;

/**
 * What nobody names before it happens: an event told by what befell (a war, an invasion, an
 * annexation, a collapse), not by a meeting or an accession, begins without notice, so a page
 * published before it speaks of something else: "an invasion of Ukraine" three weeks before
 * 24 February 2022 is the invasion feared, not the one that came. A week of grace: a live page keeps
 * the day it was opened while it is updated for days.
 */
const ANNOUNCED = new Set<ToldKind>(['summit', 'enlargement']);
const SUDDEN_GRACE_DAYS = 7;

/**
 * Whether the entry began after the page was published (with the grace above), so the page cannot
 * mean it: a 2014 page's "Gaza war" is not the war that began in 2023.
 */
export function beganAfter(entry: IndexEntry, published: string | undefined): boolean {
  if (!published || !entry.since) return false;
  const began = Date.parse(padDate(entry.since));
  const page = Date.parse(published);
  const sudden = entry.told && !entry.told.kinds.some((k) => ANNOUNCED.has(k));
  const grace = sudden ? SUDDEN_GRACE_DAYS : NAMED_BEFORE_DAYS;
  return !Number.isNaN(began) && !Number.isNaN(page) && page < began - grace * 86_400_000;
}

/** "2023" and "2023-10" as the first day they can mean. */
function padDate(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
