// npm run --silent candidates -- [--top N] PATH...: the people, places and organisations that news
// articles name most often and the dataset does not cover yet, to choose new entries by what
// readers meet. A PATH is a saved page (.html: its article as Backstory finds it), a folder of
// them, or an extraction benchmark's truth file (.json with ground_truth.main_content).
// Counts are documents, not mentions, so one long page cannot outvote many.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import entries from '../lib/generated/entries.json' with { type: 'json' };
import type { Entry } from '../lib/dataset/schema';
import { readPage } from '../lib/content/read/read-page';
import { aliasKey } from '../lib/text/normalize';
import { parseHtml } from '../harness/node-dom';
import { runAtOnce } from '../lib/content/read/steps';

type Kind = 'person' | 'place' | 'organization';

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => files(join(path, f)))
    .filter((f) => /\.(html?|json)$/.test(f));
}

async function articleText(file: string): Promise<string> {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return String(JSON.parse(raw)?.ground_truth?.main_content ?? '');
  const { doc, close } = parseHtml(raw);
  try {
    const { text } = runAtOnce(readPage({ doc, scope: 'article' }));
    return text.texts.filter((_, i) => text.inArticle[i]).join('\n');
  } finally {
    await close();
  }
}

const known = new Set((entries as Entry[]).flatMap((e) => e.aliases.map((a) => aliasKey(a.text))));
/** A name is covered when the dataset has it, or (a person) their surname, or its longest known tail. */
function covered(name: string, kind: Kind): boolean {
  const key = aliasKey(name);
  if (known.has(key)) return true;
  const words = key.split(' ');
  return kind === 'person' && words.length > 1 && known.has(words[words.length - 1]);
}

function clean(name: string): string {
  return name
    .replace(/['’]s$/, '')
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/[.,;:!?"“”()]+$/g, '')
    .trim();
}

async function main() {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 100;
  if (!args.length) throw new Error('usage: npm run --silent candidates -- [--top N] PATH...');
  const counts = new Map<string, { kind: Kind; name: string; docs: number }>();
  let docs = 0;
  for (const file of args.flatMap(files)) {
    const text = await articleText(file);
    if (text.length < 500) continue;
    docs++;
    const doc = nlp(text);
    const seen = new Set<string>();
    const found: [Kind, string[]][] = [
      ['person', doc.people().out('array')],
      ['place', doc.places().out('array')],
      ['organization', doc.organizations().out('array')],
    ];
    for (const [kind, names] of found) {
      for (const raw of names) {
        const name = clean(raw);
        if (name.length < 3 || !/^\p{Lu}/u.test(name) || covered(name, kind)) continue;
        const key = `${kind}\t${aliasKey(name)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const c = counts.get(key) ?? { kind, name, docs: 0 };
        c.docs++;
        counts.set(key, c);
      }
    }
  }
  const ranked = [...counts.values()].filter((c) => c.docs > 1).sort((a, b) => b.docs - a.docs || a.name.localeCompare(b.name));
  console.log(`# ${docs} articles; names not in the dataset, by the number of articles that name them`);
  for (const c of ranked.slice(0, top)) console.log(`${c.docs}\t${c.kind}\t${c.name}`);
}

await main();
