// NATO told without its name, on a page that names it: by its common noun ("the expansion of the
// alliance", "rozszerzeniu Sojuszu", "расширения альянса"), and as what a member accedes to
// ("ratify Finland and Sweden's accession"). The noun is a party of a telling only: it is never
// marked, and a page that does not name NATO reads it as nothing (its alliance may be another).
import type { CompiledIndex } from '../dataset/compile';
import type { AliasInfo, Match } from './matcher';
import type { Chain } from './told-chain';

/** The alliance's common noun, in the languages Backstory reads, with the Slavic case forms. */
const ALLIANCE = new RegExp(
  `(?<![\\p{L}-])(?:${[
    'alliance', 'allianz', 'bündnis', 'bündnisses', 'alianza', 'aliança', 'alleanza',
    'sojusz', 'sojuszu', 'sojuszowi', 'sojuszem', 'альянс', 'альянса', 'альянсу', 'альянсом', 'альянсе', 'альянсі',
  ].join('|')})(?![\\p{L}-])`,
  'giu',
);

/** The index of NATO's entry where the page names it plainly (not by an ambiguous form), else -1. */
export function namedAlliance(index: CompiledIndex, raw: readonly Match[][]): number {
  const nato = index.entries.findIndex((e) => e.id === 'nato');
  const named = nato >= 0 && raw.some((ms) => ms.some((m) => m.aliases.some((a) => a.entry === nato && !a.ambiguous && !a.block)));
  return named ? nato : -1;
}

/** The page's matches with the alliance's common noun added where no match covers it (`nato` from namedAlliance). */
export function withAlliance(texts: readonly string[], raw: readonly Match[][], nato: number): readonly Match[][] {
  if (nato < 0) return raw;
  const info: AliasInfo = { entry: nato, text: 'alliance', caseText: 'alliance', anyCase: true, ambiguous: false, usual: false, seat: false, block: false, lang: '' };
  return raw.map((ms, b) => {
    const nouns = [...texts[b].matchAll(ALLIANCE)]
      .map((x) => ({ start: x.index, end: x.index + x[0].length, aliases: [info] }))
      .filter((x) => !ms.some((m) => m.start < x.end && x.start < m.end));
    return nouns.length ? [...ms, ...nouns].sort((p, q) => p.start - q.start) : ms;
  });
}

/** A member's accession with no alliance in the telling accedes to the one the page names: NATO joins the chain. */
export function accedesTo(chain: Chain, nato: number): Chain {
  if (nato < 0 || chain.names.some((set) => set.has(nato))) return chain;
  return { ...chain, names: [...chain.names, new Set([nato])], spans: [...chain.spans, [chain.end, chain.end]], loose: [...chain.loose, -1] };
}
