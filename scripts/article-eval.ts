// npm run --silent article-eval -- DIR [--json] [--limit N] [--type article|all]
// How well Backstory finds the article body, beside Mozilla's Readability.js, on a web-content-extraction
// corpus: DIR/html/ID.html, DIR/truth/ID.json (ground_truth: main_content, with, without) and
// DIR/index.tsv (id, page_type, url), as ../shared/tools/get-extraction-corpus.sh leaves them.
// Article pages: Backstory's article text (the article scan's blocks in the article, from readPage on
// the command line's DOM) and Readability's textContent (on its own jsdom document) are scored against
// the truth (harness/article-eval-lib.ts); each is timed alone, without the HTML parse. Other pages
// (--type all): how many terms the full scan would mark there, where an article body is not expected.
// A page that fails is reported on stderr and counted (a failed extraction scores as empty).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../lib/content/read/read-page';
import { parseHtml } from '../harness/node-dom';
import { scanFile } from '../harness/scan-lib';
import { mean, median, scoreExtraction, totals, type PageResult } from '../harness/article-eval-lib';
import { runAtOnce } from '../lib/content/read/steps';

const USAGE = 'usage: npm run --silent article-eval -- DIR [--json] [--limit N] [--type article|all]  (DIR holds html/, truth/ and index.tsv)';
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? '' : undefined);
const json = args.includes('--json');
const limit = option('--limit') === undefined ? Infinity : Number(option('--limit'));
const type = option('--type') ?? 'article';
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit' && args[i - 1] !== '--type');
const problem = !dir
  ? 'no DIR given'
  : !existsSync(join(dir, 'html'))
    ? `no html/ in ${dir}`
    : limit !== Infinity && !(Number.isInteger(limit) && limit > 0)
      ? '--limit takes a positive whole number'
      : type !== 'article' && type !== 'all'
        ? '--type takes article or all'
        : null;
if (problem || !dir) {
  console.error(`article-eval: ${problem}; ${USAGE}`);
  process.exit(2);
}

const indexFile = join(dir, 'index.tsv');
const types = new Map(
  (existsSync(indexFile) ? readFileSync(indexFile, 'utf8').split('\n').slice(1) : []).filter(Boolean).map((l) => l.split('\t').slice(0, 2) as [string, string]),
);
const ids = readdirSync(join(dir, 'html'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort()
  .filter((id) => type === 'all' || types.get(id) === 'article')
  .slice(0, limit);

interface Extraction {
  text: string;
  ms: number;
  error?: string;
}

/** The text Backstory treats as the article: the article scan's blocks that are in the article. */
async function backstory(html: string): Promise<Extraction> {
  const { doc, close } = parseHtml(html);
  try {
    const t0 = performance.now();
    const { texts, inArticle } = runAtOnce(readPage({ doc, scope: 'article' })).text;
    const ms = performance.now() - t0;
    // \u0000 marks a word break (a skipped inline element): a space, for the tokens and sentences.
    return { text: texts.filter((_, i) => inArticle[i]).join('\n').replace(/\u0000/g, ' '), ms };
  } finally {
    await close();
  }
}

function readability(html: string): Extraction {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() }); // silent: pages' CSS errors are not ours
  try {
    const t0 = performance.now();
    const article = new Readability(dom.window.document).parse();
    return { text: article?.textContent ?? '', ms: performance.now() - t0 };
  } finally {
    dom.window.close();
  }
}

/** Runs one extractor, turning a failure into an empty extraction that is reported and counted. */
async function attempt(id: string, who: string, run: () => Extraction | Promise<Extraction>): Promise<Extraction> {
  try {
    return await run();
  } catch (err) {
    const error = (err as Error).message?.split('\n')[0] || String(err);
    console.error(`article-eval: ${id}: ${who}: ${error}`);
    return { text: '', ms: 0, error };
  }
}

interface ArticleRow {
  id: string;
  backstory: PageResult;
  readability: PageResult;
}
interface OtherRow {
  id: string;
  type: string;
  marks: number;
}

const articles: ArticleRow[] = [];
const others: OtherRow[] = [];
let failed = 0; // pages not evaluated at all: page or truth unreadable, or the full scan failed
const f2 = (x: number) => x.toFixed(2);
const line = (r: PageResult) =>
  r.error
    ? 'ERROR'
    : `P ${f2(r.precision)} R ${f2(r.recall)} F1 ${f2(r.f1)}  with ${r.withKept}/${r.withTotal} without ${r.withoutLeft}/${r.withoutTotal}  ${r.ms.toFixed(1)} ms`;

