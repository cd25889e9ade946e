// Checks the whole dataset as one: each entry against the schema, then what only the set can
// show (unique ids and titles, aliases that belong to one entry, references that resolve, order).
// Every problem names the file, the entry and the field, so a broken edit is found at once.
import * as v from 'valibot';
import { aliasLangs, EntrySchema, LANGS, type Entry } from './schema';
import { aliasKey, caseKey } from '../text/normalize';
import { INFLECTING, inflect } from './inflect';

export interface SourceFile {
  name: string;
  text: string;
}

export interface DatasetResult {
  entries: Entry[];
  errors: string[];
}

export function validateDataset(files: SourceFile[]): DatasetResult {
  const errors: string[] = [];
  const fileOf = new Map<Entry, string>();
  const entries = files.flatMap((file) => readFile(file, fileOf, errors));
  const where = (e: Entry) => `${fileOf.get(e)}: entry ${e.id}`;
  const byId = uniqueIds(entries, where, fileOf, errors);
  checkAliases(entries, where, errors);
  for (const e of entries) checkEntry(e, byId, where, errors);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, errors };
}

type Where = (e: Entry) => string;

/** One file's entries that pass the schema; each that does not is reported field by field. */
function readFile(file: SourceFile, fileOf: Map<Entry, string>, errors: string[]): Entry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (err) {
    errors.push(`${file.name}: not valid JSON (${(err as Error).message})`);
    return [];
  }
  if (!Array.isArray(raw)) {
    errors.push(`${file.name}: must hold a JSON array of entries`);
    return [];
  }
  const entries: Entry[] = [];
  raw.forEach((item, index) => {
    const label = typeof item?.id === 'string' ? item.id : `#${index}`;
    const result = v.safeParse(EntrySchema, item);
    if (!result.success) {
      for (const issue of result.issues) errors.push(`${file.name}: entry ${label}: field ${v.getDotPath(issue) ?? '(entry)'}: ${issue.message}`);
      return;
    }
    entries.push(result.output);
    fileOf.set(result.output, file.name);
  });
  const firstUnsorted = entries.findIndex((e, i) => i > 0 && e.id < entries[i - 1].id);
  if (firstUnsorted > 0) errors.push(`${file.name}: entry ${entries[firstUnsorted].id}: field id: entries must be sorted by id`);
  return entries;
}

/** The entries by id; a second entry with an id, or a Wikipedia title, already taken is reported. */
function uniqueIds(entries: Entry[], where: Where, fileOf: Map<Entry, string>, errors: string[]): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  const byTitle = new Map<string, Entry>();
  for (const e of entries) {
    const dup = byId.get(e.id);
    if (dup) errors.push(`${where(e)}: field id: duplicate of the entry in ${fileOf.get(dup)}`);
    else byId.set(e.id, e);
    const title = e.wikipedia.toLowerCase();
    const same = byTitle.get(title);
    if (same) errors.push(`${where(e)}: field wikipedia: "${e.wikipedia}" is also used by ${same.id}`);
    else byTitle.set(title, e);
  }
  return byId;
}

/** Forms listed twice, ambiguity without a rule, "not this" phrases, and aliases that two entries claim. */
function checkAliases(entries: Entry[], where: Where, errors: string[]): void {
  // An alias may belong to several entries only when each of them decides it by context.
  const owners = new Map<string, { entry: Entry; ambiguous: boolean; usual: boolean }[]>();
  for (const e of entries) {
    // A form listed twice for a language. Two exact-case forms that differ only in letter case
    // ("NATO", "Nato") are two forms; an any-case form covers every casing of its key; a hyphen
    // or a double quote makes no other form (lib/text/normalize.ts).
    const seenAnyCase = new Set<string>();
    const seenExact = new Set<string>();
    e.aliases.forEach((a, i) => {
      const key = aliasKey(a.text);
      const exact = caseKey(a.text);
      const langs = aliasLangs(a);
      if (langs.every((l) => seenAnyCase.has(`${l}:${key}`) || (a.case !== 'any' && seenExact.has(`${l}:${exact}`)))) {
        errors.push(`${where(e)}: field aliases.${i}.text: "${a.text}" is listed twice`);
      }
      // An English form is used on the pages of every language but those it leaves out.
      const usedOn = langs.includes('en') ? LANGS.filter((l) => l === 'en' || !a.notIn?.includes(l)) : langs;
      for (const l of usedOn) (a.case === 'any' ? seenAnyCase : seenExact).add(a.case === 'any' ? `${l}:${key}` : `${l}:${exact}`);
      if (a.ambiguous && !e.context) errors.push(`${where(e)}: field aliases.${i}.ambiguous: needs a context rule on the entry`);
      if (a.usual && !a.ambiguous) errors.push(`${where(e)}: field aliases.${i}.usual: only an ambiguous form has a usual sense`);
      if (a.seat && e.category !== 'place') errors.push(`${where(e)}: field aliases.${i}.seat: only a place has a seat of government`);
      if (a.notIn && !aliasLangs(a).includes('en')) errors.push(`${where(e)}: field aliases.${i}.notIn: only a form used on every page (an English one) can leave languages out`);
      const list = owners.get(key) ?? [];
      list.push({ entry: e, ambiguous: a.ambiguous === true, usual: a.usual === true });
      owners.set(key, list);
    });
  }
  for (const e of entries) {
    for (const field of ['notThis', 'namesakes'] as const) {
      (e[field] ?? []).forEach((phrase, i) => {
        const key = aliasKey(phrase);
        if (!aliasForms(e).some((form) => key.includes(form))) errors.push(`${where(e)}: field ${field}.${i}: "${phrase}" contains none of the entry's aliases`);
        if (owners.has(key)) errors.push(`${where(e)}: field ${field}.${i}: "${phrase}" is an alias of ${owners.get(key)![0].entry.id}`);
      });
    }
  }
  for (const [key, list] of owners) {
    const distinct = new Set(list.map((o) => o.entry.id));
    if (distinct.size > 1 && list.some((o) => !o.ambiguous)) {
      const first = list.find((o) => !o.ambiguous)!;
      errors.push(`${where(first.entry)}: field aliases: "${key}" is shared by ${[...distinct].join(', ')}; mark it ambiguous in each with a context rule`);
    }
    const usual = list.filter((o) => o.usual);
    if (usual.length > 1) errors.push(`${where(usual[1].entry)}: field aliases: "${key}" is the usual sense of ${usual.map((o) => o.entry.id).join(' and ')}; one at most`);
  }
}

