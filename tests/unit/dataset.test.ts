// The dataset is tested like code: every rule of lib/dataset/validate.ts on the real data, and each
// rule shown to fire on a broken copy with a message naming file, entry and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../lib/dataset/validate';
import { SUMMARY_MAX, USAGE_MAX, type Entry } from '../../lib/dataset/schema';
import { formatEntries } from '../../harness/format-data';

const DIR = join(import.meta.dirname, '..', '..', 'data', 'entries');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: `data/entries/${f}`, text: readFileSync(join(DIR, f), 'utf8') }));
const VOCAB = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'vocabulary.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t'));

describe('the dataset', () => {
  const { entries, errors } = validateDataset(files);

  it('passes every check', () => {
    expect(errors).toEqual([]);
  });

  it('covers every vocabulary key with its Wikipedia title and tier', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const problems = VOCAB.flatMap(([key, , , tier, wiki, alts]) => {
      const e = byId.get(key);
      if (!e) return [`${key}: missing`];
      const titles = [wiki, ...alts.split('|')].map((t) => t.replace(/ /g, '_').toLowerCase());
      const out: string[] = [];
      if (!titles.includes(e.wikipedia.toLowerCase())) out.push(`${key}: wikipedia ${e.wikipedia} is not ${wiki}`);
      if (e.tier !== tier) out.push(`${key}: tier ${e.tier}, vocabulary says ${tier}`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('gives treaties, laws and office holders a status', () => {
    const missing = entries.filter((e) => ['treaty', 'law', 'person'].includes(e.category) && !e.status).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('keeps every file in the canonical layout (npm run format:data)', () => {
    const unformatted = files.filter((f) => formatEntries(JSON.parse(f.text)) !== f.text).map((f) => f.name);
    expect(unformatted).toEqual([]);
  });

  it('has at least 450 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(450);
  });
});

describe('validation messages', () => {
  // A plain valid entry to vary: no phrases or rules that name its own aliases.
  const good = files
    .flatMap((f) => JSON.parse(f.text) as Entry[])
    .find((e) => !e.notThis && !e.context && !e.aliases.some((a) => a.ambiguous))!;
  const check = (entries: unknown[], name = 'data/entries/x.json') => validateDataset([{ name, text: JSON.stringify(entries) }]).errors;

  it('names the file, entry and field of a schema error', () => {
    expect(check([{ ...good, summary: 'x'.repeat(SUMMARY_MAX + 1) }])).toEqual([
      `data/entries/x.json: entry ${good.id}: field summary: must be at most ${SUMMARY_MAX} characters`,
    ]);
    expect(check([{ ...good, sources: [] }])[0]).toMatch(/entry .*: field sources: needs at least one source/);
    expect(check([{ ...good, timeline: [...good.timeline].reverse() }])[0]).toMatch(/field timeline: must be in date order/);
    expect(check([{ ...good, reviewed: '25/11/2026' }])[0]).toMatch(/field reviewed: must be YYYY-MM-DD/);
  });

  it('finds duplicates, shared aliases, dangling references and unsorted files', () => {
    const a = { ...good, id: 'aaa', wikipedia: 'A', related: [] };
    const b = { ...good, id: 'bbb', wikipedia: 'B', aliases: [{ text: a.aliases[0].text }], related: ['nope'] };
    const errors = check([b, a, { ...a }]);
    expect(errors.some((e) => /entry aaa: field id: entries must be sorted/.test(e) || /must be sorted/.test(e))).toBe(true);
    expect(errors.some((e) => /entry aaa: field id: duplicate/.test(e))).toBe(true);
    expect(errors.some((e) => /field aliases: .* is shared by/.test(e))).toBe(true);
    expect(errors.some((e) => /entry bbb: field related.0: no entry "nope"/.test(e))).toBe(true);
  });

  it('gives a shared form one usual sense at most, and only an ambiguous form one', () => {
    const ctx = { support: ['war'], against: [] };
    const a = { ...good, id: 'aaa', wikipedia: 'A', related: [], context: ctx, aliases: [{ text: 'Zed war', ambiguous: true, usual: true }] };
    const b = { ...good, id: 'bbb', wikipedia: 'B', related: [], context: ctx, aliases: [{ text: 'Zed war', ambiguous: true, usual: true }] };
    expect(check([a, b]).some((e) => /"zed war" is the usual sense of aaa and bbb; one at most/.test(e))).toBe(true);
    expect(check([a, { ...b, aliases: [{ text: 'Zed war', ambiguous: true }] }])).toEqual([]);
    expect(check([{ ...a, aliases: [{ text: 'Zed war', usual: true }] }])[0]).toMatch(/entry aaa: field aliases.0.usual: only an ambiguous form has a usual sense/);
  });

  it('refuses a context cue that is the entry\'s own ambiguous alias', () => {
    const amb = { ...good, related: [], aliases: [{ text: 'Swift', ambiguous: true }], context: { support: ['SWIFT', 'banks'], against: [] } };
    expect(check([amb])).toEqual([
      `data/entries/x.json: entry ${good.id}: field context.support: cue "SWIFT" is the entry's own ambiguous alias and supports itself`,
    ]);
  });

  it('tells only a treaty or a summit by what it is tied to: a treaty by a place, a summit by a place or a group', () => {
    const city = { ...good, id: 'aaa', wikipedia: 'A', related: [], category: 'place', aliases: [{ text: 'Zed City' }] };
    const made = (extra: object) => check([city, { ...good, id: 'bbb', wikipedia: 'B', related: [], category: 'treaty', ...extra }]);
    expect(made({ made: { at: ['aaa'], support: ['@aaa', 'ceasefire'] } })).toEqual([]);
    expect(made({ made: { at: ['aaa'], support: ['@nope'] } })).toEqual(['data/entries/x.json: entry bbb: field made.support: cue "@nope" names no entry']);
    expect(made({ made: { at: ['bbb'], support: ['x'] } })).toEqual(['data/entries/x.json: entry bbb: field made.at.0: "bbb" is no place']);
    expect(made({ category: 'summit', made: { at: ['bbb'], support: ['x'] } })).toEqual(['data/entries/x.json: entry bbb: field made.at.0: "bbb" is no place or organization']);
    expect(made({ made: { at: ['aaa'], support: [] } })[0]).toMatch(/entry bbb: field made.support: names no cue/);
    expect(made({ category: 'event', made: { at: ['aaa'], support: ['x'] } })).toEqual(['data/entries/x.json: entry bbb: field made: only a treaty or a summit is told by what it is tied to']);
  });

  it('leaves languages out only of a form used on every page, and never English', () => {
    const aliases = (list: unknown[]) => check([{ ...good, aliases: list, related: [] }]);
    expect(aliases([{ text: 'EU', notIn: ['es'] }, { text: 'EU-Staaten', lang: ['en', 'de'], notIn: ['pl'] }])).toEqual([]);
    expect(aliases([{ text: 'UE', lang: 'fr', notIn: ['es'] }])).toEqual([
      `data/entries/x.json: entry ${good.id}: field aliases.0.notIn: only a form used on every page (an English one) can leave languages out`,
    ]);
    expect(aliases([{ text: 'EU', notIn: ['en'] }])[0]).toMatch(/field aliases.0.notIn: cannot leave out English/);
  });

  it('takes a form listed for several languages, and two exact forms that differ in case, but not a form twice', () => {
    const aliases = (list: unknown[]) => check([{ ...good, aliases: list, related: [] }]);
    expect(aliases([{ text: 'Siria', lang: ['es', 'it'] }, { text: 'Iran', lang: ['en', 'pl'] }])).toEqual([]);
    expect(aliases([{ text: 'NATO' }, { text: 'Nato' }])).toEqual([]);
    expect(aliases([{ text: 'Putin' }, { text: 'Putin', lang: 'pl' }])[0]).toMatch(/field aliases.1.text: "Putin" is listed twice/);
    expect(aliases([{ text: 'NATO', case: 'any' }, { text: 'Nato' }])[0]).toMatch(/is listed twice/);
    // A hyphen or double quotes make no other form; another language's form is another form.
    expect(aliases([{ text: 'al-Qaeda', case: 'any' }, { text: 'al Qaeda', case: 'any' }])[0]).toMatch(/"al Qaeda" is listed twice/);
    expect(aliases([{ text: 'Единая Россия', lang: 'ru' }, { text: '«Единая Россия»', lang: 'ru' }])[0]).toMatch(/is listed twice/);
    expect(aliases([{ text: 'Irak', lang: 'de' }, { text: 'Irak', lang: 'pl', case: 'any' }, { text: 'EU', notIn: ['es'] }, { text: 'EU', lang: 'es' }])).toEqual([]);
    expect(aliases([{ text: 'Siria', lang: ['it'] }])[0]).toMatch(/field aliases.0.lang/);
    expect(aliases([{ text: 'Siria', lang: ['it', 'it'] }])[0]).toMatch(/field aliases.0.lang/);
  });

  it('asks every entry with a status for a review-by date after its review', () => {
    const withStatus = { ...good, related: [], status: { asOf: '2026-11-25', history: [{ since: '2020', text: 'In force' }] } };
    expect(check([{ ...withStatus, reviewBy: '2027-05-25' }])).toEqual([]);
    const noReviewBy: Record<string, unknown> = { ...withStatus };
    delete noReviewBy.reviewBy;
    expect(check([noReviewBy])).toEqual([`data/entries/x.json: entry ${good.id}: field reviewBy: an entry with a status needs a review-by date`]);
    expect(check([{ ...withStatus, reviewBy: withStatus.reviewed }])[0]).toMatch(/field reviewBy: must be after reviewed/);
  });

  it("declines only a person's name as a woman's", () => {
    expect(check([{ ...good, category: 'person', feminine: true, related: [] }]).filter((e) => /feminine/.test(e))).toEqual([]);
    expect(check([{ ...good, category: 'place', feminine: true, related: [] }])).toContain(`data/entries/x.json: entry ${good.id}: field feminine: only a person's name declines as a woman's`);
  });

  it('takes a usage note on an alias, of limited length', () => {
    const aliases = (list: unknown[]) => check([{ ...good, aliases: list, related: [] }]);
    expect(aliases([{ text: 'Kiev', usage: 'The older English spelling, from Russian.' }])).toEqual([]);
    expect(aliases([{ text: 'Kiev', usage: 'x'.repeat(USAGE_MAX + 1) }])[0]).toMatch(/field aliases.0.usage: must be at most/);
    expect(aliases([{ text: 'Kiev', usage: ' ' }])[0]).toMatch(/field aliases.0.usage: must not be empty/);
  });

  it('reports a file that is not JSON', () => {
    expect(validateDataset([{ name: 'data/entries/bad.json', text: '[{' }]).errors[0]).toMatch(/^data\/entries\/bad.json: not valid JSON/);
  });
});
