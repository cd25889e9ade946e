// The background's side of the first-name check: compromise is bundled here, not in the content
// script, and only a page with "Word Surname" patterns ever asks.
import nlp from 'compromise';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { firstNameCheck } from './match/names';
import { NameQuestionsSchema, onMessage } from './messages';
import { isOwnContentScript } from './sender';

export function answerNameQuestions(): void {
  const check = firstNameCheck(nlp);
  onMessage('checkNames', ({ data, sender }) => {
    const parsed = v.safeParse(NameQuestionsSchema, data);
    if (!parsed.success || !isOwnContentScript(sender, browser.runtime.id)) return [];
    return parsed.output.map((q) => check(q) === true);
  });
}
