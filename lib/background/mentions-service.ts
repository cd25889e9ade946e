// The background's side of a scan: content scripts send a page's text and get its mentions back.
// The dictionary, the matcher and compromise's first-name lexicon live here, loaded once and kept
// warm, so no page parses the dictionary or runs the matcher's code cold on its own thread.
import nlp from 'compromise';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { CompiledIndex } from '../dataset/compile';
import { Matcher } from '../match/matcher';
import { findMentions } from '../match/mentions';
import { firstNameCheck } from '../match/names';
import { FindMentionsSchema, onMessage } from '../platform/messages';
import { isOwnContentScript } from '../platform/sender';

/** `core` holds the English aliases (for pages declared English), `all` every language's. */
export function answerMentions(indexes: { core: CompiledIndex; all: CompiledIndex }): void {
  const matchers: { core?: Matcher; all?: Matcher } = {};
  const names = firstNameCheck(nlp);
  onMessage('findMentions', ({ data, sender }) => {
    const request = v.safeParse(FindMentionsSchema, data);
    if (!request.success || !isOwnContentScript(sender, browser.runtime.id)) return { mentions: [], questions: [] };
    const { text, selection } = request.output;
    const part = text.lang === 'en' ? 'core' : 'all';
    const matcher = (matchers[part] ??= new Matcher(indexes[part]));
    return findMentions(text, indexes[part], matcher, selection, names);
  });
}
