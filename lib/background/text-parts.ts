// The parts of a page's text sent ahead of the rest (lib/match/page-parts.ts), kept per frame until
// the rest arrives with its findMentions request. One text per frame at a time: a new id replaces
// what an older read left, and more blocks than a page may have are refused.
import type { PageText } from '../match/page-text';
import { MAX_BLOCKS } from '../match/page-limits';
import type { TextPart } from '../match/page-parts';

/** Frames whose parts are kept at once: a frame closed before its last part leaves nothing for long. */
const MAX_FRAMES = 16;

export class TextParts {
  private readonly byFrame = new Map<string, TextPart>();

  /** Keeps a part; false when it would make the text longer than a page's may be. */
  add(frame: string, part: TextPart): boolean {
    const held = this.byFrame.get(frame);
    const joined = held?.id === part.id ? { ...held, texts: [...held.texts, ...part.texts], inArticle: [...held.inArticle, ...part.inArticle] } : part;
    if (joined.texts.length > MAX_BLOCKS) {
      this.byFrame.delete(frame);
      return false;
    }
    this.byFrame.delete(frame); // the newest last, in the map's order
    this.byFrame.set(frame, joined);
    if (this.byFrame.size > MAX_FRAMES) this.byFrame.delete(this.byFrame.keys().next().value!);
    return true;
  }

  /** The whole text: the parts sent ahead under `id` (if any), then this last part; the parts are let go. */
  join(frame: string, id: string | undefined, last: PageText): PageText {
    const held = this.byFrame.get(frame);
    if (id === undefined || held?.id !== id) return last;
    this.byFrame.delete(frame);
    return { ...last, texts: [...held.texts, ...last.texts], inArticle: [...held.inArticle, ...last.inArticle] };
  }
}
