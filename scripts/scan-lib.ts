// The scan command's core, shared with the evaluation and the tests.
import entries from '../lib/generated/entries.json' with { type: 'json' };
import index from '../lib/generated/matcher.json' with { type: 'json' };
import type { CompiledIndex } from '../lib/dataset/compile';
import type { Entry } from '../lib/dataset/schema';
import { Matcher } from '../lib/match/matcher';
import { mentionContext, mentionText, scanDocument, type SelectionOptions } from '../lib/scan';
import { parseHtml } from './node-dom';
import nlp from 'compromise';
import { firstNameCheck } from '../lib/match/names';

export interface FileScan {
  file: string;
  mentions: { id: string; title: string; wikipedia: string; text: string; context: string; highlighted: boolean }[];
  terms: string[];
}

const compiled = index as CompiledIndex;
const dataset = entries as Entry[];
let matcher: Matcher | null = null;
const nameCheck = firstNameCheck(nlp);

export async function scanFile(file: string, html: string, selection?: SelectionOptions): Promise<FileScan> {
  if (!/<[a-z!]/i.test(html)) throw new Error('no HTML markup found');
  matcher ??= new Matcher(compiled);
  const { doc, close } = parseHtml(html);
  try {
    const { mentions } = scanDocument({ doc, index: compiled, matcher, selection, nameCheck });
    const out = mentions.map((m) => {
      const e = dataset[m.entry];
      return { id: e.id, title: e.title, wikipedia: e.wikipedia, text: mentionText(m), context: mentionContext(m), highlighted: m.highlighted };
    });
    return { file, mentions: out, terms: [...new Set(out.map((m) => m.id))] };
  } finally {
    await close();
  }
}
