// How much prose each element of a page holds, and which elements are boilerplate by their names and
// that prose (lib/content/read/regions.ts weighs the article with it).

const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);
const CONTENT_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const BOILERPLATE_ROLES = /^(navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|alert)$/;
// Matched against class and id. Chosen from what rails, menus and comment areas are called on the
// corpus pages and in Readability's list of unlikely candidates.
const BOILERPLATE_NAMES =
  /(^|[\s_-])(nav|navbar|navigation|menu|footer|sidebar|side-bar|rail|related|recirc|recommend\w*|comments?|disqus|share|sharing|social|newsletter|promo|sponsor\w*|advert\w*|ads?|ad-\w+|breadcrumbs?|taboola|outbrain|trending|most-?popular|popular|more-stories|subscribe|signup|cookie|consent|modal|banner|masthead|skip-link|byline-social|jump-links?)($|[\s_-])/i;

// A boilerplate-named element that holds at least this share of the prose around it is content (see isBoiler).
export const MAJOR_SHARE = 0.5;

/** A paragraph of prose: the element that holds it and its length in characters, spaces collapsed. */
export interface Prose {
  holder: Element;
  length: number;
}

/** How much prose each element holds, counted up every ancestor, and what is boilerplate by it. */
export class ProseMap {
  readonly held = new Map<Element, number>();
  readonly total: number;
  private readonly named = new Map<Element, boolean>();
  private readonly underBoiler = new Map<Element, boolean>();

  constructor(readonly prose: Prose[]) {
    let total = 0;
    for (const { holder, length } of prose) {
      total += length;
      for (let el: Element | null = holder; el; el = parentOf(el)) this.held.set(el, (this.held.get(el) ?? 0) + length);
    }
    this.total = total;
  }

  proseIn(el: Element): number {
    return this.held.get(el) ?? 0;
  }

  /**
   * Boilerplate is what is named or tagged so and holds less than half the prose around it (the
   * page's, or the body's): a wrapper that holds most of the story is the story, whatever a layout
   * called it ("sidebar-and-content-body", "box article modal-enabled"). No rail or menu beside a
   * story holds more prose than the story itself.
   */
  isBoiler(el: Element, around: number): boolean {
    return this.isNamedBoiler(el) && this.proseIn(el) < MAJOR_SHARE * around;
  }

  /** Whether an element or one of its ancestors is boilerplate on the page, remembered along the way up. */
  hasBoilerAbove(el: Element): boolean {
    let v = this.underBoiler.get(el);
    if (v === undefined) {
      const parent = parentOf(el);
      v = this.isBoiler(el, this.total) || (parent !== null && this.hasBoilerAbove(parent));
      this.underBoiler.set(el, v);
    }
    return v;
  }

  private isNamedBoiler(el: Element): boolean {
    let v = this.named.get(el);
    if (v === undefined) {
      const tag = el.nodeName.toUpperCase();
      // Pages put state on <html> and <body> ("ads-enabled", "nav-open"); <main> and <article> say what they hold.
      if (CONTENT_TAGS.has(tag)) return false;
      const role = el.getAttribute('role') ?? '';
      const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
      v = BOILERPLATE_TAGS.has(tag) || BOILERPLATE_ROLES.test(role) || BOILERPLATE_NAMES.test(names);
      this.named.set(el, v);
    }
    return v;
  }
}

/** The parent element, stepping out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}
