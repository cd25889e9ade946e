// Turns a DOM subtree into blocks of readable text: the text of a paragraph, heading or list item,
// joined across inline elements (so "New <em>START</em>" is one string) with a map back to the
// text nodes. Only reads the DOM; never changes it.
import { runAtOnce } from './steps';

/** Elements whose text is not prose a reader sees, or that the page owns as input. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'head', 'title', 'meta', 'link',
]);

/** Inline elements: their text continues the surrounding block. Everything else starts a new one. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'mark',
  'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'nobr',
  'backstory-mark',
]);

/**
 * Page chrome: menus and footers. Their words are links to the site's sections, not the story; a
 * scan leaves them unread (a sixth of a typical news page's elements), unless the story sits
 * inside. Side rails are read: their teasers are what the popup lists as elsewhere on the page.
 */
const CHROME_TAGS = new Set(['nav', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo']);

/** Elements that may host a shadow root besides custom elements (whose names have a hyphen). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'header', 'main', 'nav', 'p', 'section', 'span']);

export interface TextBlock {
  /** The concatenated text of the block's text nodes. */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
  /** The nearest non-inline ancestor that holds the block. */
  container: Element;
}

export interface BlockOptions {
  /** An element to leave out with its subtree (Backstory's own host). */
  exclude?: Element | null;
  /** Stop after this many nodes, so a pathological page cannot hold the thread (0: no cap). */
  maxNodes?: number;
  /** Leave page chrome (see CHROME_TAGS) unread. */
  skipChrome?: boolean;
  /** Told once, with the blocks so far, when the walk has visited `at` nodes (and the subtree has more). */
  checkpoint?: { at: number; reached(blocks: readonly TextBlock[]): void };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const FRAGMENT_NODE = 11; // an open shadow root, entered from its host

export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  if (!el.hasAttributes()) return false; // most elements: no attribute to read
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isPageChrome(el: Element): boolean {
  const chrome = CHROME_TAGS.has(el.localName) || (el.hasAttributes() && CHROME_ROLES.has(el.getAttribute('role') ?? ''));
  // A page that puts its story (or its headline) in such an element is read as usual.
  return chrome && !el.querySelector('h1, article, main, [role="main"]');
}

/** Nodes visited between pauses of the walk (see walkBlocks). */
export const NODES_PER_STEP = 400;

export function collectBlocks(root: Node, options: BlockOptions = {}): TextBlock[] {
  return runAtOnce(walkBlocks(root, options));
}

/** The walk as a generator that pauses every NODES_PER_STEP nodes, so a caller can spread it over idle time. */
export function* walkBlocks(root: Node, options: BlockOptions = {}): Generator<void, TextBlock[]> {
  const blocks: TextBlock[] = [];
  const maxNodes = options.maxNodes ?? 0;
  const skipChrome = options.skipChrome ?? false;
  let visited = 0;
  let current: TextBlock | null = null;
  const flush = () => {
    if (current && /[^\s\u0000]/.test(current.text)) blocks.push(current);
    current = null;
  };

  // Iterative walk (deep pages must not overflow the stack). An entry of null closes a block.
  const stack: (Node | null)[] = [root];
  const containers: Element[] = [];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      containers.pop();
      continue;
    }
    if (node === undefined) break;
    if (maxNodes && visited >= maxNodes) break;
    if (++visited % NODES_PER_STEP === 0) yield;
    if (visited === options.checkpoint?.at) options.checkpoint.reached(blocks);
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      if (!data) continue;
      if (!current) {
        const container = containers[containers.length - 1] ?? (root as Element);
        current = { text: '', nodes: [], starts: [], container };
      }
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== FRAGMENT_NODE && node !== root) continue;
    const el = node as Element;
    if (node.nodeType === ELEMENT_NODE) {
      if (el === options.exclude || isSkipped(el) || (skipChrome && isPageChrome(el))) {
        // A skipped inline element (a button in a sentence) still separates words.
        if (current) breakWord(current);
        continue;
      }
      if (el.localName === 'br') {
        flush();
        continue;
      }
    }
    // A shadow root holds its own blocks; its host's light children are not rendered unless slotted.
    const name = node.nodeType === ELEMENT_NODE ? el.localName : '';
    const inline = INLINE.has(name);
    if (!inline) {
      flush();
      containers.push(el);
      stack.push(null);
    }
    // An element with tens of thousands of children (a book-length page's paragraphs side by side)
    // is queued in steps too.
    let queued = 0;
    for (let child = node.lastChild; child; child = child.previousSibling) {
      stack.push(child);
      if (++queued % NODES_PER_STEP === 0) yield;
    }
    // Open shadow roots hold text the reader sees too.
    if (name && (SHADOW_HOSTS.has(name) || name.includes('-'))) {
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) stack.push(shadow);
    }
  }
  flush();
  return blocks;
}

/** Ends the running text at a word boundary without starting a new block. */
function breakWord(block: TextBlock): void {
  // A boundary marker the matcher treats as a non-word character; offsets of later nodes stay right
  // because it belongs to no node (matches never start or end inside it).
  block.text += '\u0000';
}

/** Maps a text offset in a block to (node, offset). `end` prefers the end of the previous node. */
export function locate(block: TextBlock, offset: number, end = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid];
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  return { node, offset: Math.min(offset - starts[lo], node.data.length) };
}
