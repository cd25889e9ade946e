// Detection judged against hand-made gold annotations (tests/fixtures/corpus) of real pages
// (tests/fixtures/corpus/pages and tests/fixtures/pages, with provenance): a change that loses recall or
// precision, or hits a trap, fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary, scorePage, totals, type Gold, type PageScore } from '../../harness/eval-lib';
import { scanFile } from '../../harness/scan-lib';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CORPUS = join(FIXTURES, 'corpus');
const vocab = loadVocabulary(readFileSync(join(CORPUS, 'vocabulary.tsv'), 'utf8'));

async function score(gold: Gold, file: string): Promise<PageScore> {
  return scorePage(gold, await scanFile(file, readFileSync(file, 'utf8')), vocab);
}

describe('detection on real pages', () => {
  it('finds every required term of the seed article, and nothing wrong', async () => {
    const gold: Gold = JSON.parse(readFileSync(join(FIXTURES, 'seed-article.gold.json'), 'utf8'));
    const s = await score(gold, join(FIXTURES, 'seed-article.html'));
    expect(s.missed).toEqual([]);
    expect(s.fp).toEqual([]);
    expect(s.found).toBe(gold.required.length);
  });

  it('keeps recall, precision and traps on the corpus sample', async () => {
    const golds: Gold[] = readdirSync(join(CORPUS, 'gold'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(CORPUS, 'gold', f), 'utf8')));
    const scores: PageScore[] = [];
    // The gold pages that the integrity checks do not use sit beside their gold files.
    const page = (p: string) => [join(CORPUS, 'pages', p), join(FIXTURES, 'pages', p)].find((f) => existsSync(f)) ?? p;
    for (const g of golds) scores.push(await score(g, page(g.page)));
    const t = totals(scores);
    const detail = scores.map((s) => `${s.page}: missed [${s.missed}] false [${s.fp}] traps ${s.trapHits}`).join('\n');
    expect(t.pages, detail).toBe(golds.length);
    expect(t.pages).toBeGreaterThanOrEqual(90);
    expect(t.recall, detail).toBeGreaterThanOrEqual(0.97);
    expect(t.recallOther, detail).toBeGreaterThanOrEqual(0.9);
    expect(t.precision, detail).toBeGreaterThanOrEqual(0.97);
    // One known hit is the scorer's, not a wrong sense: on mediacloud/kenyatoday.com-moi-burial.html the
    // trap "EU Casino" is a few words from "any EU authorities", a right mention whose context the
    // snippet holds (the reference scorer matches traps by context).
    expect(t.trapHits, detail).toBeLessThanOrEqual(1);
    expect(t.required).toBeGreaterThanOrEqual(35);
    expect(t.traps).toBeGreaterThan(150);
  }, 300_000); // a hundred pages parsed and scanned: about a minute on two busy cores
});

describe('the command line asks what the extension asks', () => {
  it('answers a first name it met only on a mention decided against, then scans again', async () => {
    // The command line loads compromise only once a page asks a first-name question; a surname
    // after another first name must be asked about even where that mention is not reported (no cue
    // for John Bolton around it), or the bare surname after it ("John" a cue there) is taken for the
    // dataset's person.
    const html =
      '<html lang="en"><body><h1>Q&amp;A: Michael Bolton</h1><p>You know Michael Bolton as the smooth voice of many a love ballad.</p>' +
      '<p>A triple-threat of music, Bolton has sung with John Legend and written for some of the biggest names in every genre.</p></body></html>';
    expect((await scanFile('singer.html', html)).terms).toEqual([]);
    const adviser = html.replace(/Michael Bolton/g, 'John Bolton').replace('as the smooth voice of many a love ballad', 'as the national security adviser');
    expect((await scanFile('adviser.html', adviser)).terms).toEqual(['bolton']);
  });
});
