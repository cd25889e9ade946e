// The words between the parts of a telling (lib/match/told-chain.ts): how many they are, which are
// read past (an aside, an adverb, a group's description, an elided article), and which turn a
// clause into a word of relation ("the war pitting Israel against Hamas", "the war that Russia is
// waging against Ukraine").
import { isMonth } from './told-dates';
import { ASIDES, JOINERS, OPENERS, THEN } from './told-words';

/** Punctuation, which ends a telling; a word, with its apostrophes and hyphens. */
const STOP = /[.!?;:,()[\]{}"“”„«»|/]/;
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** An aside set off by dashes: "for interfering – through his digital warriors – in the 2016 election". */
const ASIDE = /\s[–—]\s[^–—]{1,60}?\s[–—]\s/u;

/**
 * A relative clause of leading between a name and its kind word, which says the name's is the thing:
 * "Mueller, who is leading the investigation", "Mueller che conduce l'indagine", "Mueller, que conduz
 * uma investigação".
 */
const LEADS =
  /^,?\s+(?:who|che|que|qui|der|die|który|która|который|которая|який|яка)\s+(?:is\s+|was\s+)?(?:leads|led|leading|conducts|conducted|conducting|heads|headed|heading|runs|ran|running|conduce|conduceva|guida|guidava|conduz|conduzia|lidera|liderava|dirige|dirigía|dirigia|mène|menait|leitet|leitete|prowadzi|prowadził|prowadziła|ведёт|ведет|вёл|вела|веде|вів)\s+(?:(?:the|an?|l['’]|la|il|lo|le|una?|uma?|o|el|die|das|den)\s*)?$/iu;
/** A day of a month, which says when, not what: "Moscow's Feb. 24 invasion of its neighbor". */
const DAY = /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}(?!\d)|(?<![\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?![\d])/gu;

/**
 * When, by its year: "the annexation by Moscow in March 2014 of Crimea", "la anexión en marzo de 2014 de
 * Crimea", "в марте 2014 года". Read past but for the year, which says which event (lib/match/told.ts).
 */
const WHEN = /(?<![\p{L}])(?:in|en|im|w|we|в|у|nel|no|na|em)\s+(?:(\p{L}+)\s+(?:de\s+|del\s+|of\s+)?)?((?:19|20)\d\d)(?:\s+(?:года|г\.|року|р\.|roku|r\.))?(?![\p{L}\d])/giu;

/** How long it has lasted, which says when, not what: "la guerra de três anos da Rússia contra a Ucrânia". */
const LASTED = /(?<![\p{L}])(?:de|di|of)\s+(?:\d+|dois|duas|dos|two|deux|due|três|tres|three|trois|tre|quatro|cuatro|four|quatre|quattro|cinco|five|cinq|cinque)\s+(?:anos|años|years|ans|anni|meses|months|mois|mesi)(?![\p{L}])/giu;

/** Whether a telling's word span is short and unbroken enough, and how many words it has (an aside between dashes and a day left out). */
export function gapWords(span: string): string[] | null {
  const gap = span.replace(ASIDE, ' ').replace(DAY, ' ').replace(LASTED, ' ').replace(LEADS, ' ').replace(WHEN, (all, month?: string, year?: string) => (month && !isMonth(month) ? all : ` ${year} `));
  if (STOP.test(gap)) return null;
  return (gap.replace(/^['’]s?(?![\p{L}])/u, '').match(WORD) ?? []).flatMap(unElided);
}

/** A Romance article or preposition elided onto the next word, written as one: "nell'est" is "nell" and "est". */
const ELIDED = /^((?:[dlmnst]|qu|j|c|un|[dns]ell|all|dall|sull|coll|quell)['’])(?=[aeiouàâäéèêëîïôöûüùáíóúh])/iu;
function unElided(word: string): string[] {
  const elided = ELIDED.exec(word)?.[1];
  return elided ? [elided.slice(0, -1), word.slice(elided.length)] : [word];
}

/**
 * A gap with what it says of the name after it read past: "between Israel and the Palestinian
 * militant group Hamas", "entre Israel y el grupo yihadista Hamas" (its article, up to three words,
 * the group's noun and one word after it), down to the word of relation or the joiner before it.
 */
export function described(gap: string[] | null): string[] | null {
  if (!gap) return gap;
  const noun = gap.findLastIndex((w, i) => i >= gap.length - 2 && GROUP_NOUN.test(w));
  if (noun < 0) return gap;
  let from = noun;
  while (from > 0 && noun - from < 4 && !JOINERS.has(gap[from - 1].toLowerCase()) && (!OPENERS.has(gap[from - 1].toLowerCase()) || ARTICLES.has(gap[from - 1].toLowerCase()))) from--;
  return gap.slice(0, from);
}

/**
 * Who a conflict pits against whom, right after its kind word, reads as "between": "le conflit qui
 * oppose Kiev à Moscou", "la guerra que enfrenta a Rusia y Ucrania", "the war pitting Israel against Hamas".
 */
export function opposing(gap: string[] | null, right: boolean): string[] | null {
  if (!gap || right) return gap;
  const lower = gap.map((w) => w.toLowerCase());
  const at = RELATIVES.has(lower[0]) ? 1 : 0;
  // A relative clause whose subject is the name after it: "the war that Russia is waging against Ukraine", "der Krieg, den Russland in der Ukraine führt".
  if (at && gap.length === 1) return [];
  // A relative clause of its breaking out says nothing of it: "la guerre qui a éclaté entre la Russie et la Géorgie".
  let verb = at;
  while (at && AUXILIARY.has(lower[verb])) verb++;
  if (at && ERUPTED.has(lower[verb])) return gap.slice(lower[verb + 1] === 'out' ? verb + 2 : verb + 1);
  // Nor one of its going on, which leaves where: "the war that is raging in Ukraine", "wojna, która dzisiaj trwa w Ukrainie".
  while (at && (STILL.has(lower[verb]) || ONGOING_AUX.has(lower[verb]))) verb++;
  if (at && ONGOING.has(lower[verb])) return gap.slice(PARTICLES.has(lower[verb + 1]) ? verb + 2 : verb + 1);
  // Who waged it, by a participle: "the war launched by Russia against Ukraine", "wojna wszczęta przez Rosję".
  if (WAGED.has(lower[0]) && WAGED_BY.has(lower[1])) return gap.slice(1);
  return OPPOSE.has(lower[at]) ? ['between', ...gap.slice(at + 1)] : gap;
}
/** Verbs of a war's breaking out, in a relative clause after it, and the auxiliaries before them. */
const ERUPTED = new Set(['broke', 'erupted', 'began', 'éclaté', 'commencé', 'estalló', 'comenzó', 'eclodiu', 'começou', 'scoppiata', 'scoppiò', 'iniziata', 'wybuchła', 'вспыхнула', 'началась', 'спалахнула', 'почалася']);
const AUXILIARY = new Set(['has', 'had', 'a', 'avait', 'è', 'era', 'ha']);
/** Verbs of a war's going on, in a relative clause after it (see opposing), with the auxiliaries and adverbs of time before them. */
const ONGOING = new Set([
  'rages', 'raging', 'continues', 'continuing', 'goes', 'going', 'drags', 'dragging', 'unfolds', 'unfolding', 'fait', 'continue', 'poursuit', 'perdure',
  'continúa', 'sigue', 'persiste', 'continua', 'segue', 'decorre', 'prossegue', 'infuria', 'prosegue', 'perdura', 'trwa', 'toczy', 'идёт', 'идет', 'продолжается', 'триває', 'точиться', 'йде', 'іде',
]);
/** What completes such a verb: "goes on", "toczy się", "fait rage". */
const PARTICLES = new Set(['on', 'się', 'rage']);
const ONGOING_AUX = new Set(['is', 'has', 'been', 'se', 'si']);
const STILL = new Set(['still', 'now', 'today', 'toujours', 'encore', 'aujourd', 'hui', 'todavía', 'aún', 'hoy', 'ainda', 'hoje', 'ancora', 'oggi', 'dzisiaj', 'dziś', 'nadal', 'wciąż', 'сейчас', 'сегодня', 'до', 'сих', 'пор', 'досі', 'нині', 'зараз']);
/** Participles of waging a war, before whom it was waged by (see opposing). */
const WAGED = new Set([
  'launched', 'waged', 'started', 'unleashed', 'begun', 'déclenchée', 'menée', 'lancée', 'librada', 'desatada', 'iniciada', 'lanzada', 'emprendida', 'desencadeada',
  'travada', 'lançada', 'scatenata', 'condotta', 'lanciata', 'wszczęta', 'wszczętej', 'wszczętą', 'rozpętana', 'rozpętanej', 'rozpętaną', 'prowadzona', 'prowadzonej', 'prowadzoną',
]);
const WAGED_BY = new Set(['by', 'par', 'por', 'pela', 'pelo', 'dalla', 'dal', 'da', 'przez']);
const RELATIVES = new Set(['that', 'which', 'qui', 'que', 'che', 'den', 'которую', 'яку', 'którą', 'которая', 'яка', 'która']);
/** The comma before a relative clause right after the kind word, or before one of its going on. */
export const RELATIVE_COMMA = new RegExp(`^,(?=\\s+(?:${[...RELATIVES].join('|')})\\s+(?:(?:${[...STILL, ...ONGOING_AUX].join('|')})['’\\s]+)*(?:(?:${[...ONGOING].join('|')})\\s+(?:(?:${[...PARTICLES].join('|')})\\s+)?(?:\\p{L}+\\s+){1,2})?$)`, 'iu');
const OPPOSE = new Set(['pits', 'pitted', 'pitting', 'oppose', 'opposent', 'opposait', 'opone', 'oponen', 'enfrenta', 'enfrentan', 'enfrentaba', 'oppone', 'oppongono', 'opõe', 'opõem']);

/** A group's noun ("the militant group", "le mouvement islamiste", "der Terrororganisation"), in the languages Backstory reads. */
const GROUP_NOUN =
  /^(?:groups?|movement|organi[sz]ation|militia|faction|grupo|movimiento|movimento|organización|organização|organizzazione|gruppo|milicia|milizia|groupe|mouvement|milice|\p{L}*(?:gruppe|organisation|miliz|bewegung)|grupa|grupy|grupą|grupie|ugrupowanie|ugrupowania|ugrupowaniem|ruch|ruchem|organizacja|organizacji|organizacją|группировка|группировки|группировкой|движение|движения|движением|организация|организации|организацией|угруповання|угрупованням|рух|руху|рухом|організація|організації|організацією)$/iu;
/** Articles, which a group's description may open with. */
export const ARTICLES = new Set(['the', 'a', 'an', 'la', 'le', 'les', 'l', 'el', 'il', 'lo', 'los', 'las', 'o', 'os', 'die', 'der', 'den', 'das', 'dem', 'un', 'una', 'une', 'um', 'uma']);

/**
 * A word of scale before the kind word, read past with the article before it, so that the attacker
 * before the verb still tells it: "Russia launched a full-scale attack on Ukraine", "Rosja rozpoczęła
 * pełnoskalowy atak na Ukrainę".
 */
export const SCALE = new Set(['full-scale', 'all-out', 'pełnoskalowy', 'pełnoskalową', 'pełnoskalowego', 'повномасштабний', 'повномасштабного', 'полномасштабное', 'полномасштабного']);

/** A word the telling reads past: one of ASIDES, or an adverb (see adverb). */
export function aside(word: string): boolean {
  return ASIDES.has(word.toLowerCase()) || adverb(word) || /^(?:19|20)\d\d$/.test(word);
}

/** An adverb of manner ("se anexionó unilateralmente la península") or of time ("was later annexed"). */
export function adverb(word: string): boolean {
  return (word.length > 6 && /^\p{Ll}+(?:mente|ly)$/u.test(word)) || THEN.has(word);
}
