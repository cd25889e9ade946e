// A name in a list of places: "one national each from Austria, Belgium, Bulgaria, Cyprus, Spain,
// Georgia, and Nigeria". Its neighbours, each a place by a name of its own, say what kind of name it
// is: a country among countries, as a language's name among languages is the language (see
// inLanguageList in evidence.ts). A list of US states names none of Backstory's places, so it says nothing.
// So does a dateline with its date, country or agency: "MINSK, 19 February (BelTA) –" names the city
// the story was filed from.
import type { IndexEntry } from '../dataset/compile';
import { inDateline } from '../text/dateline';
import type { AliasInfo, Match } from './matcher';

/** What stands between two items of a list: a comma (with "and" or "or" after it), or "and", "or", "&". */
const ITEM_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$/u;
/** How many neighbours must be places named plainly. */
const PLACES_AROUND = 2;

/** Whether `matches[i]` of `text`, one of whose `aliases` is a place's ambiguous name, stands in a list with at least two places named plainly, or opens its block as a dateline. */
export function inPlaceList(text: string, matches: readonly Match[], i: number, aliases: readonly AliasInfo[], entries: readonly IndexEntry[]): boolean {
  if (!aliases.some((a) => a.ambiguous && entries[a.entry].category === 'place')) return false;
  if (inDateline(text, matches[i].start, matches[i].end, true)) return true;
  const plainPlace = (m: Match) => m.aliases.some((a) => !a.ambiguous && !a.block && entries[a.entry].category === 'place');
  let places = 0;
  for (const dir of [-1, 1] as const) {
    for (let j = i, k = i + dir; k >= 0 && k < matches.length; j = k, k += dir) {
      const [left, right] = dir < 0 ? [matches[k], matches[j]] : [matches[j], matches[k]];
      if (!ITEM_GAP.test(text.slice(left.end, right.start)) || !plainPlace(matches[k])) break;
      if (++places >= PLACES_AROUND) return true;
    }
  }
  return false;
}