for (const id of ids) {
  // A turn of the event loop: jsdom frees a closed window in tasks, which a loop of awaits never yields to.
  await new Promise((resolve) => setImmediate(resolve));
  const pageType = types.get(id) ?? 'unknown';
  let html: string;
  try {
    html = readFileSync(join(dir, 'html', `${id}.html`), 'utf8');
  } catch (err) {
    console.error(`article-eval: ${id}: cannot read the page: ${(err as Error).message}`);
    failed++;
    continue;
  }
  if (pageType !== 'article') {
    try {
      const scan = await scanFile(id, html);
      const row = { id, type: pageType, marks: scan.mentions.filter((m) => m.highlighted).length };
      others.push(row);
      if (!json) console.log(`${id} ${pageType}: ${row.marks} marks`);
    } catch (err) {
      console.error(`article-eval: ${id}: scan: ${(err as Error).message}`);
      failed++;
    }
    continue;
  }
  let truth: { main_content: string; with?: string[]; without?: string[] };
  try {
    truth = JSON.parse(readFileSync(join(dir, 'truth', `${id}.json`), 'utf8')).ground_truth;
    if (typeof truth?.main_content !== 'string') throw new Error('no ground_truth.main_content');
  } catch (err) {
    console.error(`article-eval: ${id}: truth: ${(err as Error).message}`);
    failed++;
    continue;
  }
  const score = (e: Extraction): PageResult => ({ ...scoreExtraction(e.text, truth, e.ms), ...(e.error ? { error: e.error } : {}) });
  const row = {
    id,
    backstory: score(await attempt(id, 'backstory', () => backstory(html))),
    readability: score(await attempt(id, 'readability', () => readability(html))),
  };
  articles.push(row);
  if (!json) console.log(`${id}  backstory ${line(row.backstory)}  |  readability ${line(row.readability)}`);
}

const ours = totals(articles.map((r) => r.backstory));
const theirs = totals(articles.map((r) => r.readability));
const lowRecall = articles.filter((r) => r.backstory.recall < 0.5);
const target = lowRecall.filter((r) => r.readability.recall > 0.8);
const marks = others.map((r) => r.marks);
const summary = {
  failed,
  articles: {
    backstory: ours,
    readability: theirs,
    /** Readability's time over Backstory's. */
    timeRatio: { median: theirs.msMedian / ours.msMedian, mean: theirs.msMean / ours.msMean },
    /** Backstory keeps less than half the body, and among those, Readability keeps more than 80%. */
    lowRecall: lowRecall.map((r) => r.id),
    lowRecallReadabilityHigh: target.map((r) => r.id),
  },
  others: {
    pages: others.length,
    marksMedian: median(marks),
    marksMean: mean(marks),
    withMarks: others.length ? marks.filter((m) => m > 0).length / others.length : 0,
    most: [...others].sort((a, b) => b.marks - a.marks).slice(0, 10),
  },
};

if (json) {
  console.log(JSON.stringify({ articles, others, totals: summary }));
} else {
  const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '0.0'}%)`;
  const prf = (p: { precision: number; recall: number; f1: number }) => `${p.precision.toFixed(3)} / ${p.recall.toFixed(3)} / ${p.f1.toFixed(3)}`;
  const col = (a: string, b: string) => `${a.padEnd(30)}${b}`;
  console.log(`\narticle pages: ${articles.length}${failed ? ` (pages not evaluated at all, see stderr: ${failed})` : ''}`);
  console.log(col('', col('Backstory', 'Readability')));
  console.log(col('mean P / R / F1', col(prf(ours.macro), prf(theirs.macro))));
  console.log(col('micro P / R / F1', col(prf(ours.micro), prf(theirs.micro))));
  console.log(col('"with" sentences kept', col(pct(ours.withKept, ours.withTotal), pct(theirs.withKept, theirs.withTotal))));
  console.log(col('"without" sentences left out', col(pct(ours.withoutLeft, ours.withoutTotal), pct(theirs.withoutLeft, theirs.withoutTotal))));
  console.log(col('ms per page: median / mean', col(`${ours.msMedian.toFixed(1)} / ${ours.msMean.toFixed(1)}`, `${theirs.msMedian.toFixed(1)} / ${theirs.msMean.toFixed(1)}`)));
  console.log(col('errors; empty extractions', col(`${ours.errors}; ${ours.empty}`, `${theirs.errors}; ${theirs.empty}`)));
  console.log(`Readability's time over Backstory's: ${summary.articles.timeRatio.median.toFixed(1)}x (medians), ${summary.articles.timeRatio.mean.toFixed(1)}x (means)`);
  console.log(`Backstory keeps less than half the body (recall < 0.5): ${lowRecall.length} pages: ${lowRecall.map((r) => r.id).join(' ') || 'none'}`);
  const vs = (r: ArticleRow) => `${r.id} (${f2(r.backstory.recall)} vs ${f2(r.readability.recall)})`;
  console.log(`  of which Readability keeps more than 80% (recall > 0.8): ${target.length} pages: ${target.map(vs).join(' ') || 'none'}`);
  if (others.length) {
    const o = summary.others;
    console.log(`\nother pages: ${o.pages}; marks per page: median ${o.marksMedian}, mean ${o.marksMean.toFixed(1)}; with at least one mark: ${(100 * o.withMarks).toFixed(1)}%`);
    console.log(`  most marks: ${o.most.map((r) => `${r.id} ${r.type} ${r.marks}`).join(', ')}`);
  }
}
