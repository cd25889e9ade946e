// The page's text to the background in parts (lib/match/page-parts.ts): each part its own message
// and task, so even a book-length article is sent without a long task; the last part asks for the
// mentions in the whole.
import type { FoundMentions } from '../match/mentions';
import { PART_CHARS, splitText, type TextPart } from '../match/page-parts';
import type { PageText, SelectionOptions } from '../match/page-text';

export interface TextSender {
  part(part: TextPart): Promise<unknown>;
  /** The mentions in the whole text: the parts sent ahead under `parts`, then `text`. */
  find(text: PageText, selection: SelectionOptions, parts?: string): Promise<FoundMentions>;
}

export async function findInParts(text: PageText, selection: SelectionOptions, send: TextSender, maxChars = PART_CHARS): Promise<FoundMentions> {
  const id = Math.random().toString(36).slice(2, 12) || 'text';
  const { ahead, last } = splitText(text, id, maxChars);
  for (const part of ahead) await send.part(part);
  return send.find(last, selection, ahead.length ? id : undefined);
}
