// npm run --silent terms -- [--json]: every dataset entry, one per line (JSON objects with --json).
import entries from '../lib/generated/entries.json' with { type: 'json' };
import type { Entry } from '../lib/dataset/schema';

const json = process.argv.includes('--json');
for (const e of entries as Entry[]) {
  if (json) {
    const aliases = e.aliases.map((a) => a.text);
    console.log(JSON.stringify({ id: e.id, title: e.title, category: e.category, wikipedia: e.wikipedia, aliases }));
  } else {
    console.log(`${e.id}\t${e.category}\t${e.title}`);
  }
}
