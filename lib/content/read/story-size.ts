// How much prose makes a story, shared by the article search (article.ts) and the glance (glance.ts).
// Its own file: the glance runs on every page and loads this number, not the article search.

/** Characters of prose beyond any bio, caption or standfirst: paragraphs holding this many are a story. */
export const LONG_BODY = 3000;
