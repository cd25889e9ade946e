// One scan with both sides in one process, as the command-line tools and tests run it: the page side
// (lib/content/read/read-page.ts) reads the DOM into text, the text side (lib/match/mentions.ts) finds
// and decides the mentions. The extension splits the same two calls between the content script and
// the background, so what the `scan` command reports is what the extension does.
import type { CompiledIndex } from './dataset/compile';
import { readPage, toMentions, type Mention, type PageScan, type ReadInput } from './content/read/read-page';
import { lightGlance } from './content/read/glance';
import { publishedDate } from './content/read/published';
import type { Matcher } from './match/matcher';
import { findMentions, type SelectionOptions } from './match/mentions';
import type { NameCheck } from './match/names';
import { runAtOnce } from './content/read/steps';
import { datelineDate } from './text/dateline';

export type { Mention, PageScan } from './content/read/read-page';

export interface ScanInput extends ReadInput {
  index: CompiledIndex;
  matcher: Matcher;
  selection?: SelectionOptions;
  /** Tells first names from other words (see lib/match/names.ts); without it, no such check is made. */
  nameCheck?: NameCheck;
}

/** One scan (of the scope asked for), both sides in process. */
export function scanPage(input: ScanInput): PageScan {
  const read = runAtOnce(readPage(input));
  // Where the metadata gives no date, the dateline in the page's text at a glance, as the background
  // reads it in the extension (lib/background/mentions-service.ts).
  const published = publishedDate(input.doc) ?? datelineDate(lightGlance(input.doc) ?? '');
  const text = { ...read.text, published: published ?? undefined };
  const { mentions, questions } = findMentions(text, input.index, input.matcher, input.selection, input.nameCheck);
  return { mentions: toMentions(read, mentions), questions, article: read.article, whole: read.whole };
}

/** Both scans in one go, as the extension has them once the popup has asked: the article scan's
 * mentions in the article, the page scan's elsewhere. */
export function scanDocument(input: ScanInput): PageScan {
  const first = scanPage({ ...input, scope: 'article' });
  if (first.whole) return first;
  return wholePage(first, scanPage({ ...input, scope: 'page', article: first.article }));
}

/** The article scan's mentions in the article with the page scan's elsewhere, in that order. */
export function wholePage(article: PageScan, page: PageScan): PageScan {
  const asked = new Set<string>();
  const questions = [...article.questions, ...page.questions].filter((q) => {
    const key = `${q.word} ${q.surname}`;
    return !asked.has(key) && !!asked.add(key);
  });
  const mentions = [...article.mentions.filter((m) => m.inArticle), ...page.mentions.filter((m) => !m.inArticle)];
  return { mentions, questions, article: article.article, whole: true };
}

/** The text around a mention, whitespace collapsed, up to `radius` characters either side. */
export function mentionContext(m: Mention, radius = 40): string {
  const t = m.block.text;
  const before = t.slice(Math.max(0, m.start - radius), m.start);
  const after = t.slice(m.end, m.end + radius);
  return `${before}${t.slice(m.start, m.end)}${after}`.replace(/[\s\u0000]+/g, ' ').trim();
}

export function mentionText(m: Mention): string {
  return m.block.text.slice(m.start, m.end).replace(/[\s\u0000]+/g, ' ');
}
