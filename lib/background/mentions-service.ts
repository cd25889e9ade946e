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
import { FindMentionsSchema } from '../platform/message-schemas';
import { onMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';

/**
 * `core` holds the English aliases (for pages declared English), `all` every language's; each is
 * loaded when a page first needs it, and its matcher built once.
 */
export function answerMentions(indexes: { core(): Promise<CompiledIndex>; all(): Promise<CompiledIndex> }): void {
  const matchers: { core?: Promise<{ index: CompiledIndex; matcher: Matcher }>; all?: Promise<{ index: CompiledIndex; matcher: Matcher }> } = {};
  const names = firstNameCheck(nlp);
  onMessage('findMentions', async ({ data, sender }) => {
    const request = v.safeParse(FindMentionsSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id)) return { mentions: [], questions: [] };
    const { text, selection } = request.output;
    const part = text.lang === 'en' ? 'core' : 'all';
    const { index, matcher } = await (matchers[part] ??= indexes[part]().then((index) => ({ index, matcher: new Matcher(index) })));
    const found = findMentions(text, index, matcher, selection, names);
    return { ...found, mentions: forThePage(found.mentions) };
  });
}
