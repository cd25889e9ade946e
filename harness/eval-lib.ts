// Scores scan results against gold annotations, with the same semantics as the corpus's reference
// scorer (corpus RULES.md): recall of required terms counts highlighted mentions on English pages;
// precision counts every judged mention; a trap is hit when a mention of the forbidden term has the
// trap's text and context. Mentions outside the vocabulary, or by a form the annotators did not list,
// are unjudged.
import type { FileScan } from './scan-lib';

export interface Gold {
  page: string;
  lang?: string;
  present: string[];
  required: string[];
  traps?: { text: string; not: string; snippet?: string }[];
  ambiguous_ok?: { keys: string[] }[];
}

export interface Vocabulary {
  byTitle: Map<string, string>;
  forms: Map<string, Set<string>>;
}

export interface PageScore {
  page: string;
  english: boolean;
  required: number;
  found: number;
  missed: string[];
  tp: number;
  fp: string[];
  traps: number;
  trapHits: number;
  unjudged: string[];
}

export function normTitle(t: string | undefined): string {
  if (!t) return '';
  let s = t;
  try {
    s = decodeURIComponent(t);
  } catch {
    /* keep as is */
  }
  s = s.replace(/^https?:\/\/[a-z]+\.(m\.)?wikipedia\.org\/wiki\//, '');
  return s.normalize('NFC').replace(/ /g, '_').replace(/[\u2013\u2014]/g, '-').replace(/^_+|_+$/g, '').toLowerCase();
}

export function normForm(t: string | undefined): string {
  const s = (t ?? '').normalize('NFC').replace(/\u2019/g, "'").replace(/[\u2013\u2014]/g, '-');
  return s.trim().replace(/\s+/g, ' ').replace(/'s$/, '').toLowerCase();
}

export function loadVocabulary(tsv: string): Vocabulary {
  const byTitle = new Map<string, string>();
  const forms = new Map<string, Set<string>>();
  const rows = tsv.split('\n').slice(1).filter((l) => l.trim());
  for (const line of rows) {
    const r = line.replace(/\r$/, '').split('\t');
    const [key, , canonical, , wiki, alts = '', surface = ''] = r;
    for (const t of [wiki, canonical, ...alts.split('|').filter(Boolean)]) {
      const k = normTitle(t);
      if (!byTitle.has(k)) byTitle.set(k, key);
    }
    const f = new Set(
      [wiki.replace(/_/g, ' '), canonical, ...alts.split('|'), ...surface.split('|')].filter(Boolean).map(normForm),
    );
    forms.set(key, new Set([...f, ...[...f].map((x) => x + 's')]));
  }
  return { byTitle, forms };
}

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function scorePage(gold: Gold, scan: FileScan, vocab: Vocabulary): PageScore {
  const keyOf = (m: FileScan['mentions'][number]) => vocab.byTitle.get(normTitle(m.wikipedia)) ?? vocab.byTitle.get(normTitle(m.title));
  const ok = new Set(gold.present);
  for (const a of gold.ambiguous_ok ?? []) a.keys.forEach((k) => ok.add(k));
  const all = new Set<string>();
  const hl = new Set<string>();
  const unjudged: string[] = [];
  for (const m of scan.mentions) {
    const key = keyOf(m);
    if (key === undefined) {
      unjudged.push(m.title);
      continue;
    }
    if (!ok.has(key) && !vocab.forms.get(key)?.has(normForm(m.text))) {
      unjudged.push(`${m.title} via '${m.text}'`);
      continue;
    }
    all.add(key);
    if (m.highlighted !== false) hl.add(key);
  }
  const required = new Set(gold.required);
  const found = [...required].filter((k) => hl.has(k));
  let trapHits = 0;
  for (const t of gold.traps ?? []) {
    const core = squash(t.snippet).replace(/^\.+|\.+$/g, '').trim();
    const hit = scan.mentions.some((m) => {
      if (keyOf(m) !== t.not || m.text !== t.text) return false;
      const ctx = squash(m.context);
      const probes = [ctx.slice(0, 25), ctx.slice(-25)].filter((w) => w.length >= 12);
      return !ok.has(t.not) || (ctx !== '' && (core.includes(ctx) || probes.some((w) => core.includes(w))));
    });
    if (hit) trapHits++;
  }
  return {
    page: gold.page,
    english: (gold.lang ?? 'en').toLowerCase().startsWith('en'),
    required: required.size,
    found: found.length,
    missed: [...required].filter((k) => !hl.has(k)).sort(),
    tp: [...all].filter((k) => ok.has(k)).length,
    fp: [...all].filter((k) => !ok.has(k)).sort(),
    traps: (gold.traps ?? []).length,
    trapHits,
    unjudged,
  };
}

export interface Totals {
  pages: number;
  recall: number;
  recallOther: number;
  precision: number;
  trapHits: number;
  traps: number;
  required: number;
  found: number;
  requiredOther: number;
  foundOther: number;
  tp: number;
  fp: number;
  unjudged: number;
}

export function totals(scores: PageScore[]): Totals {
  const sum = (f: (s: PageScore) => number, filter: (s: PageScore) => boolean = () => true) =>
    scores.filter(filter).reduce((a, s) => a + f(s), 0);
  const required = sum((s) => s.required, (s) => s.english);
  const found = sum((s) => s.found, (s) => s.english);
  const requiredOther = sum((s) => s.required, (s) => !s.english);
  const foundOther = sum((s) => s.found, (s) => !s.english);
  const tp = sum((s) => s.tp);
  const fp = sum((s) => s.fp.length);
  return {
    pages: scores.length,
    recall: required ? found / required : 0,
    recallOther: requiredOther ? foundOther / requiredOther : 0,
    precision: tp + fp ? tp / (tp + fp) : 0,
    trapHits: sum((s) => s.trapHits),
    traps: sum((s) => s.traps),
    required,
    found,
    requiredOther,
    foundOther,
    tp,
    fp,
    unjudged: sum((s) => s.unjudged.length),
  };
}
