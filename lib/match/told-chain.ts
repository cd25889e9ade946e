// The names chained to a kind word ("war"), to its left and right, with the words between them: what
// a telling (lib/match/told.ts) is made of. Which event a chain tells is told.ts's to decide.
import type { AliasInfo, Match } from './matcher';
import { isMonth } from './told-dates';
import { AUXILIARIES, JOINERS, LED_WORDS, OPENERS, POSSESSIVES, WITH } from './told-words';
import { adverb, aside, ARTICLES, described, gapWords, opposing, RELATIVE_COMMA, SCALE, WORD } from './told-gaps';

/**
 * Words allowed between the parts of a telling: before the kind word one ("Russia's years-long
 * invasion"; more would take "Sudan's heritage as war" or "Ukrainian officials said the war" for
 * the war), after it three ("war of aggression against Ukraine"). Punctuation ends a telling.
 */
const GAP_BEFORE = 1;
const GAP_AFTER = 3;

/**
 * Past participles of annexing and seizing, which set after a comma say what was done to the name
 * before it: "la Crimée, annexée en mars par la Russie", "Crimea, seized in 2014".
 */
const PARTICIPLES = new Set([
  'annexed', 'seized', 'annexée', 'annexé', 'anexionada', 'anexada', 'annessa', 'annesso', 'annektierte', 'anektowany', 'anektowana',
  'annexées', 'annexés', 'anexadas', 'anexados', 'anexionadas', 'anexionados', 'annesse', 'annessi', 'anektowane',
  'аннексированный', 'аннексированная', 'анексований', 'анексована',
]);

