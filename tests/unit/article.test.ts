// The article scan finds the story from <p> elements alone and reads only the story; the page scan
// reads the rest. Checked on the saved pages (tests/fixtures/pages and corpus/pages) and on small pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectBlocks, type TextBlock } from '../../lib/content/read/blocks';
import { findArticle, findArticleByParagraphs } from '../../lib/content/read/article';
import { scanDocument, scanPage, type PageScan } from '../../lib/scan';
import { parseHtml } from '../../harness/node-dom';
import { build, dom, entry } from './helpers';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const pages = [join(FIXTURES, 'pages'), join(FIXTURES, 'corpus', 'pages')].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f)),
);

describe('finding the article from its paragraphs', () => {
  // The two searches count different prose (<p> elements alone, or every block), so their bodies may
  // differ in extent; they must agree on where the story is. Prose here: blocks of 80 characters or more.
  it('finds where the story is as the search over every block does, on nearly every saved page', async () => {
    const disagree: string[] = [];
    let answered = 0;
    for (const file of pages) {
      const { doc, close } = parseHtml(readFileSync(file, 'utf8'));
      const quick = findArticleByParagraphs(doc);
      if (!quick) {
        await close();
        continue;
      } // the page scan's search decides there (checked below)
      answered++;
      const blocks = collectBlocks(doc.body, { skipChrome: true });
      const full = findArticle(doc, blocks);
      const prose = blocks.filter((b) => b.text.trim().length >= 80);
      const size = (keep: (b: TextBlock) => boolean) => prose.filter(keep).reduce((n, b) => n + b.text.length, 0);
      const inFull = size((b) => full.contains(b.container));
      const shared = size((b) => full.contains(b.container) && quick.contains(b.container));
      const inQuick = size((b) => quick.contains(b.container));
      // Agreement: the fast answer keeps most of what the full search keeps, or more prose than it.
      if (shared < 0.8 * inFull && inQuick < inFull) disagree.push(`${file}: shared ${shared} of ${inFull}, fast ${inQuick}`);
      await close();
    }
    // Home pages, listings, prose in <div>s and short stories on heavy pages are left to the full search.
    expect(answered).toBeGreaterThanOrEqual(pages.length * 0.6);
    expect(disagree.length, disagree.join('\n')).toBeLessThanOrEqual(Math.floor(answered * 0.05));
  }, 300_000); // every saved page parsed and read twice

  it('gives no answer where the prose is not in <p> elements, and the scan then reads the whole page', () => {
    const { index, matcher } = build([entry('new-start', ['New START'])]);
    const prose = 'The treaty limits deployed strategic warheads and launchers, with inspections on both sides. '.repeat(3);
    const doc = dom(`<body><div class="story">${prose}New START lapsed.<br>${prose}</div><aside>New START</aside></body>`);
    expect(findArticleByParagraphs(doc)).toBeNull();
    const scan = scanPage({ doc, index, matcher, scope: 'article' });
    expect(scan.whole).toBe(true);
    expect(scan.mentions.map((m) => m.inArticle)).toEqual([true, false]);
  });
});

