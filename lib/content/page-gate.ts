// Whether a page is worth reading. Its text at a glance (read/glance.ts) goes to the background,
// which answers whether it names any term (lib/match/glance.ts); only then is the page read and
// marked (annotator.ts). A page that names none is watched until its text changes, and glanced at
// again: a story that arrives after load (a single-page site's next article, a live blog's first
// post) is still read.
import { glance, lightGlance, storyGlance } from './read/glance';

/**
 * Pause after the page changes before glancing again. Longer than a scan's (RESCAN_DEBOUNCE_MS): a
 * page that names nothing and changes all the time (a ticker, rotating adverts) is glanced at no
 * more than about once a second, and a story that arrives late is marked within a second or so.
 */
export const GLANCE_DEBOUNCE_MS = 1000;

/**
 * A page with more text than this is asked about its beginning first. A long page nearly always
 * names a term early (a long read, an encyclopaedia article), and then the rest is not sent; a page
 * that names none sends its beginning twice. A news page's text, menus and footer included, is a few
 * thousand to a few tens of thousands of characters.
 */
export const GLANCE_HEAD_CHARS = 50_000;

export interface PageGateDeps {
  win: Window;
  /** The background's answer for the text (null: too long to glance at). */
  ask(text: string | null): Promise<boolean>;
  /** The page names a term: read it. Called once; the gate stops watching. */
  onNames(): void;
}

export class PageGate {
  /** The text last asked about: a change that leaves it the same is not asked about again. */
  private last: string | null | undefined;
  private observer: MutationObserver | null = null;
  private timer = 0;

  constructor(private readonly deps: PageGateDeps) {}

  /**
   * Glances at the page now and asks; true when it names a term (onNames is not called for this).
   * A story's own text is asked about first, where the body's paragraphs hold one (storyGlance),
   * else the body's own text (a long page's beginning only): most pages that name a term name it
   * there, and then the rest is not sent and the page's elements are not searched for shadow roots,
   * a search that costs about as much as the rest of the glance. A page that names nothing there
   * sends its whole glance next, unless the first ask already was the whole of it.
   */
  async check(): Promise<boolean> {
    const doc = this.deps.win.document;
    const story = storyGlance(doc, GLANCE_HEAD_CHARS);
    if (story && (await this.deps.ask(story))) return true;
    const light = lightGlance(doc);
    const first = story ? null : light !== null && light.length > GLANCE_HEAD_CHARS ? light.slice(0, GLANCE_HEAD_CHARS) : light;
    if (first && (await this.deps.ask(first))) return true;
    this.last = glance(doc, light);
    // Asked even about an empty page: the answer brings the settings, and the page is then watched.
    return (!first || this.last !== first) && this.deps.ask(this.last);
  }

  /** Glances again whenever the page's text changes, until it names a term or stop(). */
  watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = this.deps.win.setTimeout(() => void this.again(), GLANCE_DEBOUNCE_MS);
    });
    this.observer.observe(this.deps.win.document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.last = undefined; // a long page's text is not kept once it is read
  }

  private async again(): Promise<void> {
    const text = glance(this.deps.win.document);
    if (text === this.last || !this.observer) return;
    this.last = text;
    if ((await this.deps.ask(text).catch(() => false)) && this.observer) {
      this.stop();
      this.deps.onNames();
    }
  }
}
