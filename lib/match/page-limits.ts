// The limit on a page's text, shared by the content script's walk and the background's check of what
// arrives (page-text.ts). Its own file: the page loads this number, not the schemas around it.

/** The most blocks a page's text may have: the content script's walk stops at this many nodes. */
export const MAX_BLOCKS = 200_000;

/**
 * The most characters of a page's text at a glance (lib/content/read/glance.ts). Past it a glance
 * costs about what reading the page does, so such a page is read without one.
 */
export const GLANCE_MAX_CHARS = 1_000_000;
