// "The invasion" with no name beside it: on a page that names the parties of one invasion only (the
// ones of Russia's in 2022: Russia, Ukraine), it is that one ("sanctions on Moscow over the
// invasion", "seit Beginn der Invasion im Februar 2022", "przed rozpoczęciem inwazji"); so is "the
// annexation" on a page of Crimea. Only where the word is definite: "a possible invasion" is a fear;
// and a page naming the parties of two (Iraq's too) is left alone. So too a war with only its owner
// beside it ("Russia's war", "wojna Rosji"; ownedTelling).
import type { CompiledIndex } from '../dataset/compile';
import { POSSESSIVES } from './told-words';

/** The nouns of those kinds (not their verbs: "the annexed peninsula" is the land, not the event). */
const BARE_WORDS = new Set([
  'invasion', 'invasión', 'invasão', 'invasione', 'inwazja', 'inwazji', 'inwazję', 'вторжение', 'вторжения', 'вторгнення',
  'annexation', 'annexion', 'anexión', 'anexação', 'annessione', 'aneksja', 'aneksji', 'аннексия', 'аннексии', 'анексія', 'анексії',
]);
/** The bare nouns wherever they stand in a block: a bare telling needs no name near it, only the page's (see bareTelling). */
export const BARE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...BARE_WORDS].join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * Words that make the kind word after them the page's own: articles, and the Slavic "since the start
 * of", "this" and "the current" in languages without articles ("podczas obecnej inwazji") (and
 * possessives: "leur invasion du pays").
 */
const DEFINITE = new Set([
  'the', 'this', 'la', 'l', 'le', 'el', 'a', 'da', 'do', 'die', 'der', 'den', 'des', 'il', 'dell', 'della',
  'początku', 'rozpoczęciem', 'rozpoczęcia', 'начала', 'начале', 'початку', 'початок',
  'obecnej', 'obecna', 'obecną', 'trwającej', 'trwająca', 'tej', 'нынешнего', 'нынешнее', 'этого', 'нинішнього', 'цього',
]);

/** Words of an invasion's manner, between its English article and its noun ("a" is Portuguese's article, and English's indefinite). */
const MANNER = new Set(['ground', 'full-scale', 'large-scale', 'all-out', 'military', 'unprovoked', 'brutal', 'illegal', 'ongoing']);

/**
 * The event a bare kind word (`word`, lower case) at `start` of `text` tells, or undefined:
 * `candidates` the events of its kinds, `pageNamed` the entries the page names plainly.
 */
export function bareTelling(
  text: string,
  start: number,
  word: string,
  candidates: readonly number[],
  index: CompiledIndex,
  pageNamed: ReadonlySet<number>,
  published?: string,
): number | undefined {
  if (!BARE_WORDS.has(word)) return undefined;
  // One word of its manner may stand between: "the extent of the ground invasion".
  const [, far, near] = /(?:(\p{L}+)['’]?\s+)?([\p{L}-]+)['’]?\s*$/u.exec(text.slice(Math.max(0, start - 40), start)) ?? [];
  const manner = near && MANNER.has(near.toLowerCase());
  const before = (manner ? (far && /^(?:the|this)$/iu.test(far) ? far : undefined) : near)?.toLowerCase();
  if (!before || !(DEFINITE.has(before) || POSSESSIVES.has(before))) return undefined;
  return onlyFit(candidates, index, pageNamed, published);
}

/** The one candidate begun by the page's day whose parties the page names, all of one set, or undefined. */
function onlyFit(candidates: readonly number[], index: CompiledIndex, pageNamed: ReadonlySet<number>, published?: string): number | undefined {
  // Not one yet to begin: on a page before it, "the invasion" is a fear (stricter than beganAfter, which allows a name ahead of its event).
  // By the month: a page dated to its month only ("2022-02") reads as its first day.
  const begun = (c: number) => !published || !index.entries[c].since || index.entries[c].since!.slice(0, 7) <= published.slice(0, 7);
  const fit = candidates.filter((c) => begun(c) && index.entries[c].told!.parties.some((set) => set.every((p) => pageNamed.has(p))));
  return fit.length === 1 ? fit[0] : undefined;
}

/**
 * A country's war told by its owner alone ("efforts to end Russia's war", "Russlands Krieg", "wojna
 * Rosji", "la guerra de Rusia"): the one event of that country's the page names every party of. Only
 * with the owner as a possessive or a genitive beside the kind word and nothing chained after it:
 * "Russia's war with Japan" names its other party.
 */
export function ownedTelling(
  text: string,
  owner: ReadonlySet<number>,
  [from, to]: [number, number],
  kind: [number, number],
  candidates: readonly number[],
  index: CompiledIndex,
  pageNamed: ReadonlySet<number>,
  published?: string,
): number | undefined {
  // Not a combining form, half of a pair: "le conflit israélo-palestinien".
  if (/^[-‐‑]/u.test(text.slice(to))) return undefined;
  const possessive = to <= kind[0] ? OWNER_BEFORE.test(text.slice(to, kind[0])) : from >= kind[1] && OWNER_AFTER.test(text.slice(kind[1], from + 1));
  if (!possessive) return undefined;
  // No year in its sentence before the event began: "la guerre de Russie de 1812".
  const sentence = text.slice(text.slice(0, kind[0]).search(/[^.!?]*$/), kind[1] + Math.max(0, text.slice(kind[1]).search(/[.!?]|$/)));
  const years = (sentence.match(/(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/g) ?? []).map(Number);
  const since = (c: number) => Number(index.entries[c].since?.slice(0, 4) ?? 0);
  const owned = candidates.filter((c) => index.entries[c].told!.parties.some((set) => set.some((p) => owner.has(p))) && !years.some((y) => y < since(c)));
  return onlyFit(owned, index, pageNamed, published);
}
/** An owner before the kind word: "Russia's", "Russlands". */
const OWNER_BEFORE = /^(?:['’]s?)?\s+$/u;
/**
 * An owner after it: "la guerra de Rusia", "la guerre de la Russie", or a name in its genitive right
 * after it ("wojna Rosji", "война России"; not an adjective: "aerei da guerra russi" are warplanes).
 */
const OWNER_AFTER = /^\s+(?:(?:of|de|del|di|della|du|da|do|des|von|der)\s+(?:la\s+|l['’]\s*|the\s+)?\p{L}|\p{Lu})$/u;
