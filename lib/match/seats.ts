// A capital's name stands for its state where the state acts ("Beijing said", "pressure on Tehran",
// "arms transfers to Pyongyang"); where it says where something is or happens, it is the city:
// "arrived in Beijing", "a military parade in Beijing", "l'ATP 500 a Pechino", "travelled to Beijing",
// "the capital Tehran". The city is no entry of its own, so such a name marks nothing.

/** Words of place just before a name ("in", "à", "ad", "nach", "w", "в"); "a" only where it is not an article (AT_ROMANCE). */
export const AT_PLACE = /(?:^|[^\p{L}])(?:in|im|à|ad|en|em|nach|w|we|в|во|у)\s+$/iu;
const AT_ROMANCE = /(?:^|[^\p{L}])a\s+$/iu;
/** Travel to a place: "travelled to Beijing", "heads to Beijing", "a trip to Tehran" (not "arms to Tehran", "a message to Beijing"). */
const TRAVEL_TO =
  /(?:^|[^\p{L}])(?:travel+(?:ed|ing|s)?|head(?:s|ed|ing)?|fl(?:ew|ies|y|ying|own)|went|go(?:es|ing|ne)?|return(?:s|ed|ing)?|c[ao]me|comes|coming|trip|trips|journey|visit|visits|moved?|back)\s+to\s+$/iu;
/** The capital named as such: "the capital Tehran", "the Polish capital Warsaw", "la capitale Pechino". */
const CAPITAL = /(?:^|[^\p{L}])(?:capital|capitale|Hauptstadt|stolica|stolicy|столица|столиці)\s+(?:city\s+)?(?:of\s+)?$/iu;

/**
 * A list of cities, the name among them: "a number of cities including Pyongyang, Beijing;
 * Ulaanbaatar", "capitals such as Warsaw and Vilnius" (the list's names capitalised, between commas,
 * semicolons and "and").
 */
const CITY_LIST = new RegExp(
  '(?:^|[^\\p{L}])(?:cities|capitals|venues|Städte|Hauptstädte|villes|capitales|ciudades|città|capitali|cidades|miasta|stolice|города|столицы|міста|столиці)' +
    '\\s+(?:\\p{Ll}+\\s+){0,2}(?:including|such as|like|incluyendo|como|comme|wie|come|jak|как|як)\\s+' +
    '(?:\\p{Lu}[\\p{L}’\'.-]*(?:\\s+\\p{Lu}[\\p{L}’\'.-]*)*(?:\\s*[,;]\\s*|\\s+(?:and|or|y|et|und|e|i|и|і)\\s+))*$',
  'u',
);

/** Whether the capital's name at [start, end) of `text` is the city, by the words just before it; never with a possessive ("in Beijing's view"). */
export function cityNotState(text: string, start: number, end: number, lang: string): boolean {
  if (/^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (AT_PLACE.test(before) || TRAVEL_TO.test(before) || CAPITAL.test(before) || (['it', 'es', 'pt'].includes(lang) && AT_ROMANCE.test(before))) return true;
  return CITY_LIST.test(text.slice(Math.max(0, start - 120), start));
}
