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
   * Where the body's paragraphs hold a story, its own text is the glance (storyGlance): a page that
   * names a term in its story names it there, and what the rest of the page names (a rail, a menu, a
   * teaser) is never marked, only listed in the popup, which has the page read anyway. So the page's
   * whole text is not taken: that copies the text of every script in the body only to cut it out
   * again, searches the page's elements for shadow roots, and costs a second message by its size. On
   * 1,404 saved pages (the modern extraction corpus, the fixtures and the blind sets) the story said
   * no on 551, the whole glance then yes on 52, and the read marked something on one of those, a home
   * page's teaser. A story longer than GLANCE_HEAD_CHARS is asked about by its beginning, and about
   * the page's whole glance if that names nothing. A page without such a story is asked about by its
   * body's own text (a long page's beginning first), then with its shadow roots' text.
   */
  async check(): Promise<boolean> {
    const doc = this.deps.win.document;
    const story = storyGlance(doc, GLANCE_HEAD_CHARS);
    if (story !== null && story.length < GLANCE_HEAD_CHARS) return this.deps.ask((this.last = story));
    if (story && (await this.deps.ask(story))) return true;
    const light = lightGlance(doc);
    const first = story ? null : light !== null && light.length > GLANCE_HEAD_CHARS ? light.slice(0, GLANCE_HEAD_CHARS) : light;
    if (first && (await this.deps.ask(first))) return true;
    this.last = glance(doc, light, !story);
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
    const doc = this.deps.win.document;
    const story = storyGlance(doc, GLANCE_HEAD_CHARS);
    const text = story !== null && story.length < GLANCE_HEAD_CHARS ? story : glance(doc);
    if (text === this.last || !this.observer) return;
    this.last = text;
    if ((await this.deps.ask(text).catch(() => false)) && this.observer) {
      this.stop();
      this.deps.onNames();
    }
  }
}
