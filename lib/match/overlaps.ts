// A form that needs evidence gives way to a plain name that begins inside it and runs past it. Read
// leftmost-longest, "a civil war in Eastern Ukraine" is "civil war" (a form of the Syrian civil war
// that its context must confirm) and hides "war in eastern Ukraine", the war in Donbas's own name;
// the plain name is the more specific reading of the same words, where it names something the form
// cannot.
import type { Match, Matcher } from './matcher';

/** How far past a form a name beginning inside it is looked for: longer than any alias. */
const REACH = 120;

const needsEvidence = (m: Match) => m.aliases.every((a) => a.ambiguous && !a.block);
const plain = (m: Match) => m.aliases.every((a) => !a.ambiguous && !a.block);
/** Whether the form may be the plain name's entry itself: then its context decides ("Russia's full-scale war in Ukraine" is the war or, told beginning, the invasion). */
const shared = (form: Match, name: Match) => form.aliases.some((a) => name.aliases.some((b) => b.entry === a.entry));

/** The block's leftmost-longest matches, with each form that needs evidence replaced by a plain name that overlaps its end. */
export function preferPlain(matches: Match[], text: string, matcher: Matcher, lang: string): Match[] {
  if (!matches.some(needsEvidence)) return matches;
  const out: Match[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const alt = needsEvidence(m) ? matcher.inside(text, m.start + 1, Math.min(text.length, m.end + REACH), lang)[0] : undefined;
    // Only a name that ends where no other match runs on past it: the names it covers are then its own.
    let next = i + 1;
    while (alt && next < matches.length && matches[next].start < alt.end) next++;
    if (alt && alt.start < m.end && alt.end > m.end && plain(alt) && !shared(m, alt) && matches.slice(i + 1, next).every((x) => x.end <= alt.end)) {
      out.push(alt);
      i = next - 1;
    } else {
      out.push(m);
    }
  }
  return out;
}
