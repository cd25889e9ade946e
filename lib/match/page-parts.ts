// A page's text in parts. Sending a message costs the sending thread all at once, by its length: in
// the content script's world (Chromium 156, 2 cores), 4 ms for 150,000 characters and 10–12 ms for
// 300,000, the same whether the blocks go as a list or joined in one string. A book-length article's
// text in one message would be a long task on the page. Its text goes to the background in parts
// instead, each a short task of its own, and the background joins them before it reads the text
// (lib/background/text-parts.ts). No schemas here: the page loads it.
import type { PageText } from './page-text';

/** Characters per part: about 15–20 ms of the page's thread to send, well under a long task's 50. */
export const PART_CHARS = 500_000;

/** Blocks of text sent ahead of the rest, under one id. */
export interface TextPart {
  id: string;
  texts: string[];
  inArticle: boolean[];
}

/**
 * The text's blocks in parts of at most PART_CHARS characters (a longer block is a part alone),
 * every part but the last to send ahead, and the last with the rest of the text.
 */
export function splitText(text: PageText, id: string, maxChars = PART_CHARS): { ahead: TextPart[]; last: PageText } {
  const ahead: TextPart[] = [];
  let start = 0;
  let chars = 0;
  for (let i = 0; i < text.texts.length; i++) {
    if (chars > 0 && chars + text.texts[i].length > maxChars) {
      ahead.push({ id, texts: text.texts.slice(start, i), inArticle: text.inArticle.slice(start, i) });
      start = i;
      chars = 0;
    }
    chars += text.texts[i].length;
  }
  return { ahead, last: { ...text, texts: text.texts.slice(start), inArticle: text.inArticle.slice(start) } };
}
