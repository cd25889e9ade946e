// Validates data/entries/*.json and compiles what the extension loads:
//   lib/generated/entries.json — full entries (background and popup),
//   lib/generated/matcher.json — the compact alias index the matcher is built from (the background
//   and the command-line tools),
//   lib/generated/matcher-core.json — the same with English aliases only, which the background
//   matches pages declared English with (others get matcher.json).
// A broken entry stops here, naming the file, entry and field.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../lib/dataset/validate';
import { compileIndex } from '../lib/dataset/compile';
import { usedOn } from '../lib/match/matcher';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'data', 'entries');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: `data/entries/${f}`, text: readFileSync(join(dir, f), 'utf8') }));

const { entries, errors } = validateDataset(files);
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`dataset: ${errors.length} problem(s); nothing was written`);
  process.exit(1);
}
const out = join(root, 'lib', 'generated');
mkdirSync(out, { recursive: true });
const compiled = compileIndex(entries);
const index = JSON.stringify(compiled);
writeFileSync(join(out, 'entries.json'), JSON.stringify(entries));
writeFileSync(join(out, 'matcher.json'), index);
// Pages declared English are matched without the other languages' aliases (see lib/background/mentions-service.ts).
// Taken in order, the subset stays sorted by key.
const english = compiled.aliases.map((_, i) => i).filter((i) => usedOn(compiled.aliases[i][3], 'en'));
writeFileSync(
  join(out, 'matcher-core.json'),
  JSON.stringify({ entries: compiled.entries, aliases: english.map((i) => compiled.aliases[i]), keys: english.map((i) => compiled.keys![i]) }),
);
console.log(`dataset: ${entries.length} entries from ${files.length} files; matcher index ${Buffer.byteLength(index)} bytes`);
