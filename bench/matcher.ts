// npm run bench:matcher -- [PAGES_DIR] [--json] [--baseline MATCHER_JSON]
// The matcher alone in Node: text throughput on real pages' text, its cost as the dictionary grows
// from 1k to 100k aliases on the same text, and the compiled index's size and load time. With
// --baseline (a matcher.json built from an earlier dataset), the text side of each page (matching and
// context decisions, as the background runs them) with both dictionaries, side by side.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageSet } from './lib/pages';
import { BASE_SIZE, dictionary } from './lib/synthetic';
import { fmt, machine, table, timeIt } from './lib/stats';
import type { CompiledIndex } from '../lib/dataset/compile';
import { collectBlocks } from '../lib/content/read/blocks';
import { Matcher } from '../lib/match/matcher';
import { findMentions } from '../lib/match/mentions';
import type { SelectionOptions } from '../lib/match/page-text';
import { parseHtml } from '../harness/node-dom';
import { declaredLanguage } from '../lib/text/language';

const ROOT = resolve(import.meta.dirname, '..');
/** Each measurement repeats for at least this long (and MIN_RUNS times); the median is reported. */
const MIN_MS = 300;
const MIN_RUNS = 5;
const SIZES = [1_000, 10_000, 100_000];
/** Our goal: 100k aliases cost at most this many times what 1k do on the same text. */
const SCALE_TARGET = 1.5;

const args = process.argv.slice(2);
const json = args.includes('--json');
const baselineAt = args.indexOf('--baseline');
const baselinePath = baselineAt >= 0 ? args[baselineAt + 1] : undefined;
const { dir, pages: files } = pageSet(args.find((a, i) => !a.startsWith('--') && i !== baselineAt + 1));

interface PageText {
  page: string;
  lang: string;
  texts: string[];
  bytes: number;
}
const pages: PageText[] = [];
for (const page of files) {
  const { doc, close } = parseHtml(readFileSync(join(dir, page), 'utf8'));
  const texts = collectBlocks(doc.body ?? doc.documentElement).map((b) => b.text);
  pages.push({ page, lang: declaredLanguage(doc), texts, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) });
  await close();
}
const totalBytes = pages.reduce((s, p) => s + p.bytes, 0);

const raw = readFileSync(join(ROOT, 'lib', 'generated', 'matcher.json'), 'utf8');
const index = JSON.parse(raw) as CompiledIndex;
const real = new Matcher(index);

let sink = 0; // keeps the optimiser from dropping the work
const scanAll = (m: Matcher, p: PageText) => {
  for (const t of p.texts) sink += m.findAll(t, p.lang).length;
};

// Throughput per page with the real dictionary.
const perPage = pages.map((p) => {
  const ms = timeIt(() => scanAll(real, p), MIN_MS, MIN_RUNS);
  return { page: p.page, kb: p.bytes / 1024, ms, mbPerS: p.bytes / 2 ** 20 / (ms / 1000) };
});
const allMs = perPage.reduce((s, p) => s + p.ms, 0);

// The same text against growing dictionaries.
const scaling = SIZES.map((size) => {
  const dict = dictionary(index, size);
  const json = JSON.stringify(dict);
  const build = timeIt(() => new Matcher(JSON.parse(json) as CompiledIndex), MIN_MS, 1);
  // Cold: what the background pays once when it starts, loading the dictionary and scanning the text
  // once (a matcher that builds lazily pays part of its building here).
  const coldMs = timeIt(() => {
    const fresh = new Matcher(JSON.parse(json) as CompiledIndex);
    pages.forEach((p) => scanAll(fresh, p));
  }, MIN_MS, 1);
  const m = new Matcher(dict);
  const ms = timeIt(() => pages.forEach((p) => scanAll(m, p)), MIN_MS, MIN_RUNS);
  return { size, ms, mbPerS: totalBytes / 2 ** 20 / (ms / 1000), loadMs: build, coldMs, kb: json.length / 1024, gzipKb: gzipSync(json).length / 1024 };
});
const scale = scaling[scaling.length - 1].ms / scaling[0].ms;
const coldScale = scaling[scaling.length - 1].coldMs / scaling[0].coldMs;

const load = {
  rawKb: Buffer.byteLength(raw) / 1024,
  gzipKb: gzipSync(raw, { level: 9 }).length / 1024,
  aliases: index.aliases.length,
  parseMs: timeIt(() => JSON.parse(raw), MIN_MS, MIN_RUNS),
  loadMs: timeIt(() => new Matcher(JSON.parse(raw) as CompiledIndex), MIN_MS, MIN_RUNS),
  coldMs: timeIt(() => {
    const fresh = new Matcher(JSON.parse(raw) as CompiledIndex);
    pages.forEach((p) => scanAll(fresh, p));
  }, MIN_MS, MIN_RUNS),
};

