// The scan command's core, shared with the evaluation and the tests.
import entries from '../lib/generated/entries.json' with { type: 'json' };
import index from '../lib/generated/matcher.json' with { type: 'json' };
import type { CompiledIndex } from '../lib/dataset/compile';
import type { Entry } from '../lib/dataset/schema';
import { Matcher } from '../lib/match/matcher';
import { mentionContext, mentionText, scanDocument } from '../lib/scan';
import type { SelectionOptions } from '../lib/match/mentions';
import { parseHtml } from './node-dom';
import { firstNameCheck, type NameCheck } from '../lib/match/names';

export interface FileScan {
  file: string;
  /** Milliseconds spent parsing the HTML and scanning it (not part of the JSON output). */
  timing?: { parseMs: number; scanMs: number };
  mentions: { id: string; title: string; wikipedia: string; text: string; context: string; highlighted: boolean }[];
  terms: string[];
}

const compiled = index as CompiledIndex;
const byId = new Map((entries as Entry[]).map((e) => [e.id, e]));
let matcher: Matcher | null = null;
/** Answers to first-name questions; compromise is loaded only when a page asks one. */
const names = new Map<string, boolean>();
let check: NameCheck | null = null;

export async function scanFile(file: string, html: string, selection?: SelectionOptions): Promise<FileScan> {
  if (!/<[a-z!]/i.test(html)) throw new Error('no HTML markup found');
  matcher ??= new Matcher(compiled);
  const t0 = performance.now();
  const { doc, close } = parseHtml(html);
  const t1 = performance.now();
  try {
    const known: NameCheck = (q) => names.get(`${q.word} ${q.surname}`);
    let { mentions, questions } = scanDocument({ doc, index: compiled, matcher, selection, nameCheck: known });
    if (questions.length) {
      // As in the extension: a second pass once the questions are answered.
      check ??= firstNameCheck((await import('compromise')).default);
      for (const q of questions) names.set(`${q.word} ${q.surname}`, check(q) === true);
      ({ mentions, questions } = scanDocument({ doc, index: compiled, matcher, selection, nameCheck: known }));
    }
    const out = mentions.map((m) => {
      const e = byId.get(m.id)!;
      return { id: e.id, title: e.title, wikipedia: e.wikipedia, text: mentionText(m), context: mentionContext(m), highlighted: m.highlighted };
    });
    const timing = { parseMs: t1 - t0, scanMs: performance.now() - t1 };
    return { file, mentions: out, terms: [...new Set(out.map((m) => m.id))], timing };
  } finally {
    await close();
  }
}
