// Scoring for article-eval: how much of a page's main content an extractor kept, the way extraction
// benchmarks score it. Texts are compared as bags of lower-cased word tokens (a token kept counts once
// for each time the truth has it); the benchmark's `with` and `without` sentences are looked up as
// whitespace-collapsed, case-insensitive substrings, typographic quotes and dashes folded.

/** Word tokens: runs of letters and digits, lower-cased. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token counts of one extraction against the truth. */
export interface Overlap {
  /** Tokens extracted, tokens in the truth, and tokens in both (multiset intersection). */
  extracted: number;
  truth: number;
  common: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function overlap(extracted: string, truth: string): Overlap {
  const want = new Map<string, number>();
  const truthTokens = tokens(truth);
  for (const t of truthTokens) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(extracted);
  let common = 0;
  for (const t of got) {
    const left = want.get(t);
    if (left) {
      common++;
      want.set(t, left - 1);
    }
  }
  return { extracted: got.length, truth: truthTokens.length, common };
}

/** Precision, recall and F1 from counts; an empty side scores 0 (nothing extracted is not precise). */
export function prf(o: Overlap): Prf {
  const precision = o.extracted ? o.common / o.extracted : 0;
  const recall = o.truth ? o.common / o.truth : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const tokenScore = (extracted: string, truth: string): Prf => prf(overlap(extracted, truth));

/** Lower-cased, whitespace collapsed, curly quotes, primes, dashes and the ellipsis in ASCII. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\u00ad/g, '') // soft hyphen
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many of `sentences` occur in the text (`folded`: the text through fold()). */
export function sentencesFound(sentences: readonly string[], folded: string): number {
  return sentences.filter((s) => {
    const f = fold(s);
    return f !== '' && folded.includes(f);
  }).length;
}

/** One extractor on one page. */
export interface PageResult extends Overlap, Prf {
  /** `with` sentences kept, of withTotal; `without` sentences left out, of withoutTotal. */
  withKept: number;
  withTotal: number;
  withoutLeft: number;
  withoutTotal: number;
  ms: number;
  error?: string;
}

export function scoreExtraction(text: string, truth: { main_content: string; with?: string[]; without?: string[] }, ms: number): PageResult {
  const o = overlap(text, truth.main_content);
  const folded = fold(text);
  const withs = truth.with ?? [];
  const withouts = truth.without ?? [];
  return {
    ...o,
    ...prf(o),
    withKept: sentencesFound(withs, folded),
    withTotal: withs.length,
    withoutLeft: withouts.length - sentencesFound(withouts, folded),
    withoutTotal: withouts.length,
    ms,
  };
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Totals {
  pages: number;
  errors: number;
  /** Pages with nothing extracted (errors included). */
  empty: number;
  /** Means of the per-page figures. */
  macro: Prf;
  /** From the token counts summed over the pages. */
  micro: Prf;
  withKept: number;
  withTotal: number;
  withoutLeft: number;
  withoutTotal: number;
  /** Over the pages without an error. */
  msMedian: number;
  msMean: number;
}

export function totals(rows: readonly PageResult[]): Totals {
  const sum = (f: (r: PageResult) => number) => rows.reduce((a, r) => a + f(r), 0);
  const times = rows.filter((r) => !r.error).map((r) => r.ms);
  return {
    pages: rows.length,
    errors: rows.filter((r) => r.error).length,
    empty: rows.filter((r) => r.extracted === 0).length,
    macro: { precision: mean(rows.map((r) => r.precision)), recall: mean(rows.map((r) => r.recall)), f1: mean(rows.map((r) => r.f1)) },
    micro: prf({ extracted: sum((r) => r.extracted), truth: sum((r) => r.truth), common: sum((r) => r.common) }),
    withKept: sum((r) => r.withKept),
    withTotal: sum((r) => r.withTotal),
    withoutLeft: sum((r) => r.withoutLeft),
    withoutTotal: sum((r) => r.withoutTotal),
    msMedian: median(times),
    msMean: mean(times),
  };
}
