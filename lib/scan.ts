// One way through a page: blocks of text -> matches -> context decisions -> which mentions to mark.
// The content script and the `scan` command both run these scans, so what the command reports is
// what the extension does.
//
// A page is read in two scans. The article scan finds the story from the page's <p> elements (native
// queries, no walk) and reads only the story: that is all the marks need. The page scan reads every
// block, for the terms elsewhere on the page; the extension runs it only when the popup asks. When
// the <p> elements do not make a body worth trusting, the article scan reads the whole page at once.
import type { CompiledIndex } from './dataset/compile';
import type { Category } from './dataset/schema';
import { walkBlocks, type TextBlock } from './dom/blocks';
import { declaredLanguage, guessLanguage } from './text/language';
import { findArticleByParagraphs, findArticleSteps, type ArticleRegions } from './dom/article';
import { decide, Paragraph } from './match/disambiguate';
import type { Match, Matcher } from './match/matcher';
import { nameQuestion, type NameCheck, type NameQuestion } from './match/names';

export interface SelectionOptions {
  /** Mark only the first mention of each term in the article, or every mention. */
  density: 'first' | 'all';
  /** Household names ("Russia", "Donald Trump") are listed but not marked unless this is on. */
  includeCommon: boolean;
  /** Categories the reader switched off. */
  hiddenCategories: readonly Category[];
}

export const DEFAULT_SELECTION: SelectionOptions = { density: 'first', includeCommon: false, hiddenCategories: [] };

export interface Mention {
  entry: number;
  block: TextBlock;
  start: number;
  end: number;
  inArticle: boolean;
  highlighted: boolean;
}

export interface ScanInput {
  doc: Document;
  /** 'article': the story only, if it can be found without reading the page; 'page': every block. */
  scope?: 'article' | 'page';
  /** The article as an earlier scan of the same page found it (a page scan then agrees with it). */
  article?: ArticleRegions;
  index: CompiledIndex;
  matcher: Matcher;
  selection?: SelectionOptions;
  exclude?: Element | null;
  maxNodes?: number;
  /** Tells first names from other words (see lib/match/names.ts); without it, no such check is made. */
  nameCheck?: NameCheck;
}

export interface PageScan {
  mentions: Mention[];
  /** Questions the name check could not answer yet; their mentions are left out until it can. */
  questions: NameQuestion[];
  article: ArticleRegions;
  /** Whether the whole page was read (else only the article: mentions elsewhere need a page scan). */
  whole: boolean;
}

/** Both scans in one go, as the extension does them once the popup has asked: the article scan's
 * mentions in the article, the page scan's elsewhere. */
export function scanDocument(input: ScanInput): PageScan {
  const first = drain(scanSteps({ ...input, scope: 'article' }));
  if (first.whole) return first;
  return wholePage(first, drain(scanSteps({ ...input, scope: 'page', article: first.article })));
}

/** The article scan's mentions in the article with the page scan's elsewhere, in that order. */
export function wholePage(article: PageScan, page: PageScan): PageScan {
  const asked = new Set<string>();
  const questions = [...article.questions, ...page.questions].filter((q) => {
    const key = `${q.word} ${q.surname}`;
    return !asked.has(key) && !!asked.add(key);
  });
  const mentions = [...article.mentions.filter((m) => m.inArticle), ...page.mentions.filter((m) => !m.inArticle)];
  return { mentions, questions, article: article.article, whole: true };
}

function drain<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (the global Node is not there in the command-line tools). */
const FOLLOWING = 4;

/** Blocks matched between pauses of the scan. */
const BLOCKS_PER_STEP = 50;

/**
 * The scan as a generator that pauses every few hundred nodes or few dozen blocks, so the content
 * script can run it in idle-time slices of a few milliseconds (see lib/page/slices.ts).
 */
