// What the declension rules share (lib/dataset/inflect.ts and its languages in this folder).

/** A word's forms, one per case the language has (nominative left out); null: no rule is sure. */
export type Cases = Record<string, string>;

/** What kind of word is declined: a given name, a surname, or a place or thing. */
export type WordKind = 'given' | 'surname' | 'thing';

/** Joins per-word forms into the phrase's forms, case by case (only cases every declining word has). */
export function combine(parts: (Cases | string)[]): Cases {
  const declined = parts.filter((p): p is Cases => typeof p !== 'string');
  const cases = Object.keys(declined[0] ?? {}).filter((c) => declined.every((p) => c in p || (c === 'dat2' && 'dat' in p)));
  const out: Cases = {};
  for (const c of cases) out[c] = parts.map((p) => (typeof p === 'string' ? p : (p[c] ?? p.dat))).join(' ');
  return out;
}

/** NATO, ChRL, UdSSR: abbreviations are left as they are (two capitals or more). */
export function isAbbreviation(w: string): boolean {
  return (w.match(/\p{Lu}/gu) ?? []).length > 1;
}
