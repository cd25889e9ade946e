// The compact form of the dataset the background matches pages with: per entry only what matching
// and selection need, and every alias once. Summaries and sources stay with the full entries.
import { aliasLangs, type Alias, type Category, type Entry, type ToldKind } from './schema';
import { aliasKey } from '../text/normalize';
import { inflectedAliases } from './inflect';

export const ALIAS_ANY_CASE = 1;
export const ALIAS_AMBIGUOUS = 2;
/** Not an alias: a longer phrase that means something else (see notThis in the schema). */
export const ALIAS_BLOCK = 4;
/** A block that is a place named after the entry (Entry.namesakes): it says nothing of the bare name. */
export const ALIAS_NAMESAKE = 32;
/** Of a shared ambiguous form, the sense it has where context decides nothing (Alias.usual). */
export const ALIAS_USUAL = 8;
/** A capital's name standing for its state (Alias.seat). */
export const ALIAS_SEAT = 16;

/** An alias's flags in the index. */
export function aliasFlags(a: Alias): number {
  return (a.case === 'any' ? ALIAS_ANY_CASE : 0) | (a.ambiguous ? ALIAS_AMBIGUOUS : 0) | (a.usual ? ALIAS_USUAL : 0) | (a.seat ? ALIAS_SEAT : 0);
}

export interface IndexEntry {
  id: string;
  tier: 'core' | 'common';
  category: Category;
  context?: { support: string[]; against: string[] };
  /** When an event, summit, treaty or law began: its first dated item (see beganAfter in lib/match/evidence.ts). */
  since?: string;
  /**
   * The kinds of word that tell the event, its sets of parties as entry numbers (Entry.told), the days
   * its timeline says it began, its timeline's last day, and the day its tellings end (Entry.told.until).
   */
  told?: { kinds: ToldKind[]; parties: number[][]; began: string[]; last?: string; until?: string };
  /** What an agreement or a summit is told by (places, or a summit's group), the cues that must speak for it, and the day such tellings end (Entry.made). */
  made?: { at: number[]; support: string[]; until?: string };
  /** Its names hold no other entry's (Entry.holdsNone). */
  holdsNone?: true;
  /** One of a numbered series, by its names ("First Chechen War"): "the second …" may be it (see ANOTHER in lib/match/told-made.ts). */
  series?: true;
  /** A woman (Entry.feminine): a man's title before her surname names someone else. */
  feminine?: true;
}

/** Categories whose first timeline item is when the thing itself began (a person or place is older than its timeline). */
const DATED_CATEGORIES = new Set<Category>(['event', 'summit', 'treaty', 'law']);

/** [alias text, entry index, flags, language ('' for English)] */
export type IndexAlias = [string, number, number, string];

export interface CompiledIndex {
  entries: IndexEntry[];
  aliases: IndexAlias[];
  /**
   * keys[i] is the matching key of aliases[i] (lib/text/normalize.ts aliasKey), and aliases are in
   * the keys' order: the matcher searches them as they come, so a page computes and sorts nothing.
   * Any subset taken in order stays sorted. Without it, the matcher computes and sorts the keys.
   */
  keys?: string[];
}

