// The command line reads a saved page as Chromium does: for every saved page in the fixtures
// (tests/fixtures/pages and tests/fixtures/corpus/pages), the text blocks the project's own reader
// (lib/content/read/blocks.ts collectBlocks, as lib/scan.ts calls it) finds in the command line's parse
// (harness/node-dom.ts parseHtml, what scan, eval and the detection test use) are the ones it finds
// in Chromium's DOM of the same file, and so is the number of <p> elements (lib/content/read/article finds the
// story from those). Every figure `scan` and `eval` give rests on that parse; the parser before
// (happy-dom) gave other blocks on 18 of these 111 pages (and other <p> counts on 29), two of them
// (mediacloud/indiatimes.com-*) with no <p> at all.
//
// How the two sides are made comparable:
// - Chromium loads each page from the test server, JavaScript off (`scriptEnabled=false`), so the
//   page's scripts do not change the DOM, and with it the parser's scripting flag is off, as in the
//   command line's parse (a DOMParser document): <noscript> is parsed as markup on both sides. (With
//   JavaScript on, as readers browse, a <noscript> in <head> stays raw text; with it off, its text
//   closes the head and lands in <body>. Among these pages that changes one block, on
//   nbcmontana.com-nebraska-crash.html: "Please ensure Javascript is enabled…".)
// - Encoding: the server declares `charset=utf-8`, which outranks any <meta charset>, and the
//   command line reads files as UTF-8, so both decode the same bytes the same way. That is right for
//   these files, all of which are UTF-8 (checked below), including five whose <meta> still names
//   ISO-8859-1 or -15 from before they were saved; a browser opening such a file from disk would
//   decode it as windows-1252 and mangle its accents. page.setContent was not used: it writes the
//   markup into the page through document.write, not the parser a loaded page goes through.
// - Every request but the page itself is aborted: no network, and a <meta http-equiv="refresh">
//   (one page redirects to an "unsupported browser" page after a second) cannot navigate away.
// Known gap, not exercised by these pages: jsdom does not attach declarative shadow roots
// (<template shadowrootmode>), which Chromium's parser does and collectBlocks reads.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { collectBlocks } from '../../lib/content/read/blocks';
import { listPages } from '../../harness/integrity';
import { parseHtml } from '../../harness/node-dom';
import { launch, ROOT } from '../../harness/browser';
import { useBrowser } from '../support/suite';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** Where saved pages are kept, under FIXTURES: the integrity set and the gold corpus's pages. */
const PAGE_DIRS = ['pages', 'corpus/pages'].filter((dir) => existsSync(join(FIXTURES, dir)));
/** Paths under FIXTURES, which the test server serves. */
const pages = PAGE_DIRS.flatMap((dir) => listPages(join(FIXTURES, dir)).map((page) => `${dir}/${page}`));
/** Longest a page may take: its load in Chromium and its parse in Node (3 MB pages take about 2 s each). */
const PAGE_TIMEOUT_MS = 60_000;
/** Characters of each side's differing block shown when a page differs. */
const SHOWN = 300;

/** What both sides report: the page's text blocks, and how many <p> elements it has (lib/content/read/article reads those). */
interface Read {
  blocks: string[];
  paragraphs: number;
}

/** Runs in Chromium (bundled with lib/content/read/blocks.ts) and in Node on the command line's parse. */
function read(doc: Document, collect: typeof collectBlocks): Read {
  const root = doc.body ?? doc.documentElement;
  return {
    blocks: root ? collect(root, { skipChrome: true }).map((b) => b.text) : [],
    paragraphs: doc.getElementsByTagName('p').length,
  };
}

/** lib/content/read/blocks.ts and read() as one script for the page: it defines globalThis.__parityRead. */
async function bundleReader(): Promise<string> {
  const { outputFiles } = await build({
    stdin: {
      contents: `import { collectBlocks } from './lib/content/read/blocks';
        const read = ${read.toString()};
        (globalThis as unknown as { __parityRead: () => unknown }).__parityRead = () => read(document, collectBlocks);`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'parity-reader.ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  return outputFiles[0].text;
}

/** Where two reads of a page part, or null when they agree. */
function firstDifference(node: Read, chromium: Read): string | null {
  if (node.paragraphs !== chromium.paragraphs) return `<p> elements: ${node.paragraphs} in Node, ${chromium.paragraphs} in Chromium`;
  const n = Math.max(node.blocks.length, chromium.blocks.length);
  for (let i = 0; i < n; i++) {
    if (node.blocks[i] === chromium.blocks[i]) continue;
    const show = (s: string | undefined) => (s === undefined ? '(none)' : JSON.stringify(s.slice(0, SHOWN)));
    return (
      `block ${i} of ${node.blocks.length} in Node, ${chromium.blocks.length} in Chromium:\n` +
      `  Node:     ${show(node.blocks[i])}\n  Chromium: ${show(chromium.blocks[i])}`
    );
  }
  return null;
}

describe('the command-line parse of saved pages', () => {
  // One browser without the extension for all pages, taken in sequence; JavaScript off.
  const suite = useBrowser(() => launch({ extension: null, args: ['--blink-settings=scriptEnabled=false'] }), FIXTURES);
  let reader = '';
  beforeAll(async () => {
    reader = await bundleReader();
  });

  async function readInChromium(name: string): Promise<Read> {
    const url = suite.server.url(name.split('/').map(encodeURIComponent).join('/'));
    const page = await suite.browser.context.newPage();
    try {
      // 'aborted' commits no error page, so the page stays when a refresh is refused.
      await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort('aborted')));
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
      await page.evaluate(reader);
      const result = await page.evaluate(() => (globalThis as unknown as { __parityRead: () => Read }).__parityRead());
      expect(page.url(), 'the page stayed where it was loaded').toBe(url);
      return result;
    } finally {
      await page.close();
    }
  }

  async function readInNode(name: string): Promise<Read> {
    const { doc, close } = parseHtml(readFileSync(join(FIXTURES, name), 'utf8'));
    try {
      return read(doc, collectBlocks);
    } finally {
      await close();
    }
  }

  it('has the fixture pages, all of them UTF-8', () => {
    expect(pages.length).toBeGreaterThanOrEqual(90);
    const notUtf8 = pages.filter((name) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(FIXTURES, name)));
        return false;
      } catch {
        return true;
      }
    });
    expect(notUtf8).toEqual([]);
  });

  it("runs none of a page's scripts in Chromium", async () => {
    // own/scripted-article.html's inline script replaces #marker's text with an element count.
    const url = suite.server.url('pages/own/scripted-article.html');
    const page = await suite.browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const marker = await page.locator('#marker').textContent();
    await page.close();
    expect(marker).toBe("The page's script has not run.");
  });

  it.each(pages)('%s: the same text blocks as in Chromium', async (name) => {
    const chromium = await readInChromium(name);
    const node = await readInNode(name);
    expect({ page: name, difference: firstDifference(node, chromium) }).toEqual({ page: name, difference: null });
  }, PAGE_TIMEOUT_MS);
});
