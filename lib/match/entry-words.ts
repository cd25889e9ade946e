// The lower-cased words of an entry's names, for the checks that ask whether a word beside a mention
// is the entry's own ("Vladimir" before "Putin") or names someone else.
import type { CompiledIndex } from '../dataset/compile';

const wordsCache = new WeakMap<CompiledIndex, { byEntry: number[][]; words: Map<number, Set<string>> }>();
/** The lower-cased words of an entry's aliases ("Vladimir" is Putin's own name, not another person's), on demand. */
export function entryWords(index: CompiledIndex, entry: number): Set<string> {
  let cache = wordsCache.get(index);
  if (!cache) {
    const byEntry: number[][] = index.entries.map(() => []);
    index.aliases.forEach((a, i) => byEntry[a[1]].push(i));
    wordsCache.set(index, (cache = { byEntry, words: new Map() }));
  }
  let words = cache.words.get(entry);
  if (!words) {
    words = new Set();
    for (const i of cache.byEntry[entry]) for (const w of index.aliases[i][0].toLowerCase().split(/[\s.]+/)) if (w) words.add(w);
    cache.words.set(entry, words);
  }
  return words;
}
