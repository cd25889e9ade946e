// The shape of one dataset entry as people write it in data/entries/*.json.
// Checked at build time (scripts/compile-data.ts) and in tests; the content script never parses it.
import * as v from 'valibot';

export const CATEGORIES = [
  'treaty',
  'summit',
  'organization',
  'place',
  'person',
  'event',
  'concept',
  'weapon',
  'law',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const LANGS = ['en', 'de', 'fr', 'es', 'ru', 'uk', 'pl', 'it', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

/** The kinds of word an event can be told by (lib/match/told.ts holds each kind's words in every language). */
export const TOLD_KINDS = ['war', 'conflict', 'invasion', 'annexation', 'intervention', 'incursion', 'enlargement', 'collapse', 'summit', 'interference', 'occupation', 'seizure', 'investigation'] as const;
export type ToldKind = (typeof TOLD_KINDS)[number];

export const SUMMARY_MAX = 280;
export const USAGE_MAX = 200;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
// ISO 8601 calendar dates, reduced precision allowed (a year, or a year and month).
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
const isoPartial = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
const entryId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'));

export const AliasSchema = v.strictObject({
  text: nonEmpty,
  // "exact": only as written (START, not start); "any": any letter case (arms race, Arms race).
  case: v.exactOptional(v.picklist(['exact', 'any'])),
  // The language(s) the form is written in; none means English. English forms are used on every
  // page; others only on pages in their language. A form several languages share is listed once
  // with all of them (["es", "it"]); ["en", "pl"] is an English form that Polish uses as well (used
  // everywhere, and given Polish case forms: lib/dataset/inflect.ts).
  lang: v.exactOptional(
    v.union([
      v.picklist(LANGS),
      v.pipe(
        v.array(v.picklist(LANGS)),
        v.minLength(2, 'a list needs two or more languages'),
        v.check((list) => new Set(list).size === list.length, 'lists a language twice'),
      ),
    ]),
  ),
  // Languages whose pages do not use this English form, where it means something else: Mexican
  // papers write "EU" for Estados Unidos. Only for a form used on every page.
  notIn: v.exactOptional(
    v.pipe(
      v.array(v.picklist(LANGS)),
      v.minLength(1, 'lists no language'),
      v.check((list) => !list.includes('en'), 'cannot leave out English'),
    ),
  ),
  // The surface form has other common senses: it is marked only when the entry's context rule agrees.
  ambiguous: v.exactOptional(v.boolean()),
  // Of a form shared by entries (each ambiguous), the sense the news means when its context decides
  // nothing and speaks against none: "the Afghan war" is the war of 2001–2021 unless the words
  // around it speak of the Soviet one. One entry per shared form at most.
  usual: v.exactOptional(v.literal(true)),
  // A capital's name standing for its state ("Beijing said", "Tehran denied"): a dateline's place
  // ("BEIJING (Reuters) -") is the city the story was filed from, not the state.
  seat: v.exactOptional(v.literal(true)),
  // A case form listed as it is (Крыма, Chin, Węgier): matched as written and not declined again
  // by the build's case forms (lib/dataset/inflect.ts).
  inflected: v.exactOptional(v.literal(true)),
  // Who uses this name, where naming is contested ("the Russian government's term for its invasion
  // of Ukraine"): shown on the card under "Also called". Neutral, one sentence, sourced in the entry.
  usage: v.exactOptional(v.pipe(nonEmpty, v.maxLength(USAGE_MAX, `must be at most ${USAGE_MAX} characters`))),
});

// Evidence for ambiguous aliases. A cue is a word or phrase (whole words, any case) looked for in
// the same paragraph, or "@id" meaning that entry is mentioned elsewhere on the page.
export const ContextSchema = v.strictObject({
  support: v.array(nonEmpty),
  against: v.array(nonEmpty),
});

export const TimelineItemSchema = v.strictObject({
  date: isoPartial,
  event: nonEmpty,
  uncertain: v.exactOptional(v.literal(true)),
});

export const StatusSchema = v.strictObject({
  asOf: isoDay,
  history: v.pipe(
    v.array(
      v.strictObject({
        since: isoPartial,
        text: nonEmpty,
        uncertain: v.exactOptional(v.literal(true)),
      }),
    ),
    v.minLength(1, 'needs at least one state'),
    v.check((items) => items.every((x, i) => i === 0 || x.since >= items[i - 1].since), 'must be in date order'),
  ),
});

export const EntrySchema = v.strictObject({
  id: entryId,
  title: nonEmpty,
  category: v.picklist(CATEGORIES),
  // core: highlighted by default; common: household names, listed but not highlighted by default.
  tier: v.picklist(['core', 'common']),
  // A woman (people only): Polish, Russian and Ukrainian decline her name as a woman's (Merkel and
  // Клинтон stay as they are, Захарова becomes Захаровой), in the build's case forms (inflect.ts).
  feminine: v.exactOptional(v.literal(true)),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'needs at least one alias')),
  context: v.exactOptional(ContextSchema),
  // Longer phrases that contain an alias but name something else ("Melania Trump", "Taiwan
  // Semiconductor"). They are matched like aliases, so the longest match swallows the alias, and dropped.
  notThis: v.exactOptional(v.array(nonEmpty)),
  // Places named after this one ("Kyiv Oblast", the region around the city): not this, like notThis,
  // but the bare name elsewhere on the page still is this (they do not count for one sense per page).
  namesakes: v.exactOptional(v.array(nonEmpty)),
  // A body named after another that it is not ("Kataib Hezbollah", an Iraqi militia, is not
  // Lebanon's Hezbollah): the names inside this entry's names are not mentions (lib/match/held.ts).
  holdsNone: v.exactOptional(v.literal(true)),
  // An event the news tells by what happened and to whom ("the Syrian conflict", "la guerra entre
  // Rusia y Ucrania"): the kinds of word that tell it, and sets of parties (entry ids), all of one
  // set named beside the word (lib/match/told.ts). Events and summits only.
  told: v.exactOptional(
    v.strictObject({
      kinds: v.pipe(v.array(v.picklist(TOLD_KINDS)), v.minLength(1, 'names no kind')),
      parties: v.pipe(v.array(v.pipe(v.array(entryId), v.minLength(1, 'an empty set of parties'))), v.minLength(1, 'names no parties')),
      // The day a later event took over what the same words tell: on a page published after it,
      // "fighting in the Donbas" is that later war's, unless the telling names an earlier year.
      until: v.exactOptional(isoDay),
    }),
  ),
  // An agreement the news tells by where it was reached ("the ceasefire agreement reached in Minsk",
  // "a Minsk è stato firmato un accordo") or by the country it binds ("a deal between world powers
  // and Iran on its nuclear program"), a summit by the group that held it ("the G20 summit", with
  // "Hamburg" as the cue): an agreement's or a summit's noun and one of these entries in a sentence,
  // where a cue speaks for it (a word in the sentence, or "@id": that entry named on the page), and on
  // a page from before `until` unless the sentence names an earlier year (lib/match/told-made.ts).
  made: v.exactOptional(
    v.strictObject({
      at: v.pipe(v.array(entryId), v.minLength(1, 'names nothing it is tied to')),
      support: v.pipe(v.array(nonEmpty), v.minLength(1, 'names no cue')),
      until: v.exactOptional(isoDay),
    }),
  ),
  summary: v.pipe(nonEmpty, v.maxLength(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters`)),
  timeline: v.pipe(
    v.array(TimelineItemSchema),
    v.minLength(2, 'needs 2 to 6 dates'),
    v.maxLength(6, 'needs 2 to 6 dates'),
    v.check((items) => items.every((x, i) => i === 0 || x.date >= items[i - 1].date), 'must be in date order'),
  ),
  status: v.exactOptional(StatusSchema),
  wikipedia: v.pipe(nonEmpty, v.regex(/^[^\s/#?]+$/, 'must be a title with underscores, not a URL')),
  sources: v.pipe(
    v.array(v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be https'))),
    v.minLength(1, 'needs at least one source'),
  ),
  related: v.exactOptional(v.array(entryId)),
  reviewed: isoDay,
  // The day after which the status may no longer hold and the card says so. Every entry with a
  // status needs one (a status is a claim about now): a few months for office holders, wars and
  // talks, a year or more for treaties and laws in force (checked in validate.ts).
  reviewBy: v.exactOptional(isoDay),
  // Plain words on what is uncertain or contested in this entry, shown to reviewers.
  note: v.exactOptional(nonEmpty),
});

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type Status = v.InferOutput<typeof StatusSchema>;

/** The languages an alias is written in (['en'] when it names none). */
export function aliasLangs(alias: Pick<Alias, 'lang'>): readonly Lang[] {
  return alias.lang === undefined ? ['en'] : typeof alias.lang === 'string' ? [alias.lang] : alias.lang;
}
