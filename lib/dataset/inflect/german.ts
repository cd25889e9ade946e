// German: the genitive -s of names (Putins, Russlands, Chinas), not after s, ß, x, z or a
// silent -ce, and not on feminine names (die Ukraine, die Türkei, die Krim, die Sowjetunion).
import type { Category } from '../schema';
import { isAbbreviation } from './common';

/** Endings of feminine nouns: die Ukraine, die Türkei, die Sowjetunion, die Republik. */
const DE_FEMININE = /(e|ei|ion|ung|heit|keit|schaft|tät|ik)$/;
/** Names that take no -s: feminine (die Krim, die Duma, die Hisbollah) or plural (die Taliban, die Golanhöhen). */
const DE_NO_GENITIVE = new Set(['krim', 'duma', 'rada', 'hisbollah', 'taliban', 'golanhöhen', 'revolutionsgarden', 'volksverteidigungseinheiten']);
/** Names of places ending in a vowel that are neuter and take -s (Chinas, Kubas, Kosovos); other vowel endings get none. */
const DE_VOWEL_NEUTER = new Set(['china', 'kuba', 'kosovo', 'venezuela', 'korea', 'nordkorea', 'südkorea', 'afrika', 'amerika']);

/**
 * Masculine and neuter nouns that head the names of treaties, wars, summits and laws, with their
 * genitive endings: "des INF-Vertrags" or "-Vertrages", "des Warschauer Pakts", "des Atomabkommens",
 * "des Budapester Memorandums", "des Helsinki-Gipfels". A name ending in one of them takes the
 * ending, whatever its category and however many words it has ("Warschauer Pakt": a place's -er
 * adjective does not decline).
 */
const DE_HEADS: [RegExp, string[]][] = [
  [/(vertrag|pakt|krieg|konflikt|anschlag|angriff|abzug|beitritt|schild|rat)$/, ['s', 'es']],
  [/(putsch|einmarsch)$/, ['es', 's']],
  [/(abkommen|übereinkommen|memorandum|protokoll|programm|format|dossier|gipfel|plan|statut|referendum|moratorium|system)$/, ['s']],
  [/gesetz$/, ['es']],
];
/** Words before the head that decline themselves ("Kalter Krieg": des Kalten Krieges): no form then. */
const DE_DECLINING = /^\p{Ll}|(isch|ig|lich|al|ell|iv|ar)(er|es)$|^(Kalter|Großer|Erster|Zweiter|Dritter|Neuer|Kleiner|Heiliger|Goldener)$/u;

/** Prepositions that open where or against whom after a head noun: "Krieg im Donbass", "Angriff auf die Ukraine". */
const DE_PLACE_AFTER = new Set(['in', 'im', 'am', 'auf', 'gegen', 'um', 'zwischen', 'mit', 'über']);

/** The genitive forms of a name whose last word is one of DE_HEADS, or whose first is with a place after it ([] if neither). */
export function deHeadGenitives(text: string): string[] {
  const words = text.split(' ');
  // A head with its place after it: "Krieg in der Ostukraine" -> "des Krieges in der Ostukraine".
  const first = DE_HEADS.find(([re]) => re.test(words[0].toLowerCase()));
  if (first && words.length > 2 && /^\p{Lu}/u.test(words[0]) && DE_PLACE_AFTER.has(words[1])) {
    return first[1].map((ending) => `${words[0]}${ending} ${words.slice(1).join(' ')}`);
  }
  const last = words.at(-1)!;
  const heads = DE_HEADS.find(([re]) => re.test(last.toLowerCase()));
  if (!heads || !/^[\p{Lu}\d]/u.test(last) || words.slice(0, -1).some((w) => DE_DECLINING.test(w))) return [];
  return heads[1].map((ending) => `${text}${ending}`);
}

export function deGenitive(text: string, category: Category): string | null {
  const words = text.split(' ');
  const last = words.at(-1)!;
  const lower = last.toLowerCase();
  // Not abbreviations (UdSSR: die), nor names ending in s, ß, x, z or a silent -ce (Vance').
  if (category !== 'person' && isAbbreviation(last) && !last.includes('-')) return null;
  if (!/^\p{Lu}[\p{L}-]*$/u.test(last) || /([sßxz]|ce)$/.test(lower)) return null;
  if (category !== 'person') {
    // Only one-word names: "Republik Moldau", "Europäische Union" change more than an ending.
    if (words.length > 1 || DE_FEMININE.test(lower) || DE_NO_GENITIVE.has(lower)) return null;
    if (/[aeiouy]$/.test(lower) && !DE_VOWEL_NEUTER.has(lower)) return null;
  }
  return `${text}s`;
}
