// npm run --silent nlp-cost -- [PAGE.html...]: what the first-name check costs. For each page: how
// many questions the page asks (0 means compromise is never consulted for it) and how long the
// answers take, plus compromise's one-time load. The content script never loads compromise; the
// background does, at start-up.
import { readFileSync } from 'node:fs';
import index from '../lib/generated/matcher.json' with { type: 'json' };
import type { CompiledIndex } from '../lib/dataset/compile';
import { Matcher } from '../lib/match/matcher';
import type { NameQuestion } from '../lib/match/names';
import { scanDocument } from '../lib/scan';
import { parseHtml } from '../harness/node-dom';

const files = process.argv.slice(2);
const compiled = index as CompiledIndex;
const matcher = new Matcher(compiled);

let t = performance.now();
const { default: nlp } = await import('compromise');
const { firstNameCheck } = await import('../lib/match/names');
const check = firstNameCheck(nlp);
check({ word: 'Warm', surname: 'Up' });
console.log(`compromise: load and first use ${(performance.now() - t).toFixed(1)} ms`);

for (const file of files) {
  const { doc, close } = parseHtml(readFileSync(file, 'utf8'));
  const asked: NameQuestion[] = [];
  scanDocument({ doc, index: compiled, matcher, nameCheck: (q) => void asked.push(q) });
  t = performance.now();
  const answers = asked.map((q) => check(q));
  const ms = performance.now() - t;
  const names = asked.filter((_, i) => answers[i]).map((q) => `${q.word} ${q.surname}`);
  console.log(`${file}: ${asked.length} questions, answered in ${ms.toFixed(1)} ms; first names: ${names.join(', ') || 'none'}`);
  await close();
}
