// A name restated by another: "the Accordo di Belavezha, anche noto come Accordo di Minsk", "the
// Strategic Arms Reduction Treaty, commonly known as New START". Both names are of one thing; where
// the first is plainly an entry and the second is not among that entry's names, the second is the
// data's name of something else ("Accordo di Minsk" is the Minsk agreements of 2014–15) and is not
// a mention.
import type { Match } from './matcher';

/** What stands between a name and its restatement, in the languages Backstory reads: ", also known as (the)" (a comma or a bracket first: "Biden called Gorbachev" restates nothing). */
const ALSO_KNOWN = new RegExp(
  '^\\s*[,(]\\s*(?:' +
    [
      '(?:also |commonly |better |widely |often |otherwise )?(?:known|referred to) as|also called|aka|a\\.k\\.a\\.',
      'auch (?:bekannt )?als|auch genannt',
      '(?:aussi |également )?(?:appelée?s?|connue?s? sous le nom d(?:e |\')|dite?s?)',
      '(?:también )?(?:conocid[oa]s? (?:también )?como|llamad[oa]s?)',
      '(?:anche )?(?:not[oaie]|conosciut[oaie]|dett[oaie]) (?:anche )?come',
      '(?:também )?(?:conhecid[oa]s? (?:também )?como|chamad[oa]s?)',
      '(?:znan[yaei]|zwan[yaei]) (?:też |także |również )?jako|(?:też |także |również )(?:znan[yaei]|zwan[yaei]) jako',
      '(?:также |ещё )?(?:известн\\p{L}*|именуем\\p{L}*) как|(?:також )?відом\\p{L}* як',
    ].join('|') +
    ')\\s*(?:the |l\'|la |le |les |il |lo |el |los |las |o |a |os |as |der |die |das )?["“«„]?\\s*$',
  'iu',
);

/**
 * The matches that restate the match before them under a name of another entry of the same kind,
 * when that match is plainly its entry (an ambiguous first name proves nothing: "the Strategic Arms
 * Reduction Treaty, commonly known as New START" is New START whichever treaty the first was taken
 * for). A possessive is no restatement: "Prigozhin, known as Putin's chef".
 */
export function restatements(texts: readonly string[], raw: readonly Match[][], kind: (entry: number) => string): Set<Match> {
  const out = new Set<Match>();
  raw.forEach((matches, b) => {
    const text = texts[b];
    for (let i = 1; i < matches.length; i++) {
      const [first, second] = [matches[i - 1], matches[i]];
      const plain = first.aliases.find((a) => !a.ambiguous && !a.block);
      if (!plain || second.aliases.some((a) => a.entry === plain.entry || a.block || kind(a.entry) !== kind(plain.entry))) continue;
      if (/^['’]s?\b/u.test(text.slice(second.end, second.end + 2))) continue;
      if (ALSO_KNOWN.test(text.slice(first.end, second.start))) out.add(second);
    }
  });
  return out;
}
