// npm run bench:dictionary -- [--rounds N]
// Does the page pay for the dictionary's size? The built extension is copied twice, its dictionary
// replaced by one of 1,000 and one of 100,000 aliases (bench/lib/synthetic.ts: the same 1,000 real
// aliases in each, the rest made-up names), and a news page is loaded in each: cold (the first page
// after the browser starts, when the background must load the dictionary) and warm (the next loads).
// For each: the extension's JavaScript on the page (V8 profiler) and the time to the first mark.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localOnly, profileOnce, type ProfileResult } from './lib/browser-run';
import { dictionary } from './lib/synthetic';
import { fmt, machine, median, table } from './lib/stats';
import { DATA_FILES } from '../lib/background/data-files';
import type { CompiledIndex } from '../lib/dataset/compile';
import { CHROME_BUILD, launch, ROOT, serve } from '../harness/browser';

const SIZES = [1_000, 100_000];
/** Loads after the cold one, in the same browser. */
const WARM_LOADS = 3;
const PAGE = 'tests/fixtures/corpus/pages/goose3/foxNews.html';
const OUT = join(ROOT, 'bench-output', 'dictionary');

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const log = (msg: string) => process.stderr.write(msg + '\n');

const index = JSON.parse(readFileSync(join(ROOT, 'lib', 'generated', 'matcher.json'), 'utf8')) as CompiledIndex;
const server = await serve(ROOT);
const rows: { size: number; cold: ProfileResult[]; warm: ProfileResult[] }[] = [];
for (const size of SIZES) {
  // The same build with this dictionary for every page language (the English index too).
  const dir = join(OUT, String(size));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const json = JSON.stringify(dictionary(index, size));
  for (const file of [DATA_FILES.core, DATA_FILES.all]) writeFileSync(join(dir, file), json);
  const row = { size, cold: [] as ProfileResult[], warm: [] as ProfileResult[] };
  for (let r = 0; r < rounds; r++) {
    log(`${size} aliases, round ${r + 1}`);
    const b = await launch({ extension: dir });
    await localOnly(b.context);
    row.cold.push(await profileOnce(b.context, server.url(PAGE), 1));
    for (let i = 0; i < WARM_LOADS; i++) row.warm.push(await profileOnce(b.context, server.url(PAGE), 1));
    await b.close();
  }
  rows.push(row);
}
await server.close();

const js = (xs: ProfileResult[]) => median(xs.map((x) => x.extensionMs));
const first = (xs: ProfileResult[]) => median(xs.map((x) => x.firstMs));
const [small, large] = rows;
process.stdout.write(
  `Dictionary size and the page, ${PAGE} (medians: ${rounds} cold loads, ${rounds * WARM_LOADS} warm; ms):\n\n` +
    table(
      ['aliases', 'cold: page JS', 'cold: first mark', 'warm: page JS', 'warm: first mark'],
      rows.map((r) => [r.size.toLocaleString('en'), fmt(js(r.cold)), fmt(first(r.cold), 0), fmt(js(r.warm)), fmt(first(r.warm), 0)]),
    ) +
    `\n\n100k / 1k: page JS ${fmt(js(large.cold) / js(small.cold), 2)}× cold, ${fmt(js(large.warm) / js(small.warm), 2)}× warm ` +
    `(target ≤ 1.5×); first mark ${fmt(first(large.cold) / first(small.cold), 2)}× cold, ${fmt(first(large.warm) / first(small.warm), 2)}× warm.\n` +
    `Machine: ${machine()}.\n`,
);