describe('the article scan and the page scan', () => {
  const { index, matcher } = build([entry('new-start', ['New START']), entry('minsk', ['Minsk'])]);
  const para = (s: string) => `<p>${s} The treaty limits deployed strategic warheads and launchers, with inspections.</p>`;
  const html = `<body><nav>Minsk</nav><h1>New START lapses</h1><div class="rail">Minsk talks</div>
    <article>${para('New START was signed in Prague.')}${para('Talks in Minsk failed.')}${para('New START again.')}</article>
    <aside class="related"><p>Minsk: a longer teaser about the talks in the Belarusian capital and what came of them.</p></aside></body>`;

  it('reads only the story (headline and body) at first', () => {
    const doc = dom(html);
    const scan = scanPage({ doc, index, matcher, scope: 'article' });
    expect(scan.whole).toBe(false);
    expect(scan.mentions.every((m) => m.inArticle)).toBe(true);
    // The headline's "New START" is the first mention, so it is the one marked.
    expect(scan.mentions.map((m) => [m.block.text.slice(m.start, m.end), m.highlighted])).toEqual([
      ['New START', true],
      ['New START', false],
      ['Minsk', true],
      ['New START', false],
    ]);
  });

  it('together find what one scan of the whole page finds, the marks from the story', () => {
    const doc = dom(html);
    const both = scanDocument({ doc, index, matcher });
    const page = scanPage({ doc, index, matcher, scope: 'page' });
    const seen = (s: PageScan) => s.mentions.map((m) => `${m.block.text.slice(m.start, m.end)}:${m.inArticle}:${m.highlighted}`).sort();
    expect(both.whole).toBe(true);
    expect(seen(both)).toEqual(seen(page));
    expect(both.mentions.filter((m) => !m.inArticle)).toHaveLength(2); // the rail and the related teaser, not the menu
  });
});

describe('finding the story when names and layout mislead', () => {
  const sentence = 'The treaty limits deployed strategic warheads and launchers, with inspections on both sides of the border.';
  const p = (s = '') => `<p>${s} ${sentence}</p>`;
  const article = (doc: Document) => findArticle(doc, collectBlocks(doc.body, { skipChrome: true }));
  const inArticle = (doc: Document, text: string) => {
    const a = article(doc);
    return collectBlocks(doc.body, { skipChrome: true }).filter((b) => b.text.includes(text)).map((b) => a.contains(b.container));
  };

  it('keeps a story whose wrapper is named like boilerplate when it holds most of the prose', () => {
    const doc = dom(`<body><h1>Talks on the treaty resume</h1><div class="sidebar-and-content-body"><div class="box article modal-enabled">
      ${p('First.')}${p('Second.')}${p('Third.')}${p('Fourth.')}</div></div><div class="sidebar"><p>${sentence} Teaser.</p></div></body>`);
    expect(inArticle(doc, 'First.')).toEqual([true]);
    expect(inArticle(doc, 'Fourth.')).toEqual([true]);
    expect(inArticle(doc, 'Teaser.')).toEqual([false]);
  });

  it('reads a story split into repeated containers, with what lies between them', () => {
    const doc = dom(`<body><div class="content"><h1>A story in chunks on one page</h1>
      <div class="chunk">${p('One.')}${p('Two.')}</div><h2>Between the chunks</h2><div class="ad">Advert</div>
      <div class="chunk">${p('Three.')}${p('Four.')}</div><div class="chunk">${p('Five.')}</div></div>
      <aside class="related"><p>${sentence} Related.</p></aside></body>`);
    for (const t of ['One.', 'Three.', 'Five.', 'Between the chunks']) expect(inArticle(doc, t), t).toEqual([true]);
    expect(inArticle(doc, 'Related.')).toEqual([false]);
  });

  it('takes in the paragraph under the headline when the body found starts below it', () => {
    const doc = dom(`<body><div class="story"><header><h1>The headline of the story</h1><p class="standfirst">${sentence} Standfirst.</p></header>
      <div class="text">${p('One.')}${p('Two.')}${p('Three.')}</div></div><footer>${sentence}</footer></body>`);
    expect(inArticle(doc, 'Standfirst.')).toEqual([true]);
    expect(inArticle(doc, 'One.')).toEqual([true]);
  });

  it('leaves a short <p> body on a page of much more text to the search over every block', () => {
    const story = `<div class="story">${`<div>${sentence} ${sentence}</div>`.repeat(30)}</div>`;
    const doc = dom(`<body><h1>A story set in divs</h1>${story}<div class="author"><p>${sentence} ${sentence} ${sentence} The author.</p></div></body>`);
    expect(findArticleByParagraphs(doc)).toBeNull();
    expect(article(doc).roots.map((r) => r.className)).toEqual(['story']);
  });
});
