// The background's side of a scan: content scripts send a page's text and get its mentions back.
// The dictionary, the matcher and compromise's first-name lexicon live here, loaded once and kept
// warm, so no page parses the dictionary or runs the matcher's code cold on its own thread.
import nlp from 'compromise';
import * as v from 'valibot';
import { browser } from '../platform/browser';
import type { CompiledIndex } from '../dataset/compile';
import { Matcher } from '../match/matcher';
import { namesAnyTerm } from '../match/glance';
import { findMentions, forThePage, type SelectionOptions } from '../match/mentions';
import { firstNameCheck } from '../match/names';
import { PageTextSchema } from '../match/page-text';
import { FindMentionsSchema, TextPartSchema } from '../platform/message-schemas';
import { isOwnContentScript } from '../platform/sender';
import { datelineDate } from '../text/dateline';
import { TextParts } from './text-parts';
import { servePage } from './page-requests';

/** What the page service asks of the dictionary: whether a page's text at a glance names a term (lib/match/glance.ts). */
export interface Glancer {
  namesAnyTerm(text: string, lang: string, selection: SelectionOptions): Promise<boolean>;
  /**
   * A frame's text at a glance ('' when the page will not be read): its dateline dates the page
   * where the page's metadata does not. Each glance replaces the frame's last.
   */
  glanced(sender: Sender, text: string): void;
}

type Sender = { tab?: { id?: number }; frameId?: number };

/** Frames whose datelines are remembered; past this, the oldest are forgotten (their pages were read long ago). */
const DATELINES_KEPT = 500;

/**
 * `core` holds the English aliases (for pages declared English), `all` every language's; each is
 * loaded when a page first needs it, and its matcher built once.
 */
export function answerMentions(indexes: { core(): Promise<CompiledIndex>; all(): Promise<CompiledIndex> }): Glancer {
  const matchers: { core?: Promise<{ index: CompiledIndex; matcher: Matcher }>; all?: Promise<{ index: CompiledIndex; matcher: Matcher }> } = {};
  const dictionary = (lang: string) => {
    const part = lang === 'en' ? 'core' : 'all';
    return (matchers[part] ??= indexes[part]().then((index) => ({ index, matcher: new Matcher(index) })));
  };
  const names = firstNameCheck(nlp);
  const parts = new TextParts();
  const frameOf = (sender: Sender) => `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}`;
  // The date each frame's text gives (lib/text/dateline.ts), found here and not in the page: the
  // text is here already, and the page pays nothing. The page's metadata, read by the page, comes first.
  const datelines = new Map<string, string | null>();
  servePage('sendText', (data, sender) => {
    const part = v.safeParse(TextPartSchema, data);
    return part.success && isOwnContentScript(sender, browser.runtime.id) && parts.add(frameOf(sender), part.output);
  });
  servePage('findMentions', async (data, sender) => {
    const request = v.safeParse(FindMentionsSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id)) return { mentions: [], questions: [] };
    // The whole text, with any parts sent ahead, checked again as one.
    const joined = v.safeParse(PageTextSchema, parts.join(frameOf(sender), request.output.parts, request.output.text));
    if (!joined.success) return { mentions: [], questions: [] };
    const { selection } = request.output;
    const dateline = joined.output.published ? undefined : (datelines.get(frameOf(sender)) ?? undefined);
    const text = { ...joined.output, published: joined.output.published ?? dateline };
    const { index, matcher } = await dictionary(text.lang);
    const found = findMentions(text, index, matcher, selection, names);
    // The page learns its dateline's day too, for its card's "when this was published".
    return { ...found, mentions: forThePage(found.mentions), ...(dateline ? { published: dateline } : {}) };
  });
  return {
    async namesAnyTerm(text, lang, selection) {
      const { index, matcher } = await dictionary(lang);
      return namesAnyTerm(text, lang, index, matcher, selection);
    },
    glanced(sender, text) {
      const frame = frameOf(sender);
      datelines.delete(frame);
      datelines.set(frame, datelineDate(text));
      if (datelines.size > DATELINES_KEPT) datelines.delete(datelines.keys().next().value!);
    },
  };
}
