// Where the article is. Readers want the story annotated, not the menus, rails and comments around
// it (more than half of the term hits on real news pages sit outside the article). The idea is
// Readability's: paragraphs of prose vote for their parent and, less, for their grandparents; the
// element with most votes is the body, joined by siblings that also hold much prose. The prose
// decides, names only weigh in (see regions), and a body that cannot be trusted widens the read
// rather than losing the story.
import type { TextBlock } from './blocks';
import { runAtOnce } from './steps';

const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);
const CONTENT_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const BOILERPLATE_ROLES = /^(navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|alert)$/;
// Matched against class and id. Chosen from what rails, menus and comment areas are called on the
// corpus pages and in Readability's list of unlikely candidates.
const BOILERPLATE_NAMES =
  /(^|[\s_-])(nav|navbar|navigation|menu|footer|sidebar|side-bar|rail|related|recirc|recommend\w*|comments?|disqus|share|sharing|social|newsletter|promo|sponsor\w*|advert\w*|ads?|ad-\w+|breadcrumbs?|taboola|outbrain|trending|most-?popular|popular|more-stories|subscribe|signup|cookie|consent|modal|banner|masthead|skip-link|byline-social|jump-links?)($|[\s_-])/i;

const MIN_PARAGRAPH = 80; // characters: shorter blocks are captions, links and labels, not prose
const SIBLING_SHARE = 0.2; // a sibling joins the body when it holds this share of the winner's prose
const BOILER_PENALTY = 0.25; // weight of prose under boilerplate-named wrappers when choosing the body
// A boilerplate-named element that holds at least this share of the prose around it is content (see regions).
const MAJOR_SHARE = 0.5;
// A body that holds less than this share of the page's prose is not trusted: the page is read whole,
// less its boilerplate. On an article page the story holds most of the prose (teasers and captions
// are short or made of links, and do not count as prose); a third leaves room for long comments.
const SMALL_SHARE = 1 / 3;
// Words an h1 needs to be taken for the story's headline rather than the site's name.
const HEADLINE_WORDS = 4;
/** Node.DOCUMENT_POSITION_FOLLOWING (the global Node is not there in the command-line tools). */
const FOLLOWING = 4;

export interface ArticleRegions {
  /** The elements that hold the article body (possibly several), or empty when none stood out. */
  roots: Element[];
  /** Whether the body is one story (else a listing, a home page, or the page read whole for want of one). */
  story: boolean;
  /** The story's headline (an h1), which may sit outside the body. */
  headline: Element | null;
  /** Whether a block's container belongs to the article (headline included, boilerplate excluded). */
  contains(container: Element): boolean;
}

/** Blocks scored between pauses (see findArticleSteps). */
const BLOCKS_PER_STEP = 200;
/**
 * The least score a body found from <p> elements alone must reach to be trusted: a few paragraphs'
 * worth. Below it (a page that sets its prose in <div>s, or has no article), the caller reads every
 * block and asks findArticleSteps instead.
 */
export const MIN_BODY_SCORE = 3 * MIN_PARAGRAPH;

/** A paragraph of prose: the element that holds it and its length in characters, spaces collapsed. */
interface Prose {
  holder: Element;
  length: number;
}

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
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || unread(p, skipped)) continue;
    const length = text.replace(/\s+/g, ' ').trim().length;
    if (length < MIN_PARAGRAPH) continue;
    let linked = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) linked += a.textContent?.length ?? 0;
    if (linked / text.length <= 0.5) prose.push({ holder: p, length });
  }
  yield;
  const found = regions(doc, prose);
  if (found.score < MIN_BODY_SCORE) return null;
  // A short body on a page of much more text is a bio or a caption beside a story set in <div>s:
  // the search over every block decides there. A body of a few thousand characters is a story.
  if (found.prose >= LONG_BODY) return found;
  return found.prose >= SHORT_BODY_SHARE * visibleTextLength(doc) ? found : null;
}

/**
 * The least share of the page's text (less scripts and styles) that a body found from <p> elements
 * must hold to be trusted. A story holds a fifth to a half of a news page's text, menus and footers
 * included; a tenth leaves room for short briefs on heavy pages, and none for an author's bio.
 */
