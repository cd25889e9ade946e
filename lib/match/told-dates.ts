// An event told by its kind and the day it began: "since the war began after the October 7, 2023 Hamas
// attacks", "a ofensiva militar lançada a 24 de Fevereiro pela Rússia", "война, начавшаяся 24 февраля".
// A war, a conflict or an invasion that began on the day an event of the dataset began is that event,
// whichever of those words tells it; the other kinds (a summit, a collapse) must be the event's own,
// with the year said. The days an event began are its timeline's (IndexEntry.told.began). A war told
// by its year alone ("the 2008 war", "войны 2008 года") is the one armed event of that year whose
// parties the page names.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import type { ToldKind } from '../dataset/schema';
import type { Match } from './matcher';
import type { Telling } from './told';

/** The month names of the languages Backstory reads, in the form a date takes (the Slavic genitive). */
const MONTHS: string[][] = [
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'stycznia', 'января', 'січня'],
  ['february', 'februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'lutego', 'февраля', 'лютого'],
  ['march', 'märz', 'mars', 'marzo', 'março', 'marca', 'марта', 'березня'],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'апреля', 'квітня'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'maja', 'мая', 'травня'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'июня', 'червня'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'июля', 'липня'],
  ['august', 'août', 'agosto', 'sierpnia', 'августа', 'серпня'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'września', 'сентября', 'вересня'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'октября', 'жовтня'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'ноября', 'листопада'],
  ['december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'декабря', 'грудня'],
];
/** The English abbreviations, with their dot: "Feb. 24". */
const ABBREVIATED: [string, number][] = [['jan.', 1], ['feb.', 2], ['mar.', 3], ['apr.', 4], ['jun.', 6], ['jul.', 7], ['aug.', 8], ['sep.', 9], ['sept.', 9], ['oct.', 10], ['nov.', 11], ['dec.', 12]];
const MONTH_OF = new Map([...MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)), ...ABBREVIATED]);
const MONTH = `(${[...MONTH_OF.keys()].map((n) => n.replace('.', '\\.')).join('|')})`;
/** Whether a word is a month's name ("annexée en mars", "в марте" say when, not what of). */
export const isMonth = (word: string): boolean => MONTH_OF.has(word.toLowerCase()) || IN_MONTH.has(word.toLowerCase());
/** "October 7, 2023", "7 October 2023", "24. Februar", "24 de Fevereiro de 2022", "24 февраля 2022 года". */
const DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTH}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?|(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+|of\\s+)?${MONTH}(?:,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d))?)(?![\\p{L}\\d])`,
  'giu',
);
/**
 * Whether a verb at `start` stands in a clause that dates something else by its event, as a story dates
 * by the one event everyone knows: "when Russia attacked Ukraine", "Kiedy Rosja zaatakowała Ukrainę",
 * "seit Russland die Ukraine überfallen hat" (its subject, and the object where it comes first, between).
 */
export function whenClause(text: string, start: number): boolean {
  return WHEN_CLAUSE.test(text.slice(Math.max(0, start - 60), start));
}
const WHEN_CLAUSE =
  /(?<!\p{L})(?:when|since|after|once|kiedy|gdy|odkąd|когда|коли|после того,? как|після того,? як|cuando|desde que|después de que|quando|depois que|seit|seitdem|nachdem|als|lorsque|quand|depuis que|dopo che|da quando)\s+(?:[\p{L}'’.-]+\s+){1,4}$/iu;
/** The kinds that tell an armed conflict, one for another where the day says which. */
const ARMED = new Set<ToldKind>(['war', 'conflict', 'invasion', 'incursion', 'intervention', 'occupation']);
/** How far the day may stand from the kind word, in characters, within its sentence. */
const [AFTER, BEFORE] = [70, 40];

/**
 * The events the page tells by a kind word and the day they began. `kindAt` finds the kind words in a
 * block, each with its kinds; `raw` the block's matches (a kind word inside a name is the name's).
 */
export function datedTellings(
  texts: readonly string[],
  raw: readonly Match[][],
  index: CompiledIndex,
  kindAt: (text: string) => { index: number; word: string; kinds: ToldKind[] }[],
  published?: string,
  pageNamed: ReadonlySet<number> = new Set(),
): Telling[] {
  const dated = index.entries.map((e, i) => [e, i] as const).filter(([e]) => e.told?.began.length);
  if (!dated.length) return [];
  const out: Telling[] = [];
  texts.forEach((text, b) => {
    if (!/\d/.test(text)) return;
    for (const k of kindAt(text)) {
      const [start, end] = [k.index, k.index + k.word.length];
      if (raw[b].some((m) => m.start < end && m.end > start)) continue;
      const day = dayNear(text, start, end);
      if (!day) {
        const year = yearBeside(text, start, end);
        const found = year ? ofYear(dated, k.kinds, year.year, pageNamed) : undefined;
        if (year && found !== undefined) out.push({ block: b, start: Math.min(start, year.start), end: Math.max(end, year.end), entry: found });
        continue;
      }
      const found = latest(dated.filter(([e]) => fits(e, k.kinds, day, published)), day);
      if (found === undefined) continue;
      out.push({ block: b, start: Math.min(start, day.start), end: Math.max(end, day.end), entry: found });
    }
  });
  return out;
}

interface Day {
  start: number;
  end: number;
  /** MM-DD */
  monthDay: string;
  year?: string;
}

/**
 * The day a kind word says its event began: after it, where only words of beginning and of relation
 * stand between ("the war began after the October 7, 2023 attacks", "ofensiva militar lançada a 24 de
 * Fevereiro", "война, начавшаяся 24 февраля"; not "rose when the conflict began to 672 by March 2");
 * or right before it ("the October 7 war").
 */
function dayNear(text: string, start: number, end: number): Day | null {
  const after = text.slice(end, end + AFTER).split(SENTENCE_END)[0];
  const inAfter = [...after.matchAll(DATE)][0];
  if (inAfter && tellsBeginning(after.slice(0, inAfter.index))) return dayOf(inAfter, end);
  const before = text.slice(Math.max(0, start - BEFORE), start).split(SENTENCE_END).pop() ?? '';
  const inBefore = [...before.matchAll(DATE)].pop();
  const between = inBefore && before.slice(inBefore.index! + inBefore[0].length);
  return inBefore && /^\s*(?:[-–]\s*)?$/u.test(between!) ? dayOf(inBefore, start - before.length) : null;
}

/** A sentence's end; not the dot of a German day ("am 24. Februar") nor of a month's abbreviation ("on Feb. 24"). */
const SENTENCE_END = /(?<!(?:^|[^\d])\d{1,2})(?<!(?:^|[^\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?;](?:\s|$)/u;

/** Words that say an event began, in the languages Backstory reads. */
const BEGIN = new Set([
  'began', 'begun', 'started', 'erupted', 'launched', 'broke', 'out', 'begann', 'begonnen', 'ausgebrochen', 'commencé', 'débuté', 'déclenchée', 'lancée',
  'comenzó', 'empezó', 'iniciada', 'iniciado', 'lanzada', 'estalló', 'iniziata', 'iniziato', 'cominciata', 'scoppiata', 'lançada', 'iniciou', 'começou',
  'rozpoczęła', 'rozpoczęta', 'rozpoczął', 'rozpoczęty', 'wybuchła', 'wybuchł', 'начался', 'началась', 'началось', 'начавшаяся', 'начавшейся', 'начавшийся',
  'начатая', 'розпочалася', 'розпочався', 'почалася', 'почався', 'розпочата',
]);
/** Words of relation and of time that may stand between a kind word and its day. */
const LINK = new Set([
  'on', 'in', 'after', 'the', 'of', 'since', 'that', 'which', 'was', 'has', 'had', 'been', 'am', 'seit', 'der', 'die', 'das', 'ist', 'hat', 'le', 'la', 'du',
  'depuis', 'a', 'est', 'qui', 'el', 'de', 'del', 'desde', 'que', 'se', 'fue', 'il', 'di', 'dal', 'dallo', 'che', 'è', 'si', 'em', 'do', 'da', 'foi',
  'w', 'we', 'od', 'która', 'się', 'в', 'с', 'со', 'которая', 'з', 'із', 'яка',
  // Between its parties: "the conflict between Israel and Hamas began on …".
  'between', 'and', 'zwischen', 'und', 'entre', 'et', 'y', 'e', 'tra', 'fra', 'między', 'i', 'между', 'и', 'між', 'та', 'і',
]);

/**
 * Whether the words between a kind word and a day tell when it began: words of beginning and
 * relation, names (its parties), and two other words at most beside a word of beginning.
 */
function tellsBeginning(gap: string): boolean {
  if (/\d/.test(gap)) return false;
  const words = (gap.match(/[\p{L}’'-]+/gu) ?? []).filter((w) => !/^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const other = words.filter((w) => !BEGIN.has(w) && !LINK.has(w)).length;
  return words.length <= 6 && (other === 0 || (other <= 2 && words.some((w) => BEGIN.has(w))));
}

function dayOf(m: RegExpMatchArray, offset: number): Day | null {
  const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const n = MONTH_OF.get(month.toLowerCase());
  if (!n || Number(day) < 1 || Number(day) > 31) return null;
  const start = offset + m.index!;
  return { start, end: start + m[0].length, monthDay: `${String(n).padStart(2, '0')}-${day.padStart(2, '0')}`, year };
}

/** The day an event began that this day names: the same month and day, and year where it is given. */
function beganThen(e: IndexEntry, day: Day): string | undefined {
  return e.told!.began.find((d) => d.slice(5) === day.monthDay && (!day.year || d.startsWith(day.year)));
}

/**
 * Of the events that began on a day named without its year ("since October 7"), the one that began
 * last: a page's news is of it (the page's date has ruled out those that began after it). With its
 * year, the one event of that day.
 */
function latest(found: (readonly [IndexEntry, number])[], day: Day): number | undefined {
  if (day.year) return found.length === 1 ? found[0][1] : undefined;
  return found.sort(([a], [b]) => beganThen(b, day)!.localeCompare(beganThen(a, day)!))[0]?.[1];
}

/** Whether the event began on that day and is told by one of these kinds; a day without its year, before the page's date. */
function fits(e: IndexEntry, kinds: readonly ToldKind[], day: Day, published?: string): boolean {
  const began = beganThen(e, day);
  if (!began || (!day.year && published && began > published)) return false;
  const own = e.told!.kinds;
  // A summit or a collapse "on June 12" is any year's: only a war's day is known without it.
  return kinds.some((k) => (own.includes(k) && (!!day.year || ARMED.has(k))) || (ARMED.has(k) && own.some((o) => ARMED.has(o))));
}

/**
 * A year right beside a kind word: "the 2008 war", "the war of 2008", "guerre de 2008", "войны 2008
 * года", "wojny z 2008 roku"; after it with its month too: "the war in August 2008", "войны в августе 2008 года".
 */
function yearBeside(text: string, start: number, end: number): { start: number; end: number; year: string } | null {
  const before = /(?<![\p{L}\d])((?:19|20)\d\d)\s+$/u.exec(text.slice(Math.max(0, start - 8), start));
  if (before) return { start: start - before[0].length, end: start, year: before[1] };
  const after = /^\s+(?:(?:of|in|de|del|du|von|z|w|di|da|em|en|im|в|у)\s+)?(?:(\p{L}+)\s+)?((?:19|20)\d\d)(?![\p{L}\d])/u.exec(text.slice(end, end + 36));
  return after && (!after[1] || isMonth(after[1]) || IN_MONTH.has(after[1].toLowerCase())) ? { start: end, end: end + after[0].length, year: after[2] } : null;
}
/** The Slavic months in the case "in" takes ("в августе", "у серпні", "w sierpniu"). */
const IN_MONTH = new Set([
  'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре',
  'січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні',
  'styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu',
]);

/**
 * The one armed event that began in `year` and whose parties (all of one set) the page names, told
 * by a kind word of its own (a war by "war": Crimea's occupation of 2014 is no "2014 war"); none
 * where two fit (a page of Russia, Ukraine and the Donbas: "the 2014 war" is the Donbas war or the
 * whole Russo-Ukrainian one) or the word is no armed kind.
 */
function ofYear(dated: readonly (readonly [IndexEntry, number])[], kinds: readonly ToldKind[], year: string, pageNamed: ReadonlySet<number>): number | undefined {
  if (!kinds.some((k) => ARMED.has(k))) return undefined;
  const fit = dated.filter(
    ([e]) => e.since?.startsWith(year) && e.told!.kinds.some((o) => ARMED.has(o) && kinds.includes(o)) && e.told!.parties.some((set) => set.every((p) => pageNamed.has(p))),
  );
  return fit.length === 1 ? fit[0][1] : undefined;
}

/**
 * Whether a later event had taken over what the telling's words tell by the page's day (`until`):
 * "fighting in the Donbas" on a page of 2024 is the war of 2022, not the one that began in 2014,
 * unless the telling names a year up to then ("the war in the Donbas since 2014").
 */
export function overtaken(entry: IndexEntry, published: string | undefined, years: readonly number[]): boolean {
  const until = entry.told?.until;
  return !!until && !!published && published.slice(0, 10) > until && !years.some((y) => y <= Number(until.slice(0, 4)));
}

/**
 * Whether a year the telling names is none of the event's: before it began ("the 1979 invasion"), or
 * more than LATE_YEARS after the last day its timeline records ("a war with Georgia in 2008" is not
 * the war in Abkhazia of 1992–93).
 */
export function outside(e: IndexEntry, year: number): boolean {
  return (!!e.since && year < Number(e.since.slice(0, 4))) || (!!e.told?.last && year > Number(e.told.last.slice(0, 4)) + LATE_YEARS);
}
/** Years after an event's last dated day in which a telling may still name it (its aftermath, a timeline not yet brought up to date). */
const LATE_YEARS = 2;
