// Case forms of names and places, made at build time for the languages that inflect them: a Polish
// page writes "Pieskowa", "Gruzji", "Skripala", a Russian one "Путина", "России", a German one
// "Putins", "Russlands", and none of these is an alias as written in the data. Each form is added
// to the compiled index with its language only, so it is used on pages in that language alone
// (and where the language is unknown), with the case rule and ambiguity of the alias it comes from.
//
// The rules of each language are in lib/dataset/inflect/.
//
// What is inflected: aliases of people, places, organisations and events whose `lang` names the
// language (an English form that the language uses too is marked so: "lang": ["en", "pl"]), and in
// the Slavic languages those of treaties, summits, laws and concepts too ("obrony przeciwrakietowej",
// "ядерной триады"), whose phrases decline like any noun phrase; German marks only the genitive of a
// name or of a masculine or neuter head noun ("des INF-Vertrags").
// A lower-case adjective of the -ski type ("российский") gets every gender, number and case; a place's
// adjective in French, Spanish, Italian or Portuguese ("irakienne") its other genders and numbers.
// The rules are the regular declensions, by the word's ending; a word they cannot be sure of (a
// fleeting vowel, a masculine place whose Ukrainian genitive is -а or -у, a Polish masculine noun
// whose genitive is -a rather than -u, unless listed) gets no forms, and its irregular forms are
// listed in the data instead ("Chin", "Węgier", "Ameryce"). A form that is another common word of
// the language (STOP), or that is already an alias, of this entry or another, is not added.
import { aliasLangs, type Category, type Entry } from './schema';
import { aliasKey, caseKey } from '../text/normalize';
import { ALIAS_AMBIGUOUS, aliasFlags, type IndexAlias } from './compile';
import { adjectiveForms } from './inflect/adjectives';
import { combine, type Cases, type WordKind } from './inflect/common';
import { deGenitive, deHeadGenitives } from './inflect/german';
import { plPhrase, plWord } from './inflect/polish';
import { ruPhrase, ruWord } from './inflect/russian';
import { ukPhrase, ukWord } from './inflect/ukrainian';
import { ROMANCE, romanceForms, type RomanceLang } from './inflect/romance';

export type { WordKind } from './inflect/common';

export type InflectingLang = 'pl' | 'ru' | 'uk' | 'de' | RomanceLang;
export const INFLECTING: readonly InflectingLang[] = ['pl', 'ru', 'uk', 'de', ...ROMANCE];
type SlavicLang = Exclude<InflectingLang, 'de' | RomanceLang>;

/**
 * Forms (lower-case keys) a rule would make that are common words of the language, and would stand
 * capitalised at the start of a sentence: never added.
 */
export const STOP: Record<InflectingLang, ReadonlySet<string>> = {
  // Gaza -> "Gazy": gases ("Gazy cieplarniane ..."); Rada -> "Rady", "Radę": advice, councils, and
  // "dać radę" (to manage).
  pl: new Set(['gazy', 'rady', 'radę']),
  // Газа -> "Газы" (gases); Мир -> "Мира", "Миру", "Миром", "Мире" (peace, world); Рада -> "Рады"
  // (glad: "Рады сообщить").
  ru: new Set(['газы', 'мира', 'миру', 'миром', 'мире', 'рады']),
  // Рада -> "Ради" (for the sake of), "Раді" (glad); Мир -> "Миру", "Миром" (peace).
  uk: new Set(['ради', 'раді', 'миру', 'миром']),
  // Genitives of place names that are also common words' genitives: "des Essens" (the food),
  // "des Zugs" (the train), "des Rats" (the council), "des Hofs" (the court).
  de: new Set(['essens', 'zugs', 'rats', 'hofs']),
  fr: new Set(),
  es: new Set(),
  it: new Set(),
  pt: new Set(),
};

const INFLECTED_CATEGORIES = new Set<Category>(['person', 'place', 'organization', 'event']);
/** Categories of common-noun phrases: declined where the whole phrase declines (not German). */
const PHRASE_CATEGORIES = new Set<Category>(['treaty', 'summit', 'law', 'concept']);


/** A word's forms, one per case the language has (nominative left out); null: no rule is sure. */

const WORD_RULES: Record<SlavicLang, (w: string, kind: WordKind, female: boolean) => Cases | null> = {
  pl: plWord,
  ru: ruWord,
  uk: ukWord,
};
const PHRASE_RULES: Record<SlavicLang, (words: string[]) => Cases[] | null> = {
  pl: plPhrase,
  ru: ruPhrase,
  uk: ukPhrase,
};

export interface InflectOptions {
  category: Category;
  /** The person is a woman (the entry's `feminine`): her foreign surname stays as it is, -ова declines as an adjective. */
  female?: boolean;
  /** Words that are themselves aliases of the entry (a person's bare surname: "Xi" in "Xi Jinping" means surname first). */
  standalone?: ReadonlySet<string>;
}

