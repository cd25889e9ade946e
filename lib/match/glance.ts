// The text side of a glance (lib/content/read/glance.ts): whether a page's text names any term the
// reader has chosen to see. If it does not, nothing on the page can be marked or listed, and the
// page is not read. The answer errs one way only: it may say yes where the read then marks nothing
// (a term in a menu, a sense the context rules out), never no where the read would mark something.
// So it asks less than findMentions: any alias that is not a "not this" phrase counts, whatever its
// case, its context or the page's date.
import type { CompiledIndex } from '../dataset/compile';
import type { Matcher } from './matcher';
import type { SelectionOptions } from './page-text';
import { datelinesCased } from '../text/dateline';

/**
 * The glance has no breaks between blocks: a heading, list item or caption without final punctuation
 * runs into the next block ("KyivRussia", "UKRAINERussia", "2024Ukraine"). These are the joins to
 * look across: a small letter or digit before a capital, a capital before a capitalised word, a digit
 * against a letter.
 */
const JOINS = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu;

/** Whether `text` names a term that `selection` shows. `lang` as for findMentions ('' when not declared: every language's aliases count). */
export function namesAnyTerm(text: string, lang: string, index: CompiledIndex, matcher: Matcher, selection: SelectionOptions): boolean {
  const hidden = new Set(selection.hiddenCategories);
  const shown = (entry: number) => {
    const e = index.entries[entry];
    return (e.tier === 'core' || selection.includeCommon) && !hidden.has(e.category);
  };
  const names = (t: string) => matcher.findAll(t, lang).some((m) => m.aliases.some((a) => !a.block && shown(a.entry)));
  // Word breaks added at the joins also split names written that way ("DeSantis"): the text is
  // asked both as it is and with the breaks.
  // A dateline's place in capitals too ("DAMASCO -"), as the read takes it (findMentions).
  const cased = datelinesCased(text);
  return names(text) || names(text.replace(JOINS, ' ')) || (cased !== text && names(cased));
}
