// Where the article is. Readers want the story annotated, not the menus, rails and comments around
// it (more than half of the term hits on real news pages sit outside the article). The idea is
// Readability's: paragraphs of prose vote for their parent and, less, for their grandparents; the
// element with most votes is the body, joined by siblings that also hold much prose. The prose
// decides, names only weigh in (see regions), and a body that cannot be trusted widens the read
// rather than losing the story. This file finds the paragraphs; regions.ts weighs them.
import type { TextBlock } from './blocks';
import { runAtOnce } from './steps';
import { regions, type ArticleRegions, type Prose } from './regions';
import { LONG_BODY } from './story-size';

const MIN_PARAGRAPH = 80; // characters: shorter blocks are captions, links and labels, not prose

export type { ArticleRegions } from './regions';

/** Blocks scored between pauses (see findArticleSteps). */
const BLOCKS_PER_STEP = 200;
/**
 * The least score a body found from <p> elements alone must reach to be trusted: a few paragraphs'
 * worth. Below it (a page that sets its prose in <div>s, or has no article), the caller reads every
 * block and asks findArticleSteps instead.
 */
export const MIN_BODY_SCORE = 3 * MIN_PARAGRAPH;

export function findArticle(doc: Document, blocks: TextBlock[]): ArticleRegions {
  return runAtOnce(findArticleSteps(doc, blocks));
}

/** The search over every block of the page, as a generator that pauses every few hundred blocks. */
export function* findArticleSteps(doc: Document, blocks: TextBlock[]): Generator<void, ArticleRegions> {
  const prose: Prose[] = [];
  let seen = 0;
  for (const b of blocks) {
    if (++seen % BLOCKS_PER_STEP === 0) yield;
    if (b.text.length < MIN_PARAGRAPH) continue; // most blocks: labels and links, short however spaced
    const length = b.text.replace(/\s+/g, ' ').trim().length;
    if (length >= MIN_PARAGRAPH && linkShare(b) <= 0.5) prose.push({ holder: b.container, length });
  }
  return regions(doc, prose);
}

/**
 * The search over the page's <p> elements alone, read with native queries: a news page's body is
 * nearly always set in them, and there are a hundred of those where there are thousands of nodes.
 * Null when they do not make a body worth trusting (see MIN_BODY_SCORE).
 */
export function findArticleByParagraphs(doc: Document): ArticleRegions | null {
  return runAtOnce(findArticleByParagraphsSteps(doc));
}

/** The same, pausing every few dozen paragraphs (a long page's links make each one count). */
export function* findArticleByParagraphsSteps(doc: Document): Generator<void, ArticleRegions | null> {
  const prose: Prose[] = [];
  const skipped = new Map<Element, boolean>();
  let seen = 0;
  // By tag, not by selector: the same elements in document order, and the cheapest query there is.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || unread(p, skipped)) continue;
    const length = text.replace(/\s+/g, ' ').trim().length;
    if (length < MIN_PARAGRAPH) continue;
    let linked = 0;
    // Most paragraphs are plain text: no element inside, no link to look for.
    if (p.firstElementChild) for (const a of Array.from(p.getElementsByTagName('a'))) linked += a.textContent?.length ?? 0;
    if (linked / text.length <= 0.5) prose.push({ holder: p, length });
  }
  yield;
  const found = regions(doc, prose);
  if (found.score < MIN_BODY_SCORE) return null;
  // A short body on a page of much more text is a bio or a caption beside a story set in <div>s:
  // the search over every block decides there. A body of a few thousand characters (LONG_BODY) is a
  // story and needs no comparison.
  if (found.prose >= LONG_BODY) return found;
  return found.prose >= SHORT_BODY_SHARE * visibleTextLength(doc) ? found : null;
}

/**
 * The least share of the page's text (less scripts and styles) that a body found from <p> elements
 * must hold to be trusted. A story holds a fifth to a half of a news page's text, menus and footers
 * included; a tenth leaves room for short briefs on heavy pages, and none for an author's bio.
 */
const SHORT_BODY_SHARE = 0.1;

/** The length of the page's text outside scripts, styles and templates: native calls, no walk. */
function visibleTextLength(doc: Document): number {
  const body = doc.body ?? doc.documentElement;
  let n = body?.textContent?.length ?? 0;
  if (!body) return n;
  for (const tag of ['script', 'style', 'noscript', 'template']) {
    for (const el of Array.from(body.getElementsByTagName(tag))) n -= el.textContent?.length ?? 0;
  }
  return n;
}

/** Paragraphs read between pauses (see findArticleByParagraphsSteps). */
const PARAGRAPHS_PER_STEP = 40;
/**
 * The paragraphs that vote, in document order. A news page has a few dozen to a few hundred; past
 * this many the body has long been decided (later paragraphs only add votes to the same wrappers),
 * and a book-length page should not spend seconds counting them before its first marks.
 */
const MAX_PARAGRAPHS = 2000;

/** Where a paragraph is not read at all (see isSkipped and page chrome in ./blocks). */
const UNREAD_TAGS = new Set(['NAV', 'FOOTER', 'TEMPLATE', 'NOSCRIPT']);
const UNREAD_ROLES = new Set(['navigation', 'contentinfo']);
/** Whether an element or an ancestor is unread, remembered in `cache` for the ancestors paragraphs share. */
function unread(el: Element, cache: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let verdict = false;
  // An ancestor walk with attribute reads: a selector list per paragraph (closest) costs more.
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = cache.get(e);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path.push(e);
    if (
      UNREAD_TAGS.has(e.nodeName.toUpperCase()) ||
      (e.hasAttributes() &&
        (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || UNREAD_ROLES.has(e.getAttribute('role') ?? '')))
    ) {
      verdict = true;
      break;
    }
  }
  for (const e of path) cache.set(e, verdict);
  return verdict;
}

/** The share of a block's characters that sit inside links. */
function linkShare(b: TextBlock): number {
  let linked = 0;
  for (const node of b.nodes) {
    const link = node.parentElement?.closest('a');
    if (link && b.container.contains(link)) linked += node.data.length;
  }
  return b.text.length ? linked / b.text.length : 0;
}
