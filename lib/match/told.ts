// Events the news tells by what happened and to whom, not by their names: "the Syrian conflict",
// "Russia's years-long invasion", "its war in neighbouring Ukraine", "la guerra entre Rusia y
// Ucrania", "Війна Росії проти України". An entry lists the kinds of word that tell it and the
// parties that must stand beside one (`told` in lib/dataset/schema.ts); a kind word, chained to
// names of the page by a few words at most, tells the event whose parties are all among those names.
import type { CompiledIndex, IndexEntry } from '../dataset/compile';
import type { ToldKind } from '../dataset/schema';
import { Paragraph } from './disambiguate';
import { beganAfter } from './evidence';
import type { AliasInfo, Match } from './matcher';

/** The words of each kind, in the languages Backstory reads, with the case forms the Slavic ones take. */
const KIND_WORDS: Record<ToldKind, string[]> = {
  war: [
    'war', 'guerre', 'guerra', 'krieg', 'krieges', 'kriegs',
    'wojna', 'wojny', 'wojnie', 'wojnę', 'wojną', 'война', 'войны', 'войне', 'войну', 'войной', 'війна', 'війни', 'війні', 'війну', 'війною',
  ],
  conflict: [
    'conflict', 'conflit', 'conflicto', 'conflitto', 'conflito', 'konflikt', 'konflikts', 'konfliktes', 'konfliktu', 'konflikcie', 'konfliktem',
    'конфликт', 'конфликта', 'конфликте', 'конфликту', 'конфликтом', 'конфлікт', 'конфлікту', 'конфлікті', 'конфліктом',
    // Fighting is told like a conflict: "the ongoing Israel-Hamas fighting", "combates en Sudán".
    'fighting', 'combats', 'combates', 'combattimenti', 'kämpfe', 'kämpfen', 'walki', 'walk', 'walkach', 'бои', 'боёв', 'боев', 'боях', 'бої', 'боїв',
  ],
  invasion: [
    'invasion', 'invasión', 'invasão', 'invasione', 'einmarsch', 'einmarsches', 'überfall', 'überfalls',
    'inwazja', 'inwazji', 'inwazję', 'inwazją', 'вторжение', 'вторжения', 'вторжению', 'вторжением', 'вторжении',
    'вторгнення', 'вторгненню', 'вторгненням', 'вторгненні',
    // The verbs, whose object follows with no word of relation: "Rusia invadió Ucrania", "Россия напала на Украину".
    'invaded', 'invadió', 'invadieron', 'invadiu', 'invadiram', 'invase', 'envahi', 'envahit', 'überfiel', 'najechała', 'napadła', 'вторглась',
    'вторгнулась', 'напала', 'вторглася',
  ],
  annexation: [
    'annexation', 'annexed', 'annexion', 'annexée', 'anexión', 'anexionada', 'anexação', 'anexada', 'annessione', 'annessa', 'annektierte', 'annektierten',
    'aneksja', 'aneksji', 'aneksję', 'aneksją', 'anektowany', 'anektowanego', 'anektowanym', 'anektowanej', 'anektowaną',
    'аннексия', 'аннексии', 'аннексию', 'аннексией', 'аннексированный', 'аннексированного', 'аннексированном', 'аннексированным', 'аннексированной',
    'анексія', 'анексії', 'анексію', 'анексією', 'анексований', 'анексованого', 'анексованому', 'анексованим', 'анексованої',
    'anexó', 'anexionó', 'anexou', 'annesse', 'annexa', 'anektowała', 'аннексировала', 'анексувала',
  ],
  intervention: [
    'intervention', 'intervención', 'intervenção', 'intervento', 'militärintervention', 'interwencja', 'interwencji', 'interwencję', 'interwencją',
    'вмешательство', 'вмешательства', 'интервенция', 'интервенции', 'интервенцию', 'втручання', 'інтервенція', 'інтервенції', 'інтервенцію',
  ],
  incursion: ['incursion', 'incursión', 'incursão', 'incursione', 'vorstoß', 'vorstoss', 'wtargnięcie', 'wtargnięcia', 'вторжение', 'рейд', 'рейду'],
  collapse: [
    'collapse', 'dissolution', 'breakup', 'break-up', 'disintegration', 'demise', 'fall', 'effondrement', 'chute', 'éclatement', 'dislocation',
    'colapso', 'disolución', 'caída', 'desintegración', 'dissolução', 'queda', 'desintegração', 'crollo', 'dissoluzione', 'caduta', 'disgregazione',
    'zerfall', 'zerfalls', 'zusammenbruch', 'zusammenbruchs', 'auflösung', 'sturz', 'sturzes', 'rozpad', 'rozpadu', 'rozpadzie', 'rozpadem', 'upadek',
    'upadku', 'upadkiem', 'распад', 'распада', 'распаде', 'распадом', 'крах', 'краха', 'крахе', 'падение', 'падения', 'падении', 'розпад', 'розпаду',
    'розпаді', 'розпадом', 'краху', 'падіння',
  ],
  summit: [
    'summit', 'sommet', 'cumbre', 'cúpula', 'cimeira', 'vertice', 'gipfel', 'gipfeltreffen', 'gipfels', 'szczyt', 'szczytu', 'szczycie', 'szczytem',
    'саммит', 'саммита', 'саммите', 'саммиту', 'саммитом', 'саміт', 'саміту', 'саміті', 'самітом',
  ],
  enlargement: [
    'enlargement', 'expansion', 'élargissement', 'ampliación', 'expansión', 'ampliação', 'expansão', 'alargamento', 'allargamento', 'espansione',
    'erweiterung', 'osterweiterung', 'rozszerzenie', 'rozszerzenia', 'rozszerzeniu', 'rozszerzeniem', 'расширение', 'расширения', 'расширению', 'расширением',
    'розширення', 'розширенню', 'розширенням',
  ],
};