/** Verbs of taking that tell a seizure only with the land right after them ("had taken Crimea"; not "took place in Crimea"), or "over" or "by" it. */
const TAKEN = new Set(['took', 'taken']);
const TAKEN_LINKS = new Set(['over', 'by']);
/** Verbs of investigating tell an investigation by who leads it, before them; what follows is what it looks into. */
const LED = new Set(LED_WORDS);
/** A name before a relative clause whose verb is the kind word: its object ("Crimea, which it seized", "la Crimée, qu'elle a annexée") or its subject ("Мюллер, который расследует"). */
const OBJECT_OF = /^,\s+(?:which|that|who|que|qu['’]|qui|che|die|den|das|который|которая|которое|которые|який|яка|яке|які|który|która|które|którzy)\s*(?:(?:it|they|she|he|elle|il|ils|sie|er|esso|essa)\s+)?(?:(?:has|had|have|a|avait|ha|hat|hatte)\s+)?$/iu;
/** "Against" opens onto the other side, the sentence's subject the one: "the Ukrainian government seeks support in the war against Russia" (see possessor). */
const AGAINST = new Set(['against', 'contre', 'contra', 'contro', 'gegen', 'przeciwko', 'против', 'проти']);
/** "By" opens onto the party that did it: "Crimea, which was annexed by Russia" (see possessor). */
const BY = new Set(['by', 'par', 'por', 'pela', 'pelo', 'von', 'durch', 'przez', 'dalla', 'dal', 'da']);
/** "In" or "at" after a told name says where the sentence stands: "Moscow's takeover of Crimea in the U.N. Security Council". */
const WHERE = new Set(['in', 'at', 'en', 'em', 'im', 'w', 'we', 'nel', 'nella', 'dans', 'à', 'в', 'во', 'у', 'на']);
/** A name owning these is for whom or at whose word a thing was done, not what it was done to: "interfered in the presidential election on Trump's behalf". */
const FOR_WHOM = /^['’]s?\s+(?:behalf|behest|orders?|request|side|instructions?|command)(?!\p{L})/u;
/**
 * Auxiliaries that are finite verbs (not "been", "è stata", "aver"): one right before a name after the telling opens the
 * sentence's own clause, the name its subject and no party: "nach der Einverleibung der Krim wurde Putin
 * empfangen" (not "the war that Russia is waging against Ukraine", where the name's own verb follows it).
 */
const FINITE = new Set([...AUXILIARIES].filter((w) => !['been', 'été', 'stata', 'stato', 'sido', 'worden', 'aver', 'avere', 'avoir', 'haber', 'ter'].includes(w)));
/** A capitalised word hyphened to the name after it, the pair one party's name: "Vertice Kim-Trump a Singapore". */
const PAIRED = /(^|\s)\p{Lu}\p{L}*-$/u;

export interface Chain {
  start: number;
  end: number;
  /** The entries each chained name may stand for. */
  names: Set<number>[];
  /** Where each name stands in the text. */
  spans: [number, number][];
  /** Per name, -1 if bound to the telling (beside it, or joined by "of", "and" …), else where the telling ends without it: a name after other words ("… na Bałtyku") joins only as a party. */
  loose: number[];
  /** The words before the telling and between its parts: where a year would say which war. */
  words: string[];
  /** Whether the kind word opens onto what it is about with no name after it ("war on corruption"). */
  openEnded: boolean;
  /** Whether the first name is the sentence's subject, added to a telling told only by whom it is "with" or "by" (see possessor). */
  subject?: boolean;
}

/** The names chained to a kind word at [start, end), `next` the first match after it: to its left, then to its right. */
export function tellingAt(
  text: string,
  matches: readonly Match[],
  next: number,
  start: number,
  end: number,
  usable: (m: Match, a: AliasInfo) => boolean,
  party: (entry: number) => boolean = () => true,
): Chain | null {
  const chain: Chain = { start, end, names: [], spans: [], loose: [], words: [], openEnded: false };
  const entriesOf = (m: Match) => new Set(m.aliases.filter((a) => !a.block && usable(m, a)).map((a) => a.entry));
  const [participle, led] = [PARTICIPLES, LED].map((words) => words.has(text.slice(start, end).toLowerCase()));
  for (let i = next - 1; i >= 0; i--) {
    const m = matches[i];
    const between = unbracketed(text, m.start, m.end, chain.start);
    const gap = (participle && !chain.names.length && /^,\s+$/.test(between)) || OBJECT_OF.test(between) ? [] : gapWords(between);
    // An adverb and an auxiliary are read past here too: "Crimea was illegally annexed", "A Crimeia foi
    // entretanto anexada", "Israel and Hamas have been fighting".
    if (!gap || gap.filter((w, k) => !adverb(w) && !AUXILIARIES.has(w) && !scaled(gap, k)).length > GAP_BEFORE) break;
    const names = entriesOf(m);
    if (!names.size) break;
    // After a word of relation only a party joins ("die Ukraine im Krieg gegen Russland"); any other
    // name is placed by it, not a party: "Глава Севастополя в аннексированном Крыму".
    // So is one joined by any other word: "sanctions on Russia for meddling in 2016 election".
    if (gap.length === 1 && ![...names].some(party)) break;
    chain.names.push(names);
    chain.spans.push([m.start, m.end]);
    chain.loose.push(-1);
    chain.words.push(...gap);
    chain.start = m.start;
  }
  chain.words.push(...(gapWords(text.slice(Math.max(0, chain.start - 24), chain.start)) ?? []).slice(-2));
  let right = false;
  // "The conflict with Russia", "annexed by Russia", nothing before it: whose conflict, or what was
  // annexed, the sentence said before (see possessor).
  let withOnly = false;
  const leftNames = chain.names.length;
  for (let i = next; i < matches.length && !led; i++) {
    const m = matches[i];
    const gap = described(opposing(gapWords(text.slice(chain.end, m.start).replace(PAIRED, '$1').replace(RELATIVE_COMMA, '')), right));
    // After the kind word, what it is about opens with a word of relation, or follows at once:
    // "war of aggression against Ukraine", never "war crimes committed in Ukraine".
    const link = gap?.find((w) => !aside(w))?.toLowerCase();
    // An article counts for nothing: Spanish and English write apart what Italian contracts ("en las", "nelle").
    if (!gap || gap.filter((w) => !aside(w) && !ARTICLES.has(w.toLowerCase())).length > GAP_AFTER || (link && !right && !OPENERS.has(link))) break;
    // After the telling, a finite verb right before a name opens the sentence's own clause (see FINITE).
    if (right ? FINITE.has(gap.at(-1) ?? '') : TAKEN.has(text.slice(start, end).toLowerCase()) && gap.some((w) => !TAKEN_LINKS.has(w.toLowerCase()))) break;
    const names = entriesOf(m);
    if (!names.size || FOR_WHOM.test(text.slice(m.end, m.end + 24))) break;
    chain.names.push(names);
    chain.spans.push([m.start, m.end]);
    // A name right after another ("на Україну Фінляндія подала"), "with" one ("Israel y Hamás con Irán") or "by" one
    // ("the war with Ukraine by striking a NATO member") starts something else.
    // A name joined on after other words begins a clause of its own: "анексовано Крим та окуповано частини Донбасу".
    // So does one joined on as the owner of something else: "the annexation of Crimea and the Kremlin's support for …".
    const owner = /^['’]s?(?!\p{L})/u.test(text.slice(m.end, m.end + 3));
    const clause = !!link && JOINERS.has(link) && (owner || gap.some((w) => !JOINERS.has(w.toLowerCase()) && !OPENERS.has(w.toLowerCase()) && !aside(w)));
    chain.loose.push((link ? (!OPENERS.has(link) && !JOINERS.has(link)) || clause || (right && (WITH.has(link) || BY.has(link) || WHERE.has(link))) : right) ? chain.end : -1);
    chain.words.push(...gap);
    chain.end = m.end;
    if (!right) withOnly = !leftNames && !!link && (WITH.has(link) || BY.has(link) || AGAINST.has(link));
    right = true;
  }
  possessor(text, matches, next, chain, (m) => new Set([...entriesOf(m)].filter(party)), withOnly);
  if (!chain.names.length) return null;
  // A year right after the telling says which war ("in the Donbas since 2014"); not after a loose name ("… and escalated into a full-scale war in 2022").
  const since = YEAR_AFTER.exec(text.slice(chain.end, chain.end + 24));
  if (since && (chain.loose.at(-1) ?? -1) < 0) chain.words.push(since[1]);
  // "Its collapse in 1991" is not open-ended: a year says when, with a month too ("in December 1991").
  const after = text.slice(end).match(/^\s+([\p{L}]+)\s+(\S+)/u);
  const year = after && /^\s+\p{L}+\s+(?:\d{1,2}\.?\s+)?(?:\p{L}+\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/u.exec(text.slice(end))?.[1];
  if (year) chain.words.push(year);
  // "To" before a verb says what for, not what of: "the Soviet Union's fall to engage former bloc countries".
  const infinitive = after?.[1].toLowerCase() === 'to' && /^\p{Ll}+$/u.test(after[2]) && !TO_OBJECTS.has(after[2]);
  // A country told as "its neighbour" or "the country" is one the sentence named, not something else:
  // "Russia's invasion of its neighbor", "Russia’s invasion into the country" (read as the owner's alone).
  const neighbour = ANAPHOR.test(text.slice(end, end + 60));
  chain.openEnded = !led && !right && !!after && !year && !isMonth(after[2].replace(/\P{L}+$/u, '')) && !infinitive && !neighbour && OPENERS.has(after[1].toLowerCase());
  return chain;
}

/** A year after a telling, by a word of time: "since 2014", "desde 2014", "seit 2014", "in 2008". */
const YEAR_AFTER = /^\s+(?:since|in|from|between|desde|depuis|seit|dal|od|с|з|від|w|we|в|у|en|em|im|nel)\s+((?:19|20)\d\d)(?!\d)/u;

/** What a kind word opens onto that stands for a country named before: "its neighbour", "the country", "du pays", "in das Land". */
const ANAPHOR = /^\s+\p{L}+\s+(?:(?:its|their)\s+(?:[\p{Ll}-]+\s+)?neighbou?r|(?:the|that|this|le|ce|el|ese|este|o|esse|il|quel|das|dieses)\s+(?:country|pays|país|paese|Land)|pays|país|paese|Landes|страну|країну)(?!\p{L})/u;

/** Words after "to" that open a noun, not a verb: "Kabul's fall to the Taliban". */
const TO_OBJECTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'power']);

/** How far a possessive's party may stand from it, in words, within its sentence. */
const [POSSESSOR_WORDS, SENTENCE_END] = [12, /[.!?;]/];
/** How far the side of a conflict told by whom it is "with" may stand before it, in words, within its sentence. */
const SUBJECT_WORDS = 24;

/**
 * A possessive just before the kind word ("its collapse", "su invasión") adds the party it points
 * to: the nearest name before it in the same sentence, or else the first after the telling, of the
 * names that can be a party of such an event ("Russia's annexation of Crimea in 2014 and its
 * alleged interference in the US presidential elections": Russia's, not Crimea's). `entriesOf`
 * gives those a name may be. So does an event told only by whom it is "with", "by" or "against" (`withOnly`):
 * the other side is the nearest party before it in the sentence ("Les alliés de l'Ukraine … le plan
 * de sortie du conflit avec la Russie", "Crimea, which was annexed by Russia"); a name that is no
 * party of such an event ("Biden discussed the war with Russia") adds nothing, and the telling is
 * then one of Russia alone, as before.
 */
function possessor(text: string, matches: readonly Match[], next: number, chain: Chain, entriesOf: (m: Match) => Set<number>, withOnly = false): void {
  // The possessive, and at most one word in lower case or a year after it ("its ongoing invasion",
  // "its 2008 conflict with Russia": the year then says which war, as one before the kind word does).
  const lead = text.slice(Math.max(0, chain.start - 32), chain.start);
  const word = [/([\p{L}]+)\s+$/u, /([\p{L}]+)\s+(?:\p{Ll}[\p{L}-]*|((?:19|20)\d\d))\s+$/u].map((re) => re.exec(lead)).find((w) => w && POSSESSIVES.has(w[1].toLowerCase()));
  const from = chain.start - (word?.[0].length ?? 0);
  if (!word && !withOnly) return;
  if (word?.[2]) chain.words.push(word[2]);
  // The side of a conflict "with" someone is the sentence's subject, often further off than a possessive's owner.
  const near = (gap: string) => !SENTENCE_END.test(gap) && (gap.match(WORD) ?? []).length <= (word ? POSSESSOR_WORDS : SUBJECT_WORDS);
  const prior = matches.slice(0, next).reverse().find((x) => x.end <= from && entriesOf(x).size);
  const later = matches.slice(next).find((x) => x.start >= chain.end && entriesOf(x).size);
  const m = prior && near(text.slice(prior.end, from)) ? prior : word && later && near(text.slice(chain.end, later.start)) ? later : undefined;
  if (!m) return;
  chain.subject = !word;
  chain.names.unshift(entriesOf(m)); // first, where no loose name after the telling cuts it off
  chain.spans.unshift([m.start, m.end]);
  chain.loose.unshift(-1);
  chain.start = from;
}

/** The chain without the subject possessor put first: one that fights no such war beside the other side ("NATO … the war with Georgia"). */
export const withoutSubject = (c: Chain): Chain => ({ ...c, subject: false, names: c.names.slice(1), spans: c.spans.slice(1), loose: c.loose.slice(1) });

/** The index of the first match (in text order) that starts at or after `pos`. */
export function firstFrom(matches: readonly Match[], pos: number): number {
  let [lo, hi] = [0, matches.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text between a name and what follows it, read past the brackets of a name that restates the one
 * before it: "the North Atlantic Treaty Organization (NATO) which has expanded" reads as one name.
 */
function unbracketed(text: string, start: number, end: number, to: number): string {
  const between = text.slice(end, to);
  if (text[start - 1] === '(' && between.startsWith(')')) return between.slice(1);
  return text[to - 1] === '(' ? between.replace(/\s*\($/, ' ') : between;
}

/** Whether gap word `k` is a word of scale that ends the gap, or the article before one (see SCALE). */
function scaled(gap: string[], k: number): boolean {
  const last = gap.length - 1;
  return SCALE.has(gap[last].toLowerCase()) && (k === last || (k === last - 1 && ARTICLES.has(gap[k].toLowerCase())));
}