export function* scanSteps(input: ScanInput): Generator<void, PageScan> {
  const { doc, index, matcher } = input;
  const selection = input.selection ?? DEFAULT_SELECTION;
  const page = doc.body ?? doc.documentElement;
  const walk = { exclude: input.exclude, maxNodes: input.maxNodes, skipChrome: true };
  let article = input.article ?? (input.scope === 'article' ? findArticleByParagraphs(doc) : null);
  let blocks: TextBlock[];
  let whole = true;
  if (article && input.scope === 'article') {
    // The story alone: its body and, when it sits apart, its headline.
    const { roots, headline } = article;
    const parts = headline && !roots.some((r) => r.contains(headline)) ? [headline, ...roots] : [...roots];
    // In reading order, so the first mention marked is the first the reader meets.
    parts.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    blocks = [];
    for (const part of parts) if (part.isConnected) blocks.push(...(yield* walkBlocks(part, walk)));
    whole = false;
  } else {
    blocks = page ? yield* walkBlocks(page, walk) : [];
    yield;
    article ??= yield* findArticleSteps(doc, blocks);
  }
  const lang = declaredLanguage(doc) || guessLanguage(leadingText(blocks));
  // The first-name check knows English names and English grammar only.
  const nameCheck = lang === 'en' || lang === '' ? input.nameCheck : undefined;

  // First pass: raw matches, and the entries the page mentions unambiguously (context for the rest).
  const raw: Match[][] = [];
  for (const block of blocks) {
    raw.push(matcher.findAll(block.text, lang));
    if (raw.length % BLOCKS_PER_STEP === 0) yield;
  }
  const pageEntries = new Set<number>();
  const blockedCount = new Map<number, number>();
  const plainCount = new Map<number, number>();
  for (const matches of raw) {
    for (const m of matches) {
      for (const a of m.aliases) {
        const counts = a.block ? blockedCount : plainCount;
        counts.set(a.entry, (counts.get(a.entry) ?? 0) + 1);
      }
      const plain = m.aliases.find((a) => !a.ambiguous && !a.block);
      if (plain) pageEntries.add(plain.entry);
    }
  }
  // One sense per page: where most occurrences of a term sit inside a phrase that means something
  // else ("Taiwan Semiconductor" nine times, a truncated "Taiwan Semiconduct…" once), the rest
  // are taken to mean that too.
  const overruled = new Set([...blockedCount].filter(([e, n]) => n > (plainCount.get(e) ?? 0)).map(([e]) => e));

  const mentions: Mention[] = [];
  const questions: NameQuestion[] = [];
  const marked = new Set<number>();
  const hidden = new Set(selection.hiddenCategories);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (b % BLOCKS_PER_STEP === 0) yield;
    if (!raw[b].length) continue;
    const paragraph = new Paragraph(block.text);
    const inArticle = article.contains(block.container);
    for (const m of raw[b]) {
      if (m.aliases.some((a) => a.block)) continue;
      const verdict = decide(m.aliases, index.entries, paragraph, pageEntries);
      if (!verdict || overruled.has(verdict.entry)) continue;
      const entry = index.entries[verdict.entry];
      if (nameCheck && entry.category === 'person') {
        const alias = m.aliases.find((a) => a.entry === verdict.entry)!;
        const q = nameQuestion(block.text, m.start, m.end, alias, entryWords(index, verdict.entry));
        const another = q && nameCheck(q);
        if (another) continue;
        if (q && another === undefined) {
          questions.push(q);
          continue;
        }
      }
      const eligible =
        inArticle &&
        (entry.tier === 'core' || selection.includeCommon) &&
        !hidden.has(entry.category) &&
        (selection.density === 'all' || !marked.has(verdict.entry));
      if (eligible) marked.add(verdict.entry);
      mentions.push({ entry: verdict.entry, block, start: m.start, end: m.end, inArticle, highlighted: eligible });
    }
  }
  return { mentions, questions, article, whole };
}

const wordsCache = new WeakMap<CompiledIndex, { byEntry: number[][]; words: Map<number, Set<string>> }>();
/** The lower-cased words of an entry's aliases ("Vladimir" is Putin's own name, not another person's), on demand. */
function entryWords(index: CompiledIndex, entry: number): Set<string> {
  let cache = wordsCache.get(index);
  if (!cache) {
    const byEntry: number[][] = index.entries.map(() => []);
    index.aliases.forEach((a, i) => byEntry[a[1]].push(i));
    wordsCache.set(index, (cache = { byEntry, words: new Map() }));
  }
  let words = cache.words.get(entry);
  if (!words) {
    words = new Set();
    for (const i of cache.byEntry[entry]) for (const w of index.aliases[i][0].toLowerCase().split(/[\s.]+/)) if (w) words.add(w);
    cache.words.set(entry, words);
  }
  return words;
}

/** The text around a mention, whitespace collapsed, up to `radius` characters either side. */
export function mentionContext(m: Mention, radius = 40): string {
  const t = m.block.text;
  const before = t.slice(Math.max(0, m.start - radius), m.start);
  const after = t.slice(m.end, m.end + radius);
  return `${before}${t.slice(m.start, m.end)}${after}`.replace(/[\s\u0000]+/g, ' ').trim();
}

export function mentionText(m: Mention): string {
  return m.block.text.slice(m.start, m.end).replace(/[\s\u0000]+/g, ' ');
}

/** The first few thousand characters of the page's text: enough to guess its language. */
function leadingText(blocks: TextBlock[], chars = 5000): string {
  let out = '';
  for (const b of blocks) {
    out += `${b.text} `;
    if (out.length >= chars) break;
  }
  return out;
}
