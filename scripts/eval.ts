// npm run --silent eval -- DIR [--json] [--vocab FILE]
// Scans every page in DIR/pages and scores it against DIR/gold (vocabulary: DIR/vocabulary.tsv).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanFile } from '../harness/scan-lib';
import { loadVocabulary, scorePage, totals, type Gold, type PageScore } from '../harness/eval-lib';

const args = process.argv.slice(2);
const json = args.includes('--json');
const vocabAt = args.indexOf('--vocab');
const dir = args.find((a, i) => !a.startsWith('--') && (vocabAt < 0 || i !== vocabAt + 1));
if (!dir) {
  console.error('usage: npm run --silent eval -- DIR [--json] [--vocab vocabulary.tsv]  (DIR holds pages/ and gold/)');
  process.exit(2);
}
const vocabPath = vocabAt >= 0 ? args[vocabAt + 1] : join(dir, 'vocabulary.tsv');
if (!existsSync(vocabPath)) {
  console.error(`eval: no vocabulary at ${vocabPath} (give --vocab FILE)`);
  process.exit(2);
}
const vocab = loadVocabulary(readFileSync(vocabPath, 'utf8'));
const golds: Gold[] = readdirSync(join(dir, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')));

const scores: PageScore[] = [];
for (const gold of golds) {
  const file = join(dir, 'pages', gold.page);
  if (!existsSync(file)) {
    console.error(`eval: ${gold.page}: page not found`);
    process.exitCode = 1;
    continue;
  }
  const scan = await scanFile(file, readFileSync(file, 'utf8'));
  const s = scorePage(gold, scan, vocab);
  scores.push(s);
  if (!json) {
    let line = `${s.page}${s.english ? '' : ' (' + 'other language)'}: required ${s.found}/${s.required}  precision ${s.tp}/${s.tp + s.fp.length}  traps hit ${s.trapHits}/${s.traps}`;
    if (s.missed.length) line += `  MISSED ${s.missed.join(', ')}`;
    if (s.fp.length) line += `  FALSE ${s.fp.join(', ')}`;
    console.log(line);
  }
}
const t = totals(scores);
if (json) {
  console.log(JSON.stringify({ pages: scores, totals: t }));
} else {
  const unjudged = new Map<string, number>();
  for (const s of scores) for (const u of s.unjudged) unjudged.set(u, (unjudged.get(u) ?? 0) + 1);
  const top = [...unjudged].sort((a, b) => b[1] - a[1]).slice(0, 15);
  if (top.length) console.log(`unjudged (outside the vocabulary or its listed forms): ${top.map(([k, v]) => `${k} x${v}`).join(', ')}`);
  console.log(
    `pages ${t.pages}; recall ${t.recall.toFixed(3)} (${t.found}/${t.required} English pages; other languages ${t.foundOther}/${t.requiredOther}); ` +
      `precision ${t.precision.toFixed(3)} (${t.tp}/${t.tp + t.fp}); traps hit ${t.trapHits}/${t.traps}; unjudged mentions ${t.unjudged}`,
  );
}
