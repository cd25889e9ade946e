// Adjectives of places in the Slavic languages: "российский", "український", "ukraiński". News
// writes them in every gender, number and case ("российских войск", "української армії",
// "ukraińskiego rządu"), and each counts for its place as the English "Russian" does. Only the
// regular -ski/-cki type is declined (nearly every country's adjective is of it); the alias in
// the data is the masculine nominative singular, in lower case.
import type { Cases } from './common';

const ENDINGS: Record<'pl' | 'ru' | 'uk', { type: RegExp; cut: number; forms: Record<string, string> }> = {
  // ukraiński: -iego, -iemu, -im, -a, -iej, -ą, -ie, -ich, -imi (and the men's plural -cy: ukraińscy).
  pl: {
    type: /(sk|ck)i$/,
    cut: 1,
    forms: { mGen: 'iego', mDat: 'iemu', mIns: 'im', f: 'a', fGen: 'iej', fAcc: 'ą', n: 'ie', plGen: 'ich', plIns: 'imi' },
  },
  // российский: -ого, -ому, -им, -ом, -ая, -ой, -ую, -ое, -ие, -их, -ими.
  ru: {
    type: /(ск|цк)ий$/,
    cut: 2,
    forms: { mGen: 'ого', mDat: 'ому', mIns: 'им', mPrep: 'ом', f: 'ая', fGen: 'ой', fAcc: 'ую', n: 'ое', pl: 'ие', plGen: 'их', plIns: 'ими' },
  },
  // український: -ого, -ому, -им, -ім, -а, -ої, -ій, -у, -ою, -е, -і, -их, -ими.
  uk: {
    type: /(ськ|цьк)ий$/,
    cut: 2,
    forms: { mGen: 'ого', mDat: 'ому', mIns: 'им', mLoc: 'ім', f: 'а', fGen: 'ої', fDat: 'ій', fAcc: 'у', fIns: 'ою', n: 'е', pl: 'і', plGen: 'их', plIns: 'ими' },
  },
};

/** The other forms of a place's adjective (lower case, -ski/-cki type), or null for any other word. */
export function adjectiveForms(w: string, lang: 'pl' | 'ru' | 'uk'): Cases | null {
  const rule = ENDINGS[lang];
  if (w !== w.toLowerCase() || !rule.type.test(w)) return null;
  const stem = w.slice(0, -rule.cut);
  const out: Cases = {};
  for (const [form, ending] of Object.entries(rule.forms)) out[form] = stem + ending;
  if (lang === 'pl') out.plMen = stem.replace(/sk$/, 'scy').replace(/ck$/, 'ccy');
  return out;
}