const SHORT_BODY_SHARE = 0.1;
/** Characters of prose beyond any bio, caption or standfirst: such a body needs no comparison. */
const LONG_BODY = 3000;

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

function regions(doc: Document, prose: Prose[]): ArticleRegions & { score: number; prose: number } {
  // How much prose each element holds, counted up every ancestor: the prose decides what the story
  // is, and an element's name only says what it probably is.
  const held = new Map<Element, number>();
  let total = 0;
  for (const { holder, length } of prose) {
    total += length;
    for (let el: Element | null = holder; el; el = parentOf(el)) held.set(el, (held.get(el) ?? 0) + length);
  }
  const proseIn = (el: Element) => held.get(el) ?? 0;

  const named = new Map<Element, boolean>();
  const isNamedBoiler = (el: Element): boolean => {
    let v = named.get(el);
    if (v === undefined) {
      const tag = el.nodeName.toUpperCase();
      // Pages put state on <html> and <body> ("ads-enabled", "nav-open"); <main> and <article> say what they hold.
      if (CONTENT_TAGS.has(tag)) return false;
      const role = el.getAttribute('role') ?? '';
      const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
      v = BOILERPLATE_TAGS.has(tag) || BOILERPLATE_ROLES.test(role) || BOILERPLATE_NAMES.test(names);
      named.set(el, v);
    }
    return v;
  };
  // Boilerplate is what is named or tagged so and holds less than half the prose around it (the
  // page's, or the body's): a wrapper that holds most of the story is the story, whatever a layout
  // called it ("sidebar-and-content-body", "box article modal-enabled"). No rail or menu beside a
  // story holds more prose than the story itself.
  const isBoiler = (el: Element, around: number) => isNamedBoiler(el) && proseIn(el) < MAJOR_SHARE * around;

  // Whether an element or one of its ancestors is boilerplate on the page, remembered along the way up.
  const underBoiler = new Map<Element, boolean>();
  const hasBoilerAbove = (el: Element): boolean => {
    let v = underBoiler.get(el);
    if (v === undefined) {
      const parent = parentOf(el);
      v = isBoiler(el, total) || (parent !== null && hasBoilerAbove(parent));
      underBoiler.set(el, v);
    }
    return v;
  };

  const scores = new Map<Element, number>();
  for (const { holder, length } of prose) {
    // Like Readability: a paragraph votes for its parent, and half as much for its grandparent, so
    // a body whose paragraphs sit in separate wrappers still wins over one long paragraph.
    let el: Element | null = parentOf(holder);
    for (let level = 1; el && level <= 3; level++, el = parentOf(el)) {
      scores.set(el, (scores.get(el) ?? 0) + length / level);
    }
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    // Prose inside something named like a rail or comments counts less, not nothing: layouts name
    // their wrappers after the rail beside the article ("article-right-rail").
    const score = hasBoilerAbove(el) ? raw * BOILER_PENALTY : raw;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  let roots: Element[] = [];
  if (best) {
    // Prefer a semantic wrapper just around the winner: it usually holds the headline too.
    const semantic = best.closest('article, [itemprop="articleBody"], [role="main"], main');
    const base = semantic && depth(best) - depth(semantic) <= 3 ? semantic : best;
    roots.push(base);
    const parent = base.parentElement;
    if (parent) {
      for (const sib of Array.from(parent.children)) {
        if (sib !== base && (scores.get(sib) ?? 0) >= bestScore * SIBLING_SHARE && !isBoiler(sib, total)) roots.push(sib);
      }
    }
    // A story split into repeated containers (an advert or a picture between each) is made of every
    // container of the same tag and class that holds prose, wherever the layout nests them.
    // The headings and lists between them belong to the story too: the body is then the element
    // that holds them all, unless that is the whole page.
    const cls = base.getAttribute('class')?.trim();
    if (cls) {
      const parts = [...held.keys()].filter(
        (el) => el !== base && el.localName === base.localName && el.getAttribute('class')?.trim() === cls && !inAny(roots, el) && !hasBoilerAbove(el),
      );
      const holder = parts.reduce<Element | null>((a, el) => (a ? commonAncestor(a, el) : null), base);
      const page = doc.body ?? doc.documentElement;
      if (parts.length && holder && holder !== page && holder !== doc.documentElement) roots = [holder];
      else roots.push(...parts);
    }
  }
  const headline = findHeadline(doc, roots, hasBoilerAbove);
  let story = roots.length > 0;
  if (roots.length) {
    const page = doc.body ?? doc.documentElement;
    // A body that holds little of the page's prose is a guess among many blocks (a listing, a page
    // whose story is split up): read the nearest element that holds most of the prose, less its
    // boilerplate, rather than a fragment; what it holds is not known to be one story.
    const bodyProse = roots.reduce((n, r) => n + proseIn(r), 0);
    if (bodyProse < SMALL_SHARE * total) {
      let el: Element | null = roots[0];
      while (el && proseIn(el) < MAJOR_SHARE * total) el = parentOf(el);
      roots = [el ?? page];
      story = false;
    }
    // The story starts under its headline: when the first paragraph after it lies outside the body
    // (a standfirst in the header, a story split across wrappers), the body grows to take it in.
    const lead = headline && isHeadline(headline) ? firstProseAfter(headline, prose, hasBoilerAbove) : null;
    if (lead && !inAny(roots, lead)) {
      roots = [commonAncestor(roots[0], lead) ?? page];
      story &&= roots[0] !== page;
    }
  }

  // Whether an element is in the body, remembered for it and every element passed on the way up
  // (a page's blocks share most of their ancestors).
  const scope = roots.length ? roots.reduce((n, r) => n + proseIn(r), 0) : total;
  const inBody = new Map<Element, boolean>();
  const contains = (container: Element): boolean => {
    if (headline && (container === headline || headline.contains(container))) return true;
    const path: Element[] = [];
    // No body stood out: the whole page counts, less its boilerplate.
    let verdict = roots.length === 0;
    // Boilerplate between the block and the body excludes it; what wraps the body does not matter.
    for (let el: Element | null = container; el; el = parentOf(el)) {
      const known = inBody.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(el);
      if (roots.includes(el) || isBoiler(el, scope)) {
        verdict = roots.includes(el);
        break;
      }
    }
    for (const el of path) inBody.set(el, verdict);
    return verdict;
  };
  return { roots, headline, contains, story, score: bestScore, prose: roots.reduce((n, r) => n + proseIn(r), 0) };
}

/** Whether `el` is one of `roots` or inside one. */
function inAny(roots: Element[], el: Element): boolean {
  return roots.some((r) => r === el || r.contains(el));
}

/** A story's headline has a few words; an h1 that holds the site's name or logo does not. */
function isHeadline(h: Element): boolean {
  return (h.textContent ?? '').trim().split(/\s+/).length >= HEADLINE_WORDS;
}

/** The first paragraph of prose after `el` in reading order, outside boilerplate. */
function firstProseAfter(el: Element, prose: Prose[], hasBoilerAbove: (e: Element) => boolean): Element | null {
  for (const { holder } of prose) {
    if (el.compareDocumentPosition(holder) & FOLLOWING && !hasBoilerAbove(holder)) return holder;
  }
  return null;
}

/** The nearest element that holds both (null when they share none, as across a shadow root). */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** The parent element, stepping out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}

function depth(el: Element): number {
  let d = 0;
  for (let e: Element | null = el; e; e = e.parentElement) d++;
  return d;
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

/** The headline: the first h1 inside the body, else the first h1 of the page outside boilerplate. */
function findHeadline(doc: Document, roots: Element[], hasBoilerAbove: (e: Element) => boolean): Element | null {
  for (const r of roots) {
    const h = r.getElementsByTagName('h1')[0];
    if (h) return h;
  }
  for (const h of Array.from(doc.getElementsByTagName('h1'))) {
    if (!hasBoilerAbove(h)) return h;
  }
  return null;
}
