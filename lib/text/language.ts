// The page's language: its lang attribute when it has one, else a guess from its most frequent
// short words. Used to pick aliases and to keep English-only heuristics off other languages.

// Polish, Italian and Portuguese share many short words with each other and with Spanish and
// French (la, que, per, do, na, o, e, i, da, del, una, para, por): their lists hold only words
// the other Latin-script languages here do not use often.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'den', 'mit', 'sich', 'auf', 'ein'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'una', 'para'],
  pl: ['w', 'z', 'się', 'nie', 'że', 'jest', 'od', 'przez', 'dla', 'jak', 'oraz', 'już', 'który', 'która', 'które'],
  it: ['di', 'che', 'per', 'della', 'delle', 'dei', 'degli', 'sono', 'è', 'gli', 'nel', 'nella', 'alla', 'anche', 'questo'],
  pt: ['não', 'em', 'com', 'uma', 'os', 'as', 'ao', 'aos', 'pelo', 'pela', 'pelos', 'pelas', 'é', 'são', 'foi', 'também', 'seu', 'ainda', 'ele', 'ela'],
};
/** Letters only Ukrainian uses among Cyrillic languages (і, ї, є, ґ); Russian has ы, э, ъ. */
const UKRAINIAN = /[іїєґ]/giu;
const RUSSIAN = /[ыэъ]/giu;
/** How much text is enough to guess from. */
const SAMPLE_CHARS = 5000;

export function declaredLanguage(doc: Document): string {
  return primaryLanguage(doc.documentElement?.getAttribute('lang') ?? '');
}

/** The primary subtag of a language tag, in lower case ("en-GB" -> "en"), or ''. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A two-letter code, or '' when the text gives no clear answer. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic > latin) {
    const uk = (sample.match(UKRAINIAN) ?? []).length;
    const ru = (sample.match(RUSSIAN) ?? []).length;
    return uk > ru ? 'uk' : ru > uk ? 'ru' : '';
  }
  const words = sample.match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = '';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  // Fewer than a handful of stopwords: too little text to say.
  return bestScore >= 5 ? best : '';
}

/** A page's language guessed from its first few thousand characters, enough to tell it. */
export function guessPageLanguage(texts: readonly string[], chars = 5000): string {
  let out = '';
  for (const t of texts) {
    out += `${t} `;
    if (out.length >= chars) break;
  }
  return guessLanguage(out);
}