// The text side of each page with an earlier dictionary and with this one, interleaved run by run.
const SELECTION: SelectionOptions = { density: 'first', includeCommon: false, hiddenCategories: [] };
const textSide = (idx: CompiledIndex, m: Matcher, p: PageText) => {
  sink += findMentions({ texts: p.texts, inArticle: p.texts.map(() => true), lang: p.lang }, idx, m, SELECTION).mentions.length;
};
const baseline = baselinePath ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as CompiledIndex) : null;
const versus = baseline
  ? pages.map((p) => {
      const bm = new Matcher(baseline);
      const ms = { base: [] as number[], now: [] as number[] };
      for (let run = 0; run < 3; run++) {
        ms.base.push(timeIt(() => textSide(baseline, bm, p), MIN_MS / 3, MIN_RUNS));
        ms.now.push(timeIt(() => textSide(index, real, p), MIN_MS / 3, MIN_RUNS));
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
      return { page: p.page, baseMs: med(ms.base), nowMs: med(ms.now) };
    })
  : null;

const report = { machine: machine(), versus, baselineAliases: baseline?.aliases.length, pagesDir: dir, totalKb: totalBytes / 1024, perPage, allMbPerS: totalBytes / 2 ** 20 / (allMs / 1000), scaling, scale100kTo1k: scale, coldScale100kTo1k: coldScale, scaleTarget: SCALE_TARGET, index: load };
if (json) {
  process.stdout.write(JSON.stringify(report) + '\n');
} else {
  const out = [
    `Matcher throughput, real dictionary (${index.aliases.length} aliases), text of each page's blocks (median of runs):\n`,
    table(['page', 'text KB', 'ms', 'MB/s'], [...perPage.map((p) => [p.page, fmt(p.kb), fmt(p.ms, 2), fmt(p.mbPerS)]), ['all', fmt(totalBytes / 1024), fmt(allMs, 2), fmt(report.allMbPerS)]]),
    `\nThe same ${fmt(totalBytes / 1024)} KB of text against growing dictionaries (the same ${BASE_SIZE} real aliases in each, the rest made-up names):\n`,
    table(
      ['aliases', 'scan ms (warm)', 'MB/s', 'vs 1k', 'load ms (parse + new Matcher)', 'cold ms (load + first scan)', 'cold vs 1k', 'index KB', 'gzip KB'],
      scaling.map((s) => [String(s.size), fmt(s.ms, 2), fmt(s.mbPerS), `${(s.ms / scaling[0].ms).toFixed(2)}×`, fmt(s.loadMs), fmt(s.coldMs), `${(s.coldMs / scaling[0].coldMs).toFixed(2)}×`, fmt(s.kb), fmt(s.gzipKb)]),
    ),
    `\n100k / 1k, warm scan: ${scale.toFixed(2)}×; cold (load + first scan): ${coldScale.toFixed(2)}× (target ≤ ${SCALE_TARGET}×: ${scale <= SCALE_TARGET ? 'met' : 'not met'} warm, ${coldScale <= SCALE_TARGET ? 'met' : 'not met'} cold).`,
    `Shipped index (lib/generated/matcher.json, ${load.aliases} aliases): ${fmt(load.rawKb)} KB raw, ${fmt(load.gzipKb)} KB gzip; JSON.parse ${fmt(load.parseMs, 2)} ms, JSON.parse + new Matcher ${fmt(load.loadMs, 2)} ms; that plus a first scan of all the pages' text ${fmt(load.coldMs, 2)} ms (warm: ${fmt(allMs, 2)} ms).`,
    ...(versus
      ? [
          `\nThe text side of each page (matching and context decisions), ${baseline!.aliases.length} aliases (${baselinePath}) against ${index.aliases.length} now:\n`,
          table(
            ['page', 'before ms', 'now ms', 'now / before'],
            [...versus.map((v) => [v.page, fmt(v.baseMs, 2), fmt(v.nowMs, 2), `${(v.nowMs / v.baseMs).toFixed(2)}×`]), ['all', fmt(versus.reduce((s, v) => s + v.baseMs, 0), 2), fmt(versus.reduce((s, v) => s + v.nowMs, 0), 2), `${(versus.reduce((s, v) => s + v.nowMs, 0) / versus.reduce((s, v) => s + v.baseMs, 0)).toFixed(2)}×`]],
          ),
        ]
      : []),
    `Machine: ${report.machine}.`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}
if (sink < 0) console.log(sink);