/** The case forms of one alias in one language (without the alias itself), before the stop list. */
export function inflect(text: string, lang: InflectingLang, opts: InflectOptions): string[] {
  const t = text.trim().replace(/\s+/g, ' ');
  if (lang === 'de') {
    const heads = opts.category === 'person' ? [] : deHeadGenitives(t);
    if (heads.length) return heads;
    const g = PHRASE_CATEGORIES.has(opts.category) ? null : deGenitive(t, opts.category);
    return g ? [g] : [];
  }
  if ((ROMANCE as readonly string[]).includes(lang)) {
    // Only the adjectives of places (and of the Soviet Union): "irakien" -> "irakienne", "irakiens".
    return (opts.category === 'place' || opts.category === 'organization') ? romanceForms(t, lang as RomanceLang) : [];
  }
  const slavic = lang as SlavicLang;
  const words = t.split(' ');
  const female = opts.female === true;
  let forms: Cases[] = [];
  if (opts.category === 'person') {
    if (words.length === 1) {
      const c = WORD_RULES[slavic](words[0], 'surname', female);
      if (c) forms = [c];
    } else if (
      words.length === 2 &&
      words.every((w) => /^\p{Lu}/u.test(w)) &&
      // Surname first (Xi Jinping), or the surname is an alias of its own whose forms find the name.
      !opts.standalone?.has(aliasKey(words[0])) &&
      !opts.standalone?.has(aliasKey(words[1]))
    ) {
      // Given name and surname, each declined; a woman's surname that has no rule stays as it is.
      const given = WORD_RULES[slavic](words[0], 'given', female);
      const sur = WORD_RULES[slavic](words[1], 'surname', female) ?? (female && !/[aа]$/i.test(words[1]) ? words[1] : null);
      if (given && sur) forms = [combine([given, sur])];
    }
  } else if (words.length === 1) {
    // A place's adjective ("российский") declines as an adjective, in every gender and number.
    const c = adjectiveForms(words[0], slavic) ?? WORD_RULES[slavic](words[0], 'thing', false);
    if (c) forms = [c];
  } else {
    forms = PHRASE_RULES[slavic](words) ?? [];
  }
  const out = new Set<string>();
  for (const c of forms) for (const f of Object.values(c)) if (f && f !== t) out.add(f);
  // Ukrainian writes "in" as в or у by the sounds around it, one phrase either way: "війна в Газі", "війни у Газі".
  if (slavic === 'uk') for (const f of [t, ...out]) out.add(f.replace(/(?<=\s)[ву](?=\s)/gu, (p) => (p === 'в' ? 'у' : 'в')));
  out.delete(t);
  return [...out];
}

/**
 * The generated aliases of a dataset, as compiled-index rows: each with its language only, the
 * flags of the alias it comes from, and none that is already an alias, a "not this" phrase, a
 * stop word, or a form two entries would share (unless each of them needs evidence for it, as
 * "гражданская война" does for every civil war: the words around decide).
 */
export function inflectedAliases(entries: Entry[]): IndexAlias[] {
  // Every alias and "not this" phrase by key, with the languages it is used in ('' for all) and
  // the case forms it matches (null: any case).
  const taken = new Map<string, { entry: number; langs: readonly string[]; cased: string | null }[]>();
  const take = (key: string, entry: number, langs: readonly string[], cased: string | null) => {
    const list = taken.get(key) ?? [];
    list.push({ entry, langs, cased });
    taken.set(key, list);
  };
  entries.forEach((e, i) => {
    for (const a of e.aliases) {
      const langs = aliasLangs(a);
      take(aliasKey(a.text), i, langs.includes('en') ? [''] : langs, a.case === 'any' ? null : caseKey(a.text));
    }
    for (const p of [...(e.notThis ?? []), ...(e.namesakes ?? [])]) take(aliasKey(p), i, [''], null);
  });
  // `${lang}\u0000${key}` -> the rows made, one per entry; null when two entries make it and one of
  // them plainly (a generic form all of whose entries need evidence, "гражданской войне", stays).
  const made = new Map<string, IndexAlias[] | null>();
  entries.forEach((e, i) => {
    const phrasesOnly = PHRASE_CATEGORIES.has(e.category);
    if (!INFLECTED_CATEGORIES.has(e.category) && !phrasesOnly) return;
    const standalone = new Set(e.aliases.filter((a) => !/\s/.test(a.text.trim())).map((a) => aliasKey(a.text)));
    const female = e.feminine === true;
    for (const a of e.aliases) {
      if (a.inflected) continue; // a case form already (Крыма, Chin)
      const flags = aliasFlags(a);
      for (const lang of aliasLangs(a)) {
        if (!(INFLECTING as readonly string[]).includes(lang)) continue;
        const l = lang as InflectingLang;
        for (const form of inflect(a.text, l, { category: e.category, female, standalone })) {
          const key = aliasKey(form);
          if (STOP[l].has(key)) continue;
          // Already an alias on this language's pages (of another entry: then the form is not ours
          // to add; of this one, if it matches the form: a lower-case "путіна" written as
          // Ukrainian media write it does not match "Путіна"); another language's is no obstacle.
          const here = (t: { langs: readonly string[] }) => t.langs.includes('') || t.langs.includes(l);
          if (taken.get(key)?.some((t) => here(t) && (t.entry !== i || t.cased === null || t.cased === caseKey(form)))) continue;
          const id = `${l}\u0000${key}`;
          const prev = made.get(id);
          if (prev === null) continue;
          const mine = prev?.find((r) => r[1] === i);
          // The same entry's two aliases ("Майдан", "майдан"): the broader case rule, and evidence if either needs it.
          if (mine) mine[2] |= flags;
          else if (!prev) made.set(id, [[form, i, flags, l]]);
          else if (flags & ALIAS_AMBIGUOUS && prev.every((r) => r[2] & ALIAS_AMBIGUOUS)) prev.push([form, i, flags, l]);
          else made.set(id, null);
        }
      }
    }
  });
  return [...made.values()].flatMap((rows) => rows ?? []);
}
