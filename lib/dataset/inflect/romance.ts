// French, Spanish, Italian and Portuguese: the other genders and numbers of a place's adjective.
// The data lists some forms of each ("iranien", "iraquí", "sovietici") and news writes all of them
// ("les forces irakiennes", "los sirios", "i soldati serbi"); each counts for its place as the English
// "Syrian" does. Only the regular endings are made; any other word gets none.
export type RomanceLang = 'fr' | 'es' | 'it' | 'pt';
export const ROMANCE: readonly RomanceLang[] = ['fr', 'es', 'it', 'pt'];

/** Each language's families of endings, longest first: a listed form's ending names its family. */
const FAMILIES: Record<RomanceLang, string[][]> = {
  fr: [['ienne', 'iennes', 'iens', 'ien'], ['aise', 'aises', 'ais'], ['oise', 'oises', 'ois'], ['aine', 'aines', 'ains', 'ain'], ['are', 'ares', 'ars', 'ar'], ['ique', 'iques'], ['ène', 'ènes'], ['usse', 'usses']],
  es: [['esa', 'esas', 'eses', 'és'], ['íes', 'í'], ['ares', 'ar'], ['os', 'as', 'o', 'a']],
  it: [['ese', 'esi'], ['iche', 'ico', 'ica', 'ici'], ['o', 'a', 'i', 'e']],
  pt: [['esa', 'esas', 'eses', 'ês'], ['ares', 'ar'], ['os', 'as', 'o', 'a']],
};

/** The other forms of a lower-case adjective in `lang`, or [] for a word of no family. */
export function romanceForms(w: string, lang: RomanceLang): string[] {
  if (w !== w.toLowerCase() || w.length < 5 || !/^[\p{L}-]+$/u.test(w)) return [];
  for (const family of FAMILIES[lang]) {
    const ending = family.find((e) => w.endsWith(e));
    if (ending) return family.map((e) => w.slice(0, -ending.length) + e).filter((f) => f !== w);
  }
  return [];
}
