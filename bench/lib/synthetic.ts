// Synthetic dictionaries for the matcher benchmark: the real aliases plus made-up multi-word names
// whose letters follow the real aliases' letter-pair frequencies, so they share prefixes with real
// words the way a larger real dictionary would (not random strings the trie rejects at once).
import { ALIAS_ANY_CASE, sortAliases, type CompiledIndex, type IndexAlias } from '../../lib/dataset/compile';

/** A small, fast, seeded PRNG (mulberry32): the same dictionary on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)];
/** Share of made-up names that match in any case, as in the real data (about one in five). */
const ANY_CASE_SHARE = 0.2;
const END = '$';

/** Letter-pair model of the English aliases' words: what follows each letter, with repeats as weights. */
function model(words: string[]): { starts: string[]; next: Map<string, string[]> } {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    starts.push(lower[0]);
    for (let i = 0; i < lower.length; i++) {
      const list = next.get(lower[i]) ?? [];
      list.push(lower[i + 1] ?? END);
      next.set(lower[i], list);
    }
  }
  return { starts, next };
}

export function syntheticAliases(index: CompiledIndex, count: number, seed = 1): IndexAlias[] {
  const rnd = random(seed);
  const english = index.aliases.filter(([, , , lang]) => lang === '').map(([text]) => text);
  const words = english.flatMap((t) => t.split(/\s+/)).filter((w) => /^\p{L}+$/u.test(w));
  const wordCounts = english.map((t) => t.split(/\s+/).length);
  const { starts, next } = model(words);
  const lengths = words.map((w) => w.length);
  const makeWord = () => {
    const target = pick(lengths, rnd);
    let w = pick(starts, rnd);
    while (w.length < target) {
      const c = pick(next.get(w[w.length - 1]) ?? [END], rnd);
      if (c === END) break;
      w += c;
    }
    return w[0].toUpperCase() + w.slice(1);
  };
  const out: IndexAlias[] = [];
  const seen = new Set(english);
  while (out.length < count) {
    const n = Math.max(1, pick(wordCounts, rnd));
    const name = Array.from({ length: n }, makeWord).join(' ');
    if (seen.has(name)) continue;
    seen.add(name);
    out.push([name, Math.floor(rnd() * index.entries.length), rnd() < ANY_CASE_SHARE ? ALIAS_ANY_CASE : 0, '']);
  }
  return out;
}

/** Real aliases every dictionary size shares, so only the dictionary's size changes between sizes. */
export const BASE_SIZE = 1_000;

/**
 * A dictionary of `size` aliases: the same BASE_SIZE real aliases (a fixed sample) plus made-up
 * names to fill, so the text's matches stay the same and only the dictionary grows. Sorted with
 * keys, as the build ships the real one.
 */
export function dictionary(index: CompiledIndex, size: number, seed = 1): CompiledIndex {
  const rnd = random(seed);
  const base = [...index.aliases]
    .map((a) => [rnd(), a] as const)
    .sort((x, y) => x[0] - y[0])
    .slice(0, Math.min(size, BASE_SIZE))
    .map(([, a]) => a);
  return sortAliases(index.entries, [...base, ...syntheticAliases(index, size - base.length, seed)]);
}