/** Sorts aliases by their matching key and adds the keys (see CompiledIndex.keys). */
export function sortAliases(entries: IndexEntry[], aliases: IndexAlias[]): CompiledIndex {
  const keyed = aliases.map((a) => ({ a, key: aliasKey(a[0]) }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { entries, aliases: keyed.map((k) => k.a), keys: keyed.map((k) => k.key) };
}

/** Words of a timeline's item that say the event began that day ("Invasion began from Russia, Belarus and Crimea"). */
const BEGAN = /\b(?:began|begins|started|launched|broke out)\b/i;

/** The full days an event began, by its timeline: its first item, and the items that say it began. */
function beganOn(e: Entry): string[] {
  const days = e.timeline.filter((t, i) => t.date.length === 10 && (i === 0 || BEGAN.test(t.event))).map((t) => t.date);
  return [...new Set(days)];
}

/** The last day an event's timeline records (see outside in lib/match/told-dates.ts: a telling's year long after it is another event's). */
function lastDay(e: Entry): string {
  return e.timeline.reduce((last, t) => (t.date > last ? t.date : last), '');
}

export function compileIndex(entries: Entry[]): CompiledIndex {
  const number = new Map(entries.map((e, i) => [e.id, i]));
  return sortAliases(
    entries.map((e) => ({
      id: e.id,
      tier: e.tier,
      category: e.category,
      ...(e.context ? { context: e.context } : {}),
      ...(DATED_CATEGORIES.has(e.category) ? { since: e.timeline[0].date } : {}),
      ...(e.made ? { made: { ...e.made, at: e.made.at.map((id) => number.get(id)!) } } : {}),
      ...(e.holdsNone ? { holdsNone: true as const } : {}),
      ...(e.feminine ? { feminine: true as const } : {}),
      ...(e.aliases.some((a) => /^(?:First|Second)\s/i.test(a.text)) ? { series: true as const } : {}),
      ...(e.told ? { told: { kinds: e.told.kinds, parties: e.told.parties.map((set) => set.map((id) => number.get(id)!)), began: beganOn(e), last: lastDay(e), ...(e.told.until ? { until: e.told.until } : {}) } } : {}),
    })),
    entries.flatMap((e, i) =>
      e.aliases.flatMap((a) => {
        const flags = aliasFlags(a);
        return (e.category === 'person' && isFullName(a) ? [''] : indexLangs(a)).map((lang): IndexAlias => [a.text, i, flags, lang]);
      }),
    )
      .concat(entries.flatMap((e, i) => (e.notThis ?? []).map((text): IndexAlias => [text, i, ALIAS_BLOCK, ''])))
      .concat(entries.flatMap((e, i) => (e.namesakes ?? []).map((text): IndexAlias => [text, i, ALIAS_BLOCK | ALIAS_NAMESAKE, ''])))
      // Case forms of names in the languages that inflect them (Pieskowa, Путина, Putins), each for its language only.
      .concat(inflectedAliases(entries))
      .concat(wordCaseAcronyms(entries))
      .concat(dottedAcronyms(entries))
      .concat(plainCapitals(entries)),
  );
}

/**
 * The index's language field(s) for an alias: an English form is used on every page ('', or '-es' for
 * every page but Spanish ones, see Alias.notIn); a form of other languages once per language.
 */
function indexLangs(a: Alias): string[] {
  const langs = aliasLangs(a);
  if (!langs.includes('en')) return [...langs];
  return [a.notIn ? `-${a.notIn.join(',')}` : ''];
}

/**
 * Whether a person's name in another language's spelling is a full name (two words or more, each
 * capitalised, in its dictionary form): such a name is that person on a page in any language, where a
 * paper writes a name the way another language spells it ("Alexei Navalni" in English, "Wladimir
 * Putin" in Italian). A single word is left to its languages: the French "Poutine" is a dish in English.
 */
function isFullName(a: Alias): boolean {
  const words = a.text.split(' ');
  return !a.inflected && words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** An organisation's acronym as many papers write one they read as a word: "Apec", "Opec", "Osze". */
const WORD_ACRONYM = /^[A-Z]{4,6}$/;
/** Word-case forms that are already a name of something else: Irena (a first name), Nabu (a German charity). */
const WORD_CASE_TAKEN = new Set(['Irena', 'Nabu']);
/** Word-case forms that papers do use for the organisation but that also name something else (Isis, a goddess): decided by the entry's context rule. */
const WORD_CASE_SHARED = new Set(['Isis']);

/**
 * The word-case form of each organisation's acronym of four to six letters, in the acronym's
 * languages: German, Italian, Spanish, Portuguese and British papers write "Nato", "Apec", "Aiea",
 * "Opep" (house styles for acronyms read as words), and only some of them are listed in the data.
 */
function wordCaseAcronyms(entries: Entry[]): IndexAlias[] {
  // Listed per language: Italian's own "Brics" leaves the word-case form to the other languages too.
  const listed = new Set(entries.flatMap((e) => e.aliases.flatMap((a) => indexLangs(a).map((lang) => `${lang}\u0000${a.text}`))));
  return entries.flatMap((e, i) =>
    e.category !== 'organization'
      ? []
      : e.aliases.flatMap((a) => {
          const word = a.text[0] + a.text.slice(1).toLowerCase();
          if (!WORD_ACRONYM.test(a.text) || a.case === 'any' || WORD_CASE_TAKEN.has(word)) return [];
          return indexLangs(a)
            .filter((lang) => !listed.has(`${lang}\u0000${word}`))
            .map((lang): IndexAlias => [word, i, a.ambiguous || WORD_CASE_SHARED.has(word) ? ALIAS_AMBIGUOUS : 0, lang]);
        }),
  );
}

/** An acronym of two to five letters, an organisation's; of three to five, anything's (two are a person's initials as often: "J.D."). */
const acronym = (e: Entry, text: string) => (e.category === 'organization' ? /^[A-Z]{2,5}$/ : /^[A-Z]{3,5}$/).test(text);

/**
 * Each acronym with a full stop after every letter, as some house styles write it ("the G.R.U.",
 * "F.B.I. agents", "the I.N.F. Treaty", "la principal unidad de inteligencia militar, G.R.U."), with
 * its flags and languages, where the data does not list that form.
 */
function dottedAcronyms(entries: Entry[]): IndexAlias[] {
  const listed = new Set(entries.flatMap((e) => e.aliases.map((a) => a.text)));
  return entries.flatMap((e, i) =>
    e.aliases.flatMap((a) => {
      const dotted = a.text.replace(/./g, '$&.');
      if (!acronym(e, a.text) || listed.has(dotted)) return [];
      return indexLangs(a).map((lang): IndexAlias => [dotted, i, aliasFlags(a), lang]);
    }),
  );
}

/** The accented capitals of the Romance languages, each with its plain letter (German's umlauts are no accents: "Osterreich" is not written). */
const PLAIN_CAPITAL: Record<string, string> = Object.fromEntries(
  [...'ÀÁÂÃÈÉÊËÌÍÎÏÒÓÔÕÙÚÛÇ'].map((c) => [c, c.normalize('NFD')[0]]),
);
const ACCENTED_CAPITAL = new RegExp(`[${Object.keys(PLAIN_CAPITAL).join('')}]`, 'gu');

/**
 * Each name with its capitals' accents dropped, as many papers set capitals ("les Etats baltes",
 * "l'Etat islamique", "Egypte", "Africa Oriental"), with its flags and languages, where the data does
 * not list that form. Small letters keep their accents: a word spelt without them is misspelt.
 */
function plainCapitals(entries: Entry[]): IndexAlias[] {
  const listed = new Set(entries.flatMap((e) => e.aliases.map((a) => a.text)));
  return entries.flatMap((e, i) =>
    e.aliases.flatMap((a) => {
      const plain = a.text.replace(ACCENTED_CAPITAL, (c) => PLAIN_CAPITAL[c]);
      if (plain === a.text || listed.has(plain)) return [];
      return indexLangs(a).map((lang): IndexAlias => [plain, i, aliasFlags(a), lang]);
    }),
  );
}