/** What one entry needs of the rest: references that resolve, review dates in order, flags that fit. */
function checkEntry(e: Entry, byId: Map<string, Entry>, where: Where, errors: string[]): void {
  if (e.feminine && e.category !== 'person') errors.push(`${where(e)}: field feminine: only a person's name declines as a woman's`);
  if (e.status && !e.reviewBy) errors.push(`${where(e)}: field reviewBy: an entry with a status needs a review-by date`);
  if (e.reviewBy && e.reviewBy <= e.reviewed) errors.push(`${where(e)}: field reviewBy: must be after reviewed (${e.reviewed})`);
  (e.related ?? []).forEach((id, i) => {
    if (!byId.has(id)) errors.push(`${where(e)}: field related.${i}: no entry "${id}"`);
    if (id === e.id) errors.push(`${where(e)}: field related.${i}: refers to itself`);
  });
  if (e.told && e.category !== 'event' && e.category !== 'summit') errors.push(`${where(e)}: field told: only an event or a summit is told by what happened`);
  (e.told?.parties ?? []).forEach((set, i) =>
    set.forEach((id, j) => {
      if (!byId.has(id) || id === e.id) errors.push(`${where(e)}: field told.parties.${i}.${j}: "${id}" is no other entry`);
    }),
  );
  if (e.made && e.category !== 'treaty' && e.category !== 'summit') errors.push(`${where(e)}: field made: only a treaty or a summit is told by what it is tied to`);
  // A treaty by where it was reached or whom it binds; a summit by the group that held it, or its place.
  const ties = e.category === 'summit' ? ['place', 'organization'] : ['place'];
  (e.made?.at ?? []).forEach((id, i) => {
    if (!ties.includes(byId.get(id)?.category ?? '')) errors.push(`${where(e)}: field made.at.${i}: "${id}" is no ${ties.join(' or ')}`);
  });
  for (const [field, cues] of [['context', [...(e.context?.support ?? []), ...(e.context?.against ?? [])]], ['made.support', e.made?.support ?? []]] as const) {
    for (const cue of cues) if (cue.startsWith('@') && !byId.has(cue.slice(1))) errors.push(`${where(e)}: field ${field}: cue "${cue}" names no entry`);
  }
  // A cue is looked for in the paragraph around the form: one of the entry's own ambiguous forms
  // would find itself there and decide nothing.
  const ambiguous = new Set(e.aliases.filter((a) => a.ambiguous).map((a) => aliasKey(a.text)));
  for (const cue of e.context?.support ?? []) {
    if (ambiguous.has(aliasKey(cue))) errors.push(`${where(e)}: field context.support: cue "${cue}" is the entry's own ambiguous alias and supports itself`);
  }
}

/** An entry's aliases and the case forms the build makes of them (lib/dataset/inflect.ts), as keys. */
function aliasForms(e: Entry): string[] {
  return e.aliases.flatMap((a) => {
    const langs = aliasLangs(a).filter((l): l is (typeof INFLECTING)[number] => (INFLECTING as readonly string[]).includes(l));
    return [a.text, ...langs.flatMap((l) => inflect(a.text, l, { category: e.category }))].map(aliasKey);
  });
}
