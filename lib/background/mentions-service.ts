// The background's side of a scan: content scripts send a page's text and get its mentions back.
// The dictionary, the matcher and compromise's first-name lexicon live here, loaded once and kept
// warm, so no page parses the dictionary or runs the matcher's code cold on its own thread.
import nlp from 'compromise';
import * as v from 'valibot';
import { browser } from '../platform/browser';
import type { CompiledIndex } from '../dataset/compile';
import { Matcher } from '../match/matcher';
import { findMentions, forThePage } from '../match/mentions';
import { firstNameCheck } from '../match/names';
import { PageTextSchema } from '../match/page-text';
import { FindMentionsSchema, TextPartSchema } from '../platform/message-schemas';
import { onMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';
import { TextParts } from './text-parts';

/**
 * `core` holds the English aliases (for pages declared English), `all` every language's; each is
 * loaded when a page first needs it, and its matcher built once.
 */
export function answerMentions(indexes: { core(): Promise<CompiledIndex>; all(): Promise<CompiledIndex> }): void {
  const matchers: { core?: Promise<{ index: CompiledIndex; matcher: Matcher }>; all?: Promise<{ index: CompiledIndex; matcher: Matcher }> } = {};
  const names = firstNameCheck(nlp);
  const parts = new TextParts();
  const frameOf = (sender: { tab?: { id?: number }; frameId?: number }) => `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}`;
  onMessage('sendText', ({ data, sender }) => {
    const part = v.safeParse(TextPartSchema, data);
    return part.success && isOwnContentScript(sender, browser.runtime.id) && parts.add(frameOf(sender), part.output);
  });
  onMessage('findMentions', async ({ data, sender }) => {
    const request = v.safeParse(FindMentionsSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id)) return { mentions: [], questions: [] };
    // The whole text, with any parts sent ahead, checked again as one.
    const joined = v.safeParse(PageTextSchema, parts.join(frameOf(sender), request.output.parts, request.output.text));
    if (!joined.success) return { mentions: [], questions: [] };
    const { selection } = request.output;
    const text = joined.output;
    const part = text.lang === 'en' ? 'core' : 'all';
    const { index, matcher } = await (matchers[part] ??= indexes[part]().then((index) => ({ index, matcher: new Matcher(index) })));
    const found = findMentions(text, index, matcher, selection, names);
    return { ...found, mentions: forThePage(found.mentions) };
  });
}
