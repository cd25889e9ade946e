// The sense tests' one helper: what Backstory reports on an article made of given paragraphs, with
// the real dataset's index and rules (tests/unit/senses*.test.ts).
import nlp from 'compromise';
import index from '../../lib/generated/matcher.json';
import type { CompiledIndex } from '../../lib/dataset/compile';
import { Matcher } from '../../lib/match/matcher';
import { firstNameCheck } from '../../lib/match/names';
import { mentionText, scanDocument } from '../../lib/scan';
import { dom } from './helpers';

export const compiled = index as CompiledIndex;
const matcher = new Matcher(compiled);
const nameCheck = firstNameCheck(nlp);

/** "text=id" for every mention Backstory reports in an article made of these paragraphs (published that day, if given). */
export function senses(paragraphs: string[], lang = 'en', published?: string): string[] {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const head = published ? `<head><meta property="article:published_time" content="${published}"></head>` : '';
  const doc = dom(`<html lang="${lang}">${head}<body><article><h1>News</h1>${body}</article></body></html>`);
  return scanDocument({ doc, index: compiled, matcher, nameCheck }).mentions.map((m) => `${mentionText(m)}=${m.id}`);
}

/** The entry ids of those mentions, in order. */
export const ids = (paragraphs: string[], lang = 'en', published?: string) => senses(paragraphs, lang, published).map((s) => s.split('=')[1]);

/** "text=id" for the mentions Backstory marks (the others are listed in the popup only). */
export function marked(paragraphs: string[], lang = 'en'): string[] {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const doc = dom(`<html lang="${lang}"><body><article><h1>News</h1>${body}</article></body></html>`);
  return scanDocument({ doc, index: compiled, matcher, nameCheck })
    .mentions.filter((m) => m.highlighted)
    .map((m) => `${mentionText(m)}=${m.id}`);
}
