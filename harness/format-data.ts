// The one canonical layout of data/entries/*.json (entries sorted by id, two-space indent, each
// alias, date and status on one line), so diffs stay small. Written by npm run format:data
// (scripts/format-data.ts) and checked by the dataset test.
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
