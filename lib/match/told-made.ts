// Agreements and summits the news tells by what they are tied to, not by their names. An agreement by
// where it was reached ("Cease-fire agreement reached in Minsk", "a Minsk è stato firmato un accordo
// preliminare", "in Minsk wurde ein vorläufiges Protokoll unterzeichnet") or by the country it binds
// ("a landmark deal between world powers and Iran on its nuclear program"); a summit by the group
// that held it, with its city in the sentence ("arrived in Hamburg to secure the G20 summit", "durante
// a Cúpula do G20, em Hamburgo"). An entry lists what it is tied to and the cues that must speak for
// it (`made` in lib/dataset/schema.ts): an agreement's or a summit's noun a few words from one of those
// names, in one sentence, where a cue speaks for it, tells the entry. A city hosts many agreements
// ("the accord signed in Minsk in December 1991" ended the Soviet Union): a year before the entry's
// rules its sentence out, and after the day its tellings end (`until`), the words are another's
// unless they name its years.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import type { Category } from '../dataset/schema';
import { Paragraph } from './disambiguate';
import { beganAfter } from './evidence';
import type { AliasInfo, Match } from './matcher';
import type { Telling } from './told';
import { KIND_WORDS, MEETING } from './told-words';

/** An agreement's words, nouns only, in the forms the news gives them (not a ceasefire's: one is declared as often as agreed). */
const AGREEMENT_WORDS = [
  'agreement', 'agreements', 'accord', 'accords', 'deal', 'pact', 'protocol',
  'protocole', 'pacte',
  'abkommen', 'abkommens', 'friedensabkommen', 'friedensabkommens', 'friedensplan', 'friedensplans', 'vereinbarung', 'vereinbarungen', 'einigung', 'protokoll', 'protokolls',
  'acuerdo', 'acuerdos', 'protocolo', 'pacto',
  'accordo', 'accordi', 'intesa', 'protocollo', 'patto',
  'acordo', 'acordos',
  'porozumienie', 'porozumienia', 'porozumieniu', 'porozumień', 'porozumieniem', 'umowa', 'umowy', 'umowę', 'umowie', 'protokół', 'protokołu', 'ustalenia', 'ustaleń', 'ustaleniach',
  'соглашение', 'соглашения', 'соглашению', 'соглашением', 'соглашении', 'соглашений', 'договорённость', 'договоренность',
  'договорённости', 'договоренности', 'договорённостей', 'договоренностей', 'протокол', 'протокола', 'протоколе',
  'угода', 'угоди', 'угоду', 'угодою', 'угоді', 'угод', 'домовленість', 'домовленості', 'домовленостей', 'протоколу', 'протоколі',
];
/**
 * Words that make an agreement's or a summit's noun or ambiguous name one not (yet) made, up to two
 * words before it ("any prospective nuclear deal", "un futuro acuerdo", "ein mögliches Abkommen"),
 * with no article between ("made possible the deal"). Not "new": the new Minsk agreement of 2015 is
 * one of the Minsk agreements.
 */
const NOT_MADE = new RegExp(
  `(?<![\\p{L}])(?:${[
    'any', 'prospective', 'possible', 'potential', 'future', 'eventual', 'hypothetical', 'proposed',
    'futur', 'éventuel', 'éventuelle', 'futuro', 'futura', 'posible', 'possível', 'possibile', 'eventuale', 'potencial', 'potenziale',
    'künftiges', 'künftigen', 'künftige', 'mögliches', 'möglichen', 'mögliche', 'etwaiges', 'etwaigen',
    'przyszłe', 'przyszłego', 'przyszłej', 'przyszłą', 'możliwe', 'możliwego', 'możliwej', 'ewentualne', 'ewentualnego', 'ewentualnej',
    'будущее', 'будущего', 'будущем', 'возможное', 'возможного', 'возможном', 'потенциальное', 'потенциального',
    'майбутня', 'майбутньої', 'майбутню', 'можлива', 'можливої', 'можливу', 'потенційна', 'потенційної',
  ].join('|')})(?:\\s+(?!(?:the|a|an|le|la|les|el|il|o|der|die|das)\\s)[\\p{L}-]+){0,2}\\s+$`,
  'iu',
);
/** Whether the words before `at` make what follows an agreement or a summit not (yet) made (see NOT_MADE). */
export const notMade = (text: string, at: number): boolean => NOT_MADE.test(text.slice(Math.max(0, at - 60), at));
/**
 * An event named after "a" where the clause fears it or puts it as a condition: "if Russia launches a
 * full-scale invasion of Ukraine", "warned of a new Cold War". Not "Russia launched a full-scale invasion".
 */
