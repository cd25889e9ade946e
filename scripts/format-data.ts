// npm run format:data [-- --check]: writes data/entries/*.json in the one canonical layout (entries
// sorted by id, two-space indent, each alias, date and status on one line), so diffs stay small.
// --check only reports files that differ (used in tests). File arguments limit it to those files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'data', 'entries');
const ONE_LINE = new Set(['aliases', 'timeline', 'history']);

export function formatEntries(entries: Record<string, unknown>[]): string {
  const sorted = [...entries].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'));
  const lines = sorted.map((e) => {
    const fields = Object.entries(e).map(([k, v]) => `    ${JSON.stringify(k)}: ${formatValue(k, v, '    ')}`);
    return `  {\n${fields.join(',\n')}\n  }`;
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}

function formatValue(key: string, value: unknown, indent: string): string {
  if (ONE_LINE.has(key) && Array.isArray(value)) {
    return `[\n${value.map((x) => `${indent}  ${inline(x)}`).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const inner = Object.entries(value).map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${formatValue(k, v, indent + '  ')}`);
    return `{\n${inner.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function inline(x: unknown): string {
  return JSON.stringify(x).replace(/^\{"/, '{ "').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "');
}

if (process.argv[1]?.endsWith('format-data.ts')) {
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
}
