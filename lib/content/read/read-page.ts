// The page side of a scan: the DOM read into blocks of text, and which of them are the article's.
// The content script runs it in idle-time slices (lib/content/slices.ts) and sends the text to the
// background, which finds the mentions (lib/match/mentions.ts); toMentions maps the answer back.
//
// A page is read in two scans. The article scan finds the story from the page's <p> elements (native
// queries, no walk) and reads only the story: that is all the marks need. The page scan reads every
// block, for the terms elsewhere on the page; the extension runs it only when the popup asks. When
// the <p> elements do not make a body worth trusting, the article scan reads the whole page at once.
import { walkBlocks, type TextBlock } from './blocks';
import { runAtOnce } from './steps';
import { declaredLanguage } from '../../text/language';
import { findArticleByParagraphsSteps, findArticleSteps, type ArticleRegions } from './article';
import type { FoundMention, PageText } from '../../match/mentions';
import type { NameQuestion } from '../../match/names';

export interface Mention {
  /** The entry's id. */
  id: string;
  block: TextBlock;
  start: number;
  end: number;
  inArticle: boolean;
  highlighted: boolean;
  /** How many of the page's mentions of this term this one stands for (1 when not said; see forThePage in lib/match/mentions.ts). */
  count?: number;
}

export interface ReadInput {
  doc: Document;
  /** 'article': the story only, if it can be found without reading the page; 'page': every block. */
  scope?: 'article' | 'page';
  /** The article as an earlier scan of the same page found it (a page scan then agrees with it). */
  article?: ArticleRegions;
  exclude?: Element | null;
  maxNodes?: number;
  /**
   * A long article's beginning, as soon as this many of its nodes are read (the read goes on): on a
   * long page, what the reader sees first is marked first (lib/content/scan-loop.ts).
   */
  head?: {
    /** Only for an article of more elements than this. */
    over: number;
    nodes: number;
    read(read: PageRead): void;
  };
}

/** A page read into blocks: what the text side needs, and what maps its answer back to the DOM. */
export interface PageRead {
  blocks: TextBlock[];
  text: PageText;
  article: ArticleRegions;
  /** Whether the whole page was read (else only the article: mentions elsewhere need a page scan). */
  whole: boolean;
}

export interface PageScan {
  mentions: Mention[];
  /** Questions the name check could not answer yet; their mentions are left out until it can. */
  questions: NameQuestion[];
  article: ArticleRegions;
  whole: boolean;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (the global Node is not there in the command-line tools). */
const FOLLOWING = 4;
/** Blocks placed in or out of the article between pauses of a read. */
const BLOCKS_PER_STEP = 200;

/**
 * Reads the page (or its article) into blocks, as a generator that pauses every few hundred nodes,
 * so the content script can run it in idle-time slices of a few milliseconds (lib/content/slices.ts).
 */
export function* readPage(input: ReadInput): Generator<void, PageRead> {
  const { doc } = input;
  const page = doc.body ?? doc.documentElement;
  const walk = { exclude: input.exclude, maxNodes: input.maxNodes, skipChrome: true };
  let article = input.article ?? (input.scope === 'article' ? yield* findArticleByParagraphsSteps(doc) : null);
  let blocks: TextBlock[];
  let whole = true;
  if (article && input.scope === 'article') {
    // The story alone: its body and, when it sits apart, its headline.
    const { roots, headline } = article;
    const parts = headline && !roots.some((r) => r.contains(headline)) ? [headline, ...roots] : [...roots];
    // In reading order, so the first mention marked is the first the reader meets.
    parts.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    blocks = [];
    const story = article;
    // Counted natively: a long article's size is known before its walk.
    const head = input.head && roots.reduce((n, r) => n + r.getElementsByTagName('*').length, 0) > input.head.over ? input.head : undefined;
    const checkpoint = head && {
      at: head.nodes,
      reached: (more: readonly TextBlock[]) => head.read(runAtOnce(readOf(doc, story, [...blocks, ...more], false))),
    };
    for (const part of parts) if (part.isConnected) blocks.push(...(yield* walkBlocks(part, { ...walk, checkpoint })));
    whole = false;
  } else {
    blocks = page ? yield* walkBlocks(page, walk) : [];
    yield;
    article ??= yield* findArticleSteps(doc, blocks);
  }
  yield;
  return yield* readOf(doc, article, blocks, whole);
}

/** The read of these blocks: their text, and which are in the article. */
function* readOf(doc: Document, article: ArticleRegions, blocks: TextBlock[], whole: boolean): Generator<void, PageRead> {
  const text: PageText = { texts: [], inArticle: [], lang: declaredLanguage(doc), story: article.story };
  for (const b of blocks) {
    text.texts.push(b.text);
    text.inArticle.push(article.contains(b.container));
    if (text.texts.length % BLOCKS_PER_STEP === 0) yield;
  }
  return { blocks, text, article, whole };
}

/** The text side's answer on the page's blocks. */
export function toMentions(read: PageRead, found: readonly FoundMention[]): Mention[] {
  return found.map((f) => ({ id: f.id, block: read.blocks[f.block], start: f.start, end: f.end, inArticle: f.inArticle, highlighted: f.highlighted, count: f.count }));
}

