// From paragraphs of prose to the article's regions: which element is the body, what joins it, its
// headline, and which blocks belong to it. Readability's idea: paragraphs vote for their parent and,
// less, for their grandparents; the element with most votes is the body, joined by siblings that
// also hold much prose. The prose decides, names only weigh in (see prose-map.ts).
import { MAJOR_SHARE, parentOf, ProseMap, type Prose } from './prose-map';

export type { Prose } from './prose-map';

const SIBLING_SHARE = 0.2; // a sibling joins the body when it holds this share of the winner's prose
const BOILER_PENALTY = 0.25; // weight of prose under boilerplate-named wrappers when choosing the body
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

/** The article's regions from its paragraphs of prose, with the winning score and the body's prose. */
export function regions(doc: Document, prose: Prose[]): ArticleRegions & { score: number; prose: number } {
  const map = new ProseMap(prose);
  const { best, bestScore, scores } = vote(map);
  let roots = best ? bodyRoots(doc, map, best, bestScore, scores) : [];
  const headline = findHeadline(doc, roots, map);
  let story = roots.length > 0;
  if (roots.length) ({ roots, story } = trusted(doc, map, roots, headline));
  const contains = membership(map, roots, headline);
  return { roots, headline, contains, story, score: bestScore, prose: roots.reduce((n, r) => n + map.proseIn(r), 0) };
}

/** The element the paragraphs vote for, its score, and every element's score. */
function vote(map: ProseMap): { best: Element | null; bestScore: number; scores: Map<Element, number> } {
  const scores = new Map<Element, number>();
  for (const { holder, length } of map.prose) {
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
    const score = map.hasBoilerAbove(el) ? raw * BOILER_PENALTY : raw;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return { best, bestScore, scores };
}

/** The body: the winner (or a semantic wrapper just around it), siblings with much prose, repeated parts. */
function bodyRoots(doc: Document, map: ProseMap, best: Element, bestScore: number, scores: Map<Element, number>): Element[] {
  // Prefer a semantic wrapper just around the winner (three levels up at most): it usually holds the headline too.
  let base = best;
  for (let el: Element | null = best, up = 0; el && up <= 3; el = el.parentElement, up++) {
    if (isSemantic(el)) {
      base = el;
      break;
    }
  }
  const roots = [base];
  const parent = base.parentElement;
  if (parent) {
    for (const sib of Array.from(parent.children)) {
      if (sib !== base && (scores.get(sib) ?? 0) >= bestScore * SIBLING_SHARE && !map.isBoiler(sib, map.total)) roots.push(sib);
    }
  }
  // A story split into repeated containers (an advert or a picture between each) is made of every
  // container of the same tag and class that holds prose, wherever the layout nests them.
  // The headings and lists between them belong to the story too: the body is then the element
  // that holds them all, unless that is the whole page.
  const cls = base.getAttribute('class')?.trim();
  if (!cls) return roots;
  const parts = [...map.held.keys()].filter(
    (el) => el !== base && el.localName === base.localName && el.getAttribute('class')?.trim() === cls && !inAny(roots, el) && !map.hasBoilerAbove(el),
  );
  const holder = parts.reduce<Element | null>((a, el) => (a ? commonAncestor(a, el) : null), base);
  const page = doc.body ?? doc.documentElement;
  if (parts.length && holder && holder !== page && holder !== doc.documentElement) return [holder];
  return [...roots, ...parts];
}

/** The body as far as it can be trusted: widened to most of the prose, or to take in the story's lead. */
function trusted(doc: Document, map: ProseMap, roots: Element[], headline: Element | null): { roots: Element[]; story: boolean } {
  const page = doc.body ?? doc.documentElement;
  let story = true;
  // A body that holds little of the page's prose is a guess among many blocks (a listing, a page
  // whose story is split up): read the nearest element that holds most of the prose, less its
  // boilerplate, rather than a fragment; what it holds is not known to be one story.
  const bodyProse = roots.reduce((n, r) => n + map.proseIn(r), 0);
  if (bodyProse < SMALL_SHARE * map.total) {
    let el: Element | null = roots[0];
    while (el && map.proseIn(el) < MAJOR_SHARE * map.total) el = parentOf(el);
    roots = [el ?? page];
    story = false;
  }
  // The story starts under its headline: when the first paragraph after it lies outside the body
  // (a standfirst in the header, a story split across wrappers), the body grows to take it in.
  const lead = headline && isHeadline(headline) ? firstProseAfter(headline, map) : null;
  if (lead && !inAny(roots, lead)) {
    roots = [commonAncestor(roots[0], lead) ?? page];
    story &&= roots[0] !== page;
  }
  return { roots, story };
}

/**
 * Whether an element is in the body, remembered for it and every element passed on the way up (a
 * page's blocks share most of their ancestors).
 */
function membership(map: ProseMap, roots: Element[], headline: Element | null): (container: Element) => boolean {
  const scope = roots.length ? roots.reduce((n, r) => n + map.proseIn(r), 0) : map.total;
  const inBody = new Map<Element, boolean>();
  return (container) => {
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
      if (roots.includes(el) || map.isBoiler(el, scope)) {
        verdict = roots.includes(el);
        break;
      }
    }
    for (const el of path) inBody.set(el, verdict);
    return verdict;
  };
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
function firstProseAfter(el: Element, map: ProseMap): Element | null {
  for (const { holder } of map.prose) {
    if (el.compareDocumentPosition(holder) & FOLLOWING && !map.hasBoilerAbove(holder)) return holder;
  }
  return null;
}

/** The nearest element that holds both (null when they share none, as across a shadow root). */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** <article>, <main>, an article body's microdata or the main landmark: what a semantic wrapper is. */
function isSemantic(el: Element): boolean {
  const tag = el.nodeName.toUpperCase();
  return tag === 'ARTICLE' || tag === 'MAIN' || el.getAttribute('itemprop') === 'articleBody' || el.getAttribute('role') === 'main';
}

/** The headline: the first h1 inside the body, else the first h1 of the page outside boilerplate. */
function findHeadline(doc: Document, roots: Element[], map: ProseMap): Element | null {
  for (const r of roots) {
    const h = r.querySelector('h1');
    if (h) return h;
  }
  for (const h of Array.from(doc.getElementsByTagName('h1'))) {
    if (!map.hasBoilerAbove(h)) return h;
  }
  return null;
}