const KIND_OF = new Map<string, ToldKind[]>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [ToldKind, string[]][]) {
  for (const w of words) KIND_OF.set(w, [...(KIND_OF.get(w) ?? []), kind]);
}
// A kind word on its own: not part of a longer word, nor of a compound ("anti-war", "war-torn").
const KIND_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...KIND_OF.keys()].join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * Words allowed between the parts of a telling: before the kind word one ("Russia's years-long
 * invasion"; more would take "Sudan's heritage as war" or "Ukrainian officials said the war" for
 * the war), after it three
 * ("war of aggression against Ukraine"). Punctuation ends a telling.
 */
const GAP_BEFORE = 1;
const GAP_AFTER = 3;
const STOP = /[.!?;:,()[\]{}"“”„«»|/]/;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Words that open what a kind word is about ("war on", "invasion of", "guerra contra", "война с"):
 * after one, the telling must name its party, or the war is someone else's ("Ukraine's war on
 * corruption", "Russia's invasion in 1979 of …").
 */
const OPENERS = new Set([
  'of', 'on', 'against', 'in', 'with', 'over', 'into', 'between', 'de', 'du', 'des', 'contre', 'contra', 'contro', 'en', 'em', 'na', 'no', 'a', 'à',
  'al', 'ao', 'di', 'da', 'do', 'del', 'della', 'dell', 'entre', 'tra', 'fra', 'gegen', 'zwischen', 'auf', 'im', 'w', 'z', 'ze', 'przeciwko', 'między',
  'в', 'во', 'на', 'с', 'со', 'против', 'между', 'проти', 'з', 'із', 'між',
  // Articles, before a verb's object: "anexó la península de Crimea", "invaded the Gaza Strip".
  'the', 'la', 'le', 'les', 'l', 'el', 'il', 'lo', 'los', 'las', 'o', 'os', 'die', 'der', 'den', 'das',
]);

export interface Telling {
  block: number;
  start: number;
  end: number;
  entry: number;
}

/** Whether a telling's word span is short and unbroken enough, and how many words it has. */
function gapWords(gap: string): string[] | null {
  if (STOP.test(gap)) return null;
  return gap.replace(/^['’]s?(?![\p{L}])/u, '').match(WORD) ?? [];
}

/** The entries the index can tell by each kind, computed once per index. */
const byKind = new WeakMap<CompiledIndex, Map<ToldKind, number[]>>();
function toldBy(index: CompiledIndex): Map<ToldKind, number[]> {
  let map = byKind.get(index);
  if (!map) {
    map = new Map();
    index.entries.forEach((e, i) => e.told?.kinds.forEach((k) => map!.set(k, [...(map!.get(k) ?? []), i])));
    byKind.set(index, map);
  }
  return map;
}

/**
 * The events a page tells by kind and parties. `usable` says whether an alias of a match may stand
 * for its entry here (see possible in mentions.ts). A match that already names an event by one of
 * its names is left to that name: a kind word inside a match is not read.
 */
export function tellings(
  texts: readonly string[],
  raw: readonly Match[][],
  index: CompiledIndex,
  usable: (block: number, m: Match, a: AliasInfo) => boolean,
  published?: string,
): Telling[] {
  const kinds = toldBy(index);
  if (!kinds.size) return [];
  const out: Telling[] = [];
  texts.forEach((text, b) => {
    if (!raw[b].length) return;
    let paragraph: Paragraph | undefined;
    for (const k of text.matchAll(KIND_WORD)) {
      const start = k.index, end = start + k[0].length;
      if (raw[b].some((m) => m.start < end && m.end > start)) continue;
      const found = tellingAt(text, raw[b], start, end, (m, a) => usable(b, m, a));
      if (!found) continue;
      const candidates = (KIND_OF.get(k[0].toLowerCase()) ?? []).flatMap((kind) => kinds.get(kind) ?? []);
      const entry = best(index.entries, candidates, found, published);
      if (entry === undefined) continue;
      // A telling that names one party is as open as an ambiguous name ("Russia's invasion" beside
      // Georgia and 2008): the entry's own context rule may rule its paragraph out.
      if (found.names.length === 1 && ruledOut(index.entries[entry], (paragraph ??= new Paragraph(text)))) continue;
      out.push({ block: b, start: found.start, end: found.end, entry });
    }
  });
  return out;
}

/** Whether a word of the entry's context rule against it stands in the paragraph. */
function ruledOut(entry: IndexEntry, paragraph: Paragraph): boolean {
  return !!entry.context?.against.some((cue) => !cue.startsWith('@') && paragraph.has(cue));
}

interface Chain {
  start: number;
  end: number;
  /** The entries each chained name may stand for. */
  names: Set<number>[];
  /** The words before the telling and between its parts: where a year would say which war. */
  words: string[];
  /** Whether the kind word opens onto what it is about with no name after it ("war on corruption"). */
  openEnded: boolean;
}

/** The names chained to a kind word at [start, end): to its left, then to its right. */
function tellingAt(text: string, matches: readonly Match[], start: number, end: number, usable: (m: Match, a: AliasInfo) => boolean): Chain | null {
  const chain: Chain = { start, end, names: [], words: [], openEnded: false };
  const entriesOf = (m: Match) => new Set(m.aliases.filter((a) => !a.block && usable(m, a)).map((a) => a.entry));
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i];
    if (m.end > chain.start) continue;
    const gap = gapWords(text.slice(m.end, chain.start));
    if (!gap || gap.length > GAP_BEFORE) break;
    const names = entriesOf(m);
    if (!names.size) break;
    chain.names.push(names);
    chain.words.push(...gap);
    chain.start = m.start;
  }
  const before = gapWords(text.slice(Math.max(0, chain.start - 24), chain.start));
  if (before) chain.words.push(...before.slice(-2));
  let right = false;
  for (const m of matches) {
    if (m.start < chain.end) continue;
    const gap = gapWords(text.slice(chain.end, m.start));
    // After the kind word, what it is about opens with a word of relation, or follows at once:
    // "war of aggression against Ukraine", never "war crimes committed in Ukraine".
    if (!gap || gap.length > GAP_AFTER || (gap.length && !right && !OPENERS.has(gap[0].toLowerCase()))) break;
    const names = entriesOf(m);
    if (!names.size) break;
    chain.names.push(names);
    chain.words.push(...gap);
    chain.end = m.end;
    right = true;
  }
  if (!chain.names.length) return null;
  const next = text.slice(end).match(/^\s+([\p{L}]+)\s+\S/u);
  chain.openEnded = !right && !!next && OPENERS.has(next[1].toLowerCase());
  return chain;
}

/**
 * The event a chain tells: every name in it one of the event's parties, all the parties of one of
 * its sets there, and no year before the event began ("the 1979 invasion"). Where several events
 * fit, the one whose parties the chain names most ("the Soviet war in Afghanistan" over the war of
 * 2001).
 */
function best(entries: readonly IndexEntry[], candidates: number[], chain: Chain, published?: string): number | undefined {
  if (chain.openEnded) return undefined;
  const years = chain.words.filter((w) => /^(19|20)\d\d$/.test(w)).map(Number);
  let top: number | undefined;
  let topScore = 0;
  let tied: number[] = [];
  for (const i of candidates) {
    const e = entries[i];
    const parties = e.told!.parties;
    const all = new Set(parties.flat());
    if (!chain.names.every((names) => [...names].some((n) => all.has(n)))) continue;
    if (!parties.some((set) => set.every((p) => chain.names.some((names) => names.has(p))))) continue;
    if (beganAfter(e, published) || years.some((y) => e.since && y < Number(e.since.slice(0, 4)))) continue;
    const score = chain.names.filter((names) => [...names].some((n) => all.has(n))).length;
    if (score > topScore) [top, topScore, tied] = [i, score, []];
    else if (score === topScore) tied.push(i);
  }
  if (top === undefined || !tied.length) return top;
  // Two events the same words tell ("the conflict between Israel and Iran", 2025 and 2026): on a
  // dated page, the one that began last before it, which its news is about; undated, neither.
  if (!published) return undefined;
  const before = [top, ...tied].filter((i) => (entries[i].since ?? '') <= published);
  return before.length ? before.reduce((a, b) => (entries[b].since! > entries[a].since! ? b : a)) : undefined;
}
