// The page's text at a glance: read with a few native calls and no walk, it is enough for the
// background to tell whether the page names any term at all (lib/match/glance.ts). Most pages name
// none (a shop, a recipe, a match report, a search page) and there Backstory stops at this glance:
// no article search, no walk, no marks. Only a page that names a term is read (read-page.ts).
//
// What the glance holds is all the text the read could ever take: the body's text nodes
// (textContent), less what is surely not prose (scripts and styles, which are most of a modern page's
// characters), with the text of open shadow roots, which the read enters too, unless the body's own
// paragraphs hold a story (see storyInLight). It has no breaks between blocks ("…in Kyiv</p><p>Russia
// said" reads "in KyivRussia said"); the background looks for terms across such joins as well.
import { GLANCE_MAX_CHARS } from '../../match/page-limits';
import { LONG_BODY } from './story-size';
import { isWordChar } from '../../text/normalize';

/**
 * Each script and style is cut out where its text next occurs. One shorter than this could match the
 * page's own words first ("1" inside "2014"), so it is cut only where it stands apart (no letter or
 * digit against it on either side) and cannot split a word: at worst the page's copy of those words
 * is cut and the script's copy stays. Short scripts are worth cutting: an advert's call
 * ("OAS_AD('x96')") names the Organization of American States, and the page was read for it.
 */
const MIN_CUT = 64;
/** Elements whose text is never read (see SKIP in ./blocks); templates hold no text nodes. */
const UNREAD = 'script, style, noscript';

/**
 * The page's text at a glance, or null when there is too much of it to glance at (read it instead).
 * `light`: the body's own text, if already glanced at (lightGlance); `searchShadows`: whether the page's
 * paragraphs hold no story (storyInLight), if already known.
 */
export function glance(doc: Document, light = lightGlance(doc), searchShadows = !storyInLight(doc)): string | null {
  const shadows = light === null ? null : searchShadows ? shadowGlance(doc, light.length) : '';
  return shadows === null ? null : shadows ? `${light}\n${shadows}` : light;
}

/**
 * Whether the body's own <p> elements hold a story's worth of text (LONG_BODY, the length at which the
 * article search in ./article trusts such a body outright). Such a page's shadow roots are not
 * searched: its story is read from those paragraphs, and web components set among them show the
 * page's own text through their slots (in the body's text already) and keep only their controls in
 * their shadow roots (a player's, a share bar's). The search asks every element of the page for its
 * root, most of what a page that names nothing costs (1–2 ms on a news page of a thousand or two
 * elements: a wrapper made for each in the content script's world). A page built of web components,
 * which keeps its story in shadow roots, has next to no paragraphs of its own, and is searched.
 */
function storyInLight(doc: Document): boolean {
  const paragraphs = (doc.body ?? doc.documentElement)?.getElementsByTagName('p') ?? [];
  let chars = 0;
  for (let i = 0; i < paragraphs.length; i++) if ((chars += paragraphs[i].textContent?.length ?? 0) >= LONG_BODY) return true;
  return false;
}

/**
 * Where a story's text lives: its headings, paragraphs, list items and quotes; and its dateline,
 * which dates a page whose metadata does not (lib/text/dateline.ts reads it in the background).
 */
const STORY = 'h1, h2, h3, p, li, blockquote, figcaption, time, [class*="date" i], [class*="byline" i]';

/**
 * The text of the page's story at a glance, when the body's own paragraphs hold one (storyInLight),
 * else null: the text of the elements a story is written in, up to `max` characters. A page that
 * names a term nearly always names it there, and then the page's whole text is never taken: that
 * copies the text of every script in the body (a modern page's largest part by far, often hundreds of
 * kilobytes) only to cut it out again, and its message to the background costs by its size.
 */
export function storyGlance(doc: Document, max: number): string | null {
  if (!storyInLight(doc)) return null;
  const parts = (doc.body ?? doc.documentElement)!.querySelectorAll(STORY);
  const out: string[] = [];
  let chars = 0;
  for (let i = 0; i < parts.length && chars < max; i++) {
    const text = parts[i].textContent ?? '';
    out.push(text);
    chars += text.length + 1;
  }
  return out.join('\n').slice(0, max);
}

/** The body's own text, less its scripts and styles (null: past GLANCE_MAX_CHARS). */
export function lightGlance(doc: Document): string | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const parts: string[] = [];
  return textOf(root, parts, { chars: 0 }) ? parts.join('\n') : null;
}

/**
 * The text of the page's open shadow roots, nested ones too: '' when it has none, null when it
 * takes the glance past GLANCE_MAX_CHARS with `used` characters already glanced at.
 */
function shadowGlance(doc: Document, used = 0): string | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const parts: string[] = [];
  return shadowsOf(root, parts, { chars: used }) ? parts.join('\n') : null;
}

/** Adds the text of `root`, less its scripts and styles, to `parts`; false past GLANCE_MAX_CHARS. */
function textOf(root: Element | ShadowRoot, parts: string[], total: { chars: number }): boolean {
  const text = root.textContent ?? '';
  if ((total.chars += text.length) > GLANCE_MAX_CHARS) return false;
  // The texts of scripts and styles lie in the body's text in document order, each where it stands.
  const unread = root.querySelectorAll(UNREAD);
  let from = 0;
  for (let i = 0; i < unread.length; i++) {
    const cut = unread[i].textContent ?? '';
    if (!cut) continue;
    const at = text.indexOf(cut, from);
    if (at < 0 || (cut.length < MIN_CUT && (isWordChar(text[at - 1]) || isWordChar(text[at + cut.length])))) continue;
    parts.push(text.slice(from, at));
    from = at + cut.length;
  }
  parts.push(from ? text.slice(from) : text);
  return true;
}

/** Adds the text of the open shadow roots inside `root` to `parts`: a native list of the elements, each asked for its root. */
function shadowsOf(root: Element | ShadowRoot, parts: string[], total: { chars: number }): boolean {
  // By tag where it can be (the cheapest native list there is: live, not copied).
  const all = 'getElementsByTagName' in root ? root.getElementsByTagName('*') : root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const shadow = all[i].shadowRoot;
    if (shadow && !(textOf(shadow, parts, total) && shadowsOf(shadow, parts, total))) return false;
  }
  return true;
}