const FEARED = /(?<![\p{L}])(?:if|unless|should|would|could|might|threat|threatens|threatened|fear|fears|feared|warn|warns|warned|warning|risk|prospect|prevent|deter|avoid)\s+(?:[\p{L}'’-]+\s+){0,3}(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/**
 * An event counted in a series or set beside the one named is another of its kind: "the third war in
 * Gaza in the last six years", "another Cold War", "a previous war in Gaza". Not "first": an entry
 * that is the first of its series names itself so ("First Chechen War").
 */
const ANOTHER = new RegExp(
  `(?<![\\p{L}])(?:${[
    'another', 'previous', 'earlier', 'prior', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh',
    'autre', 'deuxième', 'troisième', 'quatrième', 'otra', 'segunda', 'tercera', 'cuarta', 'outra', 'terceira', 'quarta', 'altra', 'seconda', 'terza',
    'andere[nr]?', 'zweite[nr]?', 'dritte[nr]?', 'vierte[nr]?', 'inna', 'innej', 'druga', 'drugiej', 'trzecia', 'trzeciej', 'другая', 'другой', 'вторая', 'второй', 'третья', 'третьей', 'інша', 'іншої', 'друга', 'другої', 'третя', 'третьої',
  ].join('|')})\\s+$`,
  'iu',
);
/** Whether the event named at `at` is feared or put as a condition (see FEARED), or, not one of a series, another of its kind (see ANOTHER). */
export const feared = (text: string, at: number, entry: IndexEntry): boolean =>
  FEARED.test(text.slice(Math.max(0, at - 80), at)) || (entry.category === 'event' && !entry.series && ANOTHER.test(text.slice(Math.max(0, at - 24), at)));
/** A summit's nouns (not the verbs of meeting, which tell a summit only beside its place: see MEETING). */
const SUMMIT_WORDS = KIND_WORDS.summit.filter((w) => !MEETING.has(w));
const wordsOf = (words: string[]) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${words.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
/** The words that tell an entry of each category by what it is tied to. */
export const SUMMIT_WORD = wordsOf(SUMMIT_WORDS);
const WORDS_OF: Partial<Record<Category, RegExp>> = { treaty: wordsOf(AGREEMENT_WORDS), summit: SUMMIT_WORD };
const MEETING_WORD = wordsOf([...MEETING]);
/** Words at most between the entry's noun and what it is tied to: "accord de cessez-le-feu avait été signé à Minsk" has six. */
const MADE_WORDS = 8;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** What ends a sentence between them (a headline's comma does not: "Minsk, raggiunto accordo"). */
const SENTENCE_END = /[.!?;]["'»”’)]*\s/;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The entries each name tells (Entry.made.at), computed once per index. */
const byTie = new WeakMap<CompiledIndex, Map<number, number[]>>();
function tiedTo(index: CompiledIndex): Map<number, number[]> {
  let at = byTie.get(index);
  if (!at) {
    at = new Map();
    index.entries.forEach((e, i) => e.made?.at.forEach((p) => at!.set(p, [...(at!.get(p) ?? []), i])));
    byTie.set(index, at);
  }
  return at;
}

/**
 * The agreements and summits a page tells by what they are tied to. `usable` says whether a match's
 * alias may stand for its entry here, `pageNamed` the entries the page names plainly.
 */
export function madeTellings(
  texts: readonly string[],
  raw: readonly Match[][],
  index: CompiledIndex,
  usable: (block: number, m: Match, a: AliasInfo) => boolean,
  pageNamed: ReadonlySet<number>,
  published?: string,
): Telling[] {
  const at = tiedTo(index);
  if (!at.size) return [];
  const ids = new Map(index.entries.map((e, i) => [e.id, i]));
  const out: Telling[] = [];
  const pageTied = [...at.keys()].some((tie) => pageNamed.has(tie));
  // A summit by its city in the sentence alone ("the summit at the lakeside Villa La Grange in Geneva"),
  // where the page names one whole set of those who met there.
  const placed = [...new Set([...at.values()].flat())].filter(
    (e) => index.entries[e].category === 'summit' && index.entries[e].told?.parties.some((set) => set.every((p) => pageNamed.has(p))),
  );
  texts.forEach((text, b) => {
    const ties = raw[b].filter((m) => m.aliases.some((a) => at.has(a.entry) && usable(b, m, a)));
    if (!ties.length && !pageTied && !placed.length) return;
    const paragraph = new Paragraph(text);
    for (const [category, words] of Object.entries(WORDS_OF)) for (const k of text.matchAll(words)) {
      const start = k.index, end = start + k[0].length;
      // A word inside a name is that name's ("Minsk Protocol", "accords de Minsk").
      if (raw[b].some((m) => m.start < end && m.end > start) || notMade(text, start)) continue;
      const told = new Set<number>();
      // With its year beside it ("the 2015 deal", "o acordo de 2015"), an agreement is tied by the page
      // and spoken for by its block: the year says which of the tie's agreements it is.
      const year = yearBeside(text, start, end);
      const dated = new Set<number>();
      if (year) for (const [tie, es] of at) if (pageNamed.has(tie)) for (const e of es) if (index.entries[e].category === category && Number(index.entries[e].since?.slice(0, 4)) === year) dated.add(e);
      if (category === 'summit') placed.forEach((e) => told.add(e));
      for (const m of ties) {
        const between = m.end <= start ? text.slice(m.end, start) : m.start >= end ? text.slice(end, m.start) : null;
        if (between === null || SENTENCE_END.test(between) || (between.match(WORD) ?? []).length > MADE_WORDS) continue;
        for (const a of m.aliases) if (at.has(a.entry) && usable(b, m, a)) at.get(a.entry)!.forEach((e) => index.entries[e].category === category && told.add(e));
      }
      const named = (id: string) => pageNamed.has(ids.get(id) ?? -1);
      for (const e of new Set([...told, ...dated])) {
        const around = told.has(e) ? paragraph.sentence(start, end) : paragraph;
        if (agreed(index.entries[e], around, named, yearsAround(text, start), published)) out.push({ block: b, start, end, entry: e });
      }
    }
    // A meeting of the summit's two people in its city ("Putin's meeting with Biden in Geneva in June",
    // "after meeting President Joe Biden in Geneva"): one of them in the sentence, the other on the page.
    // Not of others who met there ("Blinken met Lavrov in Geneva" on a page naming the two countries).
    for (const k of placed.length ? text.matchAll(MEETING_WORD) : []) {
      const start = k.index, end = start + k[0].length;
      const sentence = paragraph.sentence(start, end);
      const inSentence = (p: number) => raw[b].some((m) => m.aliases.some((a) => a.entry === p && usable(b, m, a)) && sentence.has(text.slice(m.start, m.end)));
      for (const e of placed) {
        const people = index.entries[e].told!.parties.find((set) => set.every((p) => pageNamed.has(p) && index.entries[p].category === 'person'));
        if (people?.some(inSentence) && agreed(index.entries[e], sentence, (id) => pageNamed.has(ids.get(id) ?? -1), yearsAround(text, start), published)) out.push({ block: b, start, end, entry: e });
      }
    }
    // A summit by its group's name alone with its city a few words away ("ad Amburgo il G20", "den G20 in
    // Hamburg"), or a few words from the group's meeting ("у Гамбурзі відбудеться зустріч лідерів «Великої
    // двадцятки»"): the group stands for its meeting there. The telling runs from the one to the other.
    for (const m of ties) {
      const [from, to] = wordsAround(text, m.start, m.end);
      const meetings = [...text.slice(from, to).matchAll(MEETING_WORD)].map((k) => wordsAround(text, from + k.index, from + k.index + k[0].length));
      const named = (id: string) => pageNamed.has(ids.get(id) ?? -1);
      for (const [start, end] of [[from, to], ...meetings.map(([f, t]) => [Math.min(f, from), Math.max(t, to)])]) {
        const near = new Paragraph(text.slice(start, end));
        for (const a of m.aliases) {
          if (index.entries[a.entry].category !== 'organization' || !usable(b, m, a)) continue;
          for (const e of at.get(a.entry)!) {
            const entry = index.entries[e];
            if (entry.category !== 'summit' || !agreed(entry, near, named, yearsAround(text, m.start), published)) continue;
            const city = entry.made!.support.map((cue) => cueAt(text, start, end, cue)).find((c) => c !== null);
            if (city) out.push({ block: b, start: Math.min(m.start, city[0]), end: Math.max(m.end, city[1]), entry: e });
          }
        }
      }
    }
  });
  return out;
}

/** Where the text from up to three words before a name to three words after it begins and ends, within its sentence. */
function wordsAround(text: string, start: number, end: number): [number, number] {
  const before = /(?:[\p{L}\p{N}'’-]+[^\p{L}\p{N}.!?;]+){0,3}$/u.exec(text.slice(Math.max(0, start - 80), start))?.[0] ?? '';
  const after = /^(?:[^\p{L}\p{N}.!?;]+[\p{L}\p{N}'’-]+){0,3}/u.exec(text.slice(end, end + 80))?.[0] ?? '';
  return [start - before.length, end + after.length];
}

/** Where a cue word stands as a whole word between `from` and `to`, if it does. */
function cueAt(text: string, from: number, to: number, cue: string): [number, number] | null {
  if (cue.startsWith('@')) return null;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(text.slice(from, to));
  return at ? [from + at.index, from + at.index + at[0].length] : null;
}

/** Whether the entry is what its sentence tells: a cue for it there or on the page, no word of its context rule against it there, and no year or day against it. */
function agreed(entry: IndexEntry, sentence: Paragraph, named: (id: string) => boolean, years: number[], published?: string): boolean {
  const { support, until } = entry.made!;
  if (!support.some((cue) => (cue.startsWith('@') ? named(cue.slice(1)) : sentence.has(cue)))) return false;
  if (entry.context?.against.some((cue) => !cue.startsWith('@') && sentence.has(cue))) return false;
  // A year before it is another's; so is any other year, of a summit, which is held once.
  const since = Number(entry.since?.slice(0, 4));
  if (beganAfter(entry, published) || years.some((y) => y < since || (entry.category === 'summit' && y !== since))) return false;
  return !until || !published || published.slice(0, 10) <= until || years.some((y) => y <= Number(until.slice(0, 4)));
}

/** A year set beside a noun: just before it, one word between at most ("the 2015 nuclear deal"), or after it by one word ("o acordo de 2015", "the agreement of 2015"). */
function yearBeside(text: string, start: number, end: number): number | undefined {
  const y = /(?<!\d)((?:19|20)\d\d)(?:\s+[\p{L}-]+)?\s+$/u.exec(text.slice(Math.max(0, start - 30), start)) ?? /^\s+[\p{L}']+\s+((?:19|20)\d\d)(?!\d)/u.exec(text.slice(end, end + 20));
  return y ? Number(y[1]) : undefined;
}

/** The years the clause around `at` names: "en 2002, … du Traité ABM et en 2018, … de l'accord nucléaire avec l'Iran" gives 2018's. */
function yearsAround(text: string, at: number): number[] {
  const from = Math.max(0, text.slice(0, at).search(/[^.!?;:,]*$/));
  const rest = text.slice(at).search(/[.!?;:,]["'»”’)]*\s/);
  return [...text.slice(from, rest < 0 ? text.length : at + rest).matchAll(YEAR)].map((y) => Number(y[0]));
}
