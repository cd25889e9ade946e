// The sense tests as data: for each ambiguous alias, news sentences where it is the entry and where it
// is not, in tests/fixtures/senses/<area>.json (one file per data file or area). Each check reads an
// article made of its paragraphs (`in`, in `lang`, English if not said) with the real dataset, and
// asks for one of:
//   mention: "text=id"       Backstory reports this text as this entry
//   mentionNot: "text=id"    it does not
//   entry: "id"              some mention is this entry
//   entryNot: "id"           no mention is
// Cases that need code (coverage loops, counts) stay in tests/unit/senses*.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'senses');

const paragraphs = { in: v.pipe(v.array(v.string()), v.minLength(1)), lang: v.optional(v.string()) };
const Check = v.union([
  v.strictObject({ ...paragraphs, mention: v.string() }),
  v.strictObject({ ...paragraphs, mentionNot: v.string() }),
  v.strictObject({ ...paragraphs, entry: v.string() }),
  v.strictObject({ ...paragraphs, entryNot: v.string() }),
]);
const Case = v.strictObject({ it: v.string(), checks: v.pipe(v.array(Check), v.minLength(1)) });
const Area = v.strictObject({ about: v.string(), groups: v.array(v.strictObject({ title: v.string(), cases: v.array(Case) })) });

const areas = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), v.safeParse(Area, JSON.parse(readFileSync(join(DIR, f), 'utf8')))] as const);

it('reads every area of sense cases, each well formed', () => {
  expect(areas.length).toBeGreaterThan(0);
  for (const [name, area] of areas) expect(area.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? [], name).toEqual([]);
});

for (const [name, area] of areas) {
  if (!area.success) continue;
  describe(name, () => {
    for (const { title, cases } of area.output.groups) {
      describe(title, () => {
        for (const c of cases) {
          it(c.it, () => {
            for (const k of c.checks) {
              const what = `${k.in.join(' / ')} (${k.lang ?? 'en'})`;
              if ('mention' in k) expect(senses(k.in, k.lang), what).toContain(k.mention);
              else if ('mentionNot' in k) expect(senses(k.in, k.lang), what).not.toContain(k.mentionNot);
              else if ('entry' in k) expect(ids(k.in, k.lang), what).toContain(k.entry);
              else expect(ids(k.in, k.lang), what).not.toContain(k.entryNot);
            }
          });
        }
      });
    }
  });
}
