// npm run format:data [-- --check]: writes data/entries/*.json in the one canonical layout
// (harness/format-data.ts), so diffs stay small.
// --check only reports files that differ (used in tests). File arguments limit it to those files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatEntries } from '../harness/format-data';

const DIR = join(import.meta.dirname, '..', 'data', 'entries');

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => a !== '--check').map((a) => basename(a));
let differ = 0;
for (const f of readdirSync(DIR).filter((x) => x.endsWith('.json') && (!only.length || only.includes(x))).sort()) {
  const path = join(DIR, f);
  const text = readFileSync(path, 'utf8');
  const formatted = formatEntries(JSON.parse(text));
  if (formatted === text) continue;
  differ++;
  if (check) console.error(`data/entries/${f} is not in the canonical layout (run npm run format:data)`);
  else writeFileSync(path, formatted);
}
if (check && differ) process.exit(1);
