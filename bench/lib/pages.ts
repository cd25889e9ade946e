// Which pages the benchmarks read: a folder given on the command line (every .html in it), or by
// default a small set spanning the sizes Backstory meets, all of them the tests' fixture pages,
// used where they lie rather than copied (provenance in tests/fixtures), none from the projects whose
// test pages are kept for independent checks.
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ROOT } from '../../harness/browser';

const DEFAULT_PAGES = [
  'tests/fixtures/corpus/pages/goose3/cnn1.html', // small article
  'tests/fixtures/corpus/pages/goose3/foxNews.html', // small article, many terms
  'tests/fixtures/corpus/pages/scrapinghub/cbsnews.com_7a664e40d2.html', // median page
  'tests/fixtures/corpus/pages/readability/wikipedia-2.html', // large page: 10k elements
];

/** `dir` to serve and read from, and the pages as paths relative to it. */
export function pageSet(dirArg: string | undefined, skip: string[] = []): { dir: string; pages: string[] } {
  if (!dirArg) return { dir: ROOT, pages: DEFAULT_PAGES };
  const dir = resolve(dirArg);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !skip.includes(basename(f)))
    .sort();
  if (!pages.length) throw new Error(`no .html pages in ${dir}`);
  return { dir, pages };
}
