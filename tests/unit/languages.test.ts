// Every entry added after the first 597 names its term in all the languages the dataset covers
// (LANGS): some alias is written in each, or lists it in its `lang` (an alias without `lang` is
// English only). Where no safe form exists (the only form is a common word with no workable context,
// or that language's press does not name the term), the gap is listed below with its reason, and the
// list is checked too, so that a gap filled later cannot stay listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasLangs, LANGS, type Entry, type Lang } from '../../lib/dataset/schema';

const DIR = join(import.meta.dirname, '..', '..', 'data', 'entries');

/** The files of the first 597 entries, written before the rule; every other file is held to it. */
const ORIGINAL = new Set([
  'concepts.json',
  'events.json',
  'laws.json',
  'organizations.json',
  'people-leaders.json',
  'people-officials.json',
  'places.json',
  'summits.json',
  'treaties.json',
  'weapons.json',
]);

interface Gap {
  id: string;
  lang: Lang;
  reason: string;
}

/** Languages an entry may lack, each with why no safe form exists. */
const ALLOWED_GAPS: Gap[] = [
  {
    id: 'anti-secession-law',
    lang: 'uk',
    reason: 'no Ukrainian press form found; translations of the name vary (антисецесійний закон, закон про протидію розколу)',
  },
  {
    id: 'critical-raw-materials-act',
    lang: 'ru',
    reason: 'Russian press describes the EU act rather than naming it; no settled Russian name found',
  },
  {
    id: 'critical-raw-materials-act',
    lang: 'uk',
    reason: 'no settled Ukrainian name found (закон, акт or регламент про критичну сировину vary)',
  },
  {
    id: 'de-minimis-exemption',
    lang: 'pl',
    reason: 'Polish "de minimis" means EU state aid (pomoc de minimis); no Polish form of the US exemption found that is safe',
  },
  {
    id: 'de-minimis-exemption',
    lang: 'ru',
    reason: 'Russian press describes the $800 duty-free threshold rather than naming it; no settled form found',
  },
  {
    id: 'de-minimis-exemption',
    lang: 'uk',
    reason: 'Ukrainian press describes the $800 duty-free threshold rather than naming it; no settled form found',
  },
  {
    id: 'section-232-tariffs',
    lang: 'uk',
    reason: 'Ukrainian press reports the tariffs without naming the statute section; no attested form (розділ, секція, стаття 232 all possible)',
  },
  {
    id: 'section-301-tariffs',
    lang: 'uk',
    reason: 'Ukrainian press reports the tariffs without naming the statute section; no attested form (розділ, секція, стаття 301 all possible)',
  },
  {
    id: 'iswap',
    lang: 'uk',
    reason: 'no Ukrainian press form found for the Islamic State West Africa Province',
  },
  {
    id: 'viv-ansanm',
    lang: 'uk',
    reason: 'Ukrainian press does not name the Haitian gang coalition; no attested Ukrainian form',
  },
];

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !ORIGINAL.has(f))
  .sort()
  .map((f) => ({ name: `data/entries/${f}`, entries: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Entry[] }));

/** The languages none of an entry's aliases is written in. */
function missing(entry: Entry): Lang[] {
  const covered = new Set(entry.aliases.flatMap((a) => aliasLangs(a)));
  return LANGS.filter((l) => !covered.has(l));
}

const allowed = (id: string, lang: Lang) => ALLOWED_GAPS.some((g) => g.id === id && g.lang === lang);

describe('names in every language the dataset covers (entries after the first 597)', () => {
  it('reads the newer files', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.reduce((n, f) => n + f.entries.length, 0)).toBeGreaterThan(600);
  });

  it('gives every newer entry a form in each of LANGS, but for the listed gaps', () => {
    const problems = files.flatMap((f) =>
      f.entries.flatMap((e) => {
        const gaps = missing(e).filter((l) => !allowed(e.id, l));
        return gaps.length ? [`${f.name}: ${e.id} has no form in ${gaps.join(', ')}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('lists only gaps that are still gaps, once each, with a reason', () => {
    const byId = new Map(files.flatMap((f) => f.entries.map((e) => [e.id, e] as const)));
    const stale = ALLOWED_GAPS.flatMap((g) => {
      const e = byId.get(g.id);
      if (!e) return [`${g.id}: no such entry in the newer files`];
      return missing(e).includes(g.lang) ? [] : [`${g.id}: now has a form in ${g.lang}; drop it from ALLOWED_GAPS`];
    });
    expect(stale).toEqual([]);
    const keys = ALLOWED_GAPS.map((g) => `${g.id}/${g.lang}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(ALLOWED_GAPS.filter((g) => g.reason.trim().length < 20).map((g) => g.id)).toEqual([]);
  });
});
