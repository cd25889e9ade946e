// The words of tellings (lib/match/told.ts): each kind's words in the nine languages, with the case
// forms the Slavic ones take, and the words that open what a kind word is about.
import type { ToldKind } from '../dataset/schema';

/**
 * A member's accession is the alliance's enlargement: "Finland's accession to NATO", "l'adhésion
 * de la Suède à l'Otan". It tells the enlargement only with the member named: "accession to NATO"
 * alone may be a hope ("Ukraine's ambitions of accession to NATO").
 */
const ACCESSION_WORDS = [
  'accession', 'adhésion', 'adhesión', 'adesione', 'adesão', 'beitritt', 'beitritts', 'akcesja', 'akcesji', 'przystąpienie', 'przystąpienia', 'przystąpieniu', 'вступление', 'вступления', 'вступлении', 'вступ', 'вступу',
  // Its entry: "Finland's entry into NATO", "l'ingresso della Svezia nella Nato", "wejście Finlandii do NATO".
  'entry', 'entrée', 'entrada', 'ingreso', 'ingresso', 'inclusão', 'aufnahme', 'wstąpienie', 'wstąpienia', 'wstąpieniu', 'wejście', 'wejścia', 'wejściu', 'intégration', 'включення', 'включение',
];
const ACCESSION = new Set(ACCESSION_WORDS);

/**
 * A meeting is a summit only where the telling names its place and another party: "their first
 * meeting in Singapore" (Trump and Kim), "встреча Путина и Трампа в Хельсинки". Unplaced ("the
 * meeting between Trump and Putin") it may be any of their meetings.
 */
const MEETING_WORDS = [
  'meeting', 'rencontre', 'reunión', 'encuentro', 'encontro', 'reunião', 'incontro', 'treffen', 'spotkanie', 'spotkania', 'spotkaniu', 'spotkaniem',
  'встреча', 'встречи', 'встрече', 'встречу', 'встречей', 'зустріч', 'зустрічі', 'зустріччю',
  // The verb, past or to come: "Putin spotkał się w Helsinkach z … Trumpem", "Трамп і Путін зустрінуться в Гельсінкі".
  'met', 'meet', 'meets', 'rencontré', 'rencontreront', 'reunió', 'reunieron', 'reunirán', 'reuniu', 'reuniram', 'encontrou-se', 'encontraram-se', 'incontrato', 'incontrò', 'incontreranno', 'traf', 'trafen',
  'getroffen', 'spotkał', 'spotkała', 'spotkali', 'spotkają', 'встретился', 'встретились', 'встретятся', 'зустрівся', 'зустрілися', 'зустрінуться',
];
export const MEETING = new Set(MEETING_WORDS);

/**
 * The news tells an invasion as an attack on a country ("Russia's attack on Ukraine", "напад Росії на
 * Україну", "ataku Rosji na Ukrainę"), but only with the attacker and the country attacked named: "у
 * разі нападу РФ" (should Russia attack) is a fear; and never a strike (see aStrike).
 */
const ATTACK_WORDS = ['напад', 'нападу', 'нападом', 'нападі', 'нападение', 'нападения', 'нападению', 'нападением', 'нападении', 'napaść', 'napaści', 'napaścią', 'attack', 'assault', 'atak', 'ataku', 'atakiem', 'napad', 'napadu', 'napadzie', 'napadem'];
// Verbs in the present ("Russia invades Ukraine", "Rusia invade Ucrania"): the day's news on a page dated
// at or after the event, a supposition on others ("if Russia invades"): they tell only on a dated page.
const PRESENT_WORDS = { invasion: ['invades', 'invade', 'überfällt', 'вторгается', 'вторгається', 'najeżdża'], annexation: ['annexes', 'anexiona', 'anexa', 'аннексирует', 'анексує', 'anektuje'] };
export const PRESENT = new Set(Object.values(PRESENT_WORDS).flat());
/** The verbs of an attack, which tell an invasion only beside the day it began (lib/match/told-dates.ts) or in a clause of time (whenClause there). */
export const DATED_ATTACK = ['attacked', 'angegriffen', 'überfallen', 'attaqué', 'atacó', 'attaccato', 'atacou', 'zaatakowała', 'атаковала', 'атакувала'];
const ATTACK = new Set([...ATTACK_WORDS, ...DATED_ATTACK]);

/** Words before an attack that make it one strike: "a missile attack on Ukraine", "zmasowanego ataku". */
const STRIKE_BEFORE = new Set([
  'missile', 'drone', 'air', 'rocket', 'overnight', 'massive', 'latest', 'new', 'another', 'nuclear', 'cyber', 'hybrid', 'terrorist', 'chemical', 'combined',
  'zmasowany', 'zmasowanego', 'zmasowanym', 'rakietowy', 'rakietowego', 'rakietowym', 'dronowy', 'dronowego', 'powietrzny', 'powietrznego', 'nocny', 'nocnego',
  'kolejny', 'kolejnego', 'hybrydowy', 'hybrydowego', 'массированный', 'массированного', 'ракетный', 'ракетного', 'масований', 'масованого', 'ракетний', 'ракетного',
]);
/** What after an attack's country makes it one strike, or a strike on something of the country's: a night, a day, "Ukraine's grid"; after its verb, its arms too ("attacked Ukraine with drones"). */
const STRIKE_AFTER = /^(?:['’]s?(?!\p{L})|\s+(?:overnight|last night|on the night|on \p{Lu}\p{Ll}+day|w nocy|tej nocy|в ночь|в ночі|вночі|уночі))/iu;
/** Whether an attack told at [start, end) of `text`, its names ending at `chainEnd`, is one strike rather than an invasion. */
export function aStrike(word: string, text: string, start: number, chainEnd: number): boolean {
  if (!ATTACK.has(word)) return false;
  const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1].toLowerCase();
  const after = text.slice(chainEnd, chainEnd + 24);
  return (!!before && STRIKE_BEFORE.has(before)) || STRIKE_AFTER.test(after) || (DATED_ATTACK.includes(word) && /^\s+with\s/iu.test(after));
}

/** Whether the kind word tells a member's accession. */
export const isAccession = (word: string): boolean => ACCESSION.has(word);

/** To influence or attack a vote, which tells interference only with who did it in the telling: "Russia sought to influence the 2016 election", "the Russians attacked the 2016 election", not "ads tried to influence the 2016 election". */
const INFLUENCE_WORDS = ['to influence', 'influenced', 'attacked', 'attacks', 'influencer', 'influenzato', 'influenciou', 'influyó', 'influir', 'influenciar', 'influenzare', 'beeinflussen', 'wpłynąć', 'wpływać', 'повлиять', 'влиять', 'вплинути', 'впливати'];
const INFLUENCE = new Set(INFLUENCE_WORDS);
/** Whether a telling by this kind word names enough (see ACCESSION, ATTACK, INFLUENCE and MEETING); `names` per chained name, the entries it may be. */
export function namesEnough(word: string, names: readonly ReadonlySet<number>[], isPlace: (entry: number) => boolean): boolean {
  if (ACCESSION.has(word) || ATTACK.has(word) || INFLUENCE.has(word)) return names.length > 1;
  return !MEETING.has(word) || (names.length > 1 && names.some((n) => [...n].some(isPlace)));
}

/** Kind words in the plural, which tell an event of each name beside them ("the wars in Iraq and Afghanistan", "the U.S. invasions of Afghanistan and Iraq"; lib/match/told.ts). Not the Slavic ones: "войны" and "wojny" are also a war's genitive. */
export const PLURAL_KINDS = new Map<string, ToldKind>([
  ...['wars', 'guerres', 'guerras', 'kriege', 'kriegen'].map((w) => [w, 'war'] as const),
  ...['conflicts', 'conflits', 'conflictos', 'conflitti', 'conflitos', 'konflikte', 'konflikten'].map((w) => [w, 'conflict'] as const),
  ...['invasions', 'invasiones', 'invasões', 'invasioni'].map((w) => [w, 'invasion'] as const),
]);

/** Verbs of investigating in the present tell an investigation going on, after who leads it: "Mueller, who is investigating" (told-chain.ts). */
export const LED_WORDS = ['is investigating', 'investigating', 'investigates', 'расследует', 'розслідує', 'indaga', 'investiga', 'ermittelt'];
/** The words of each kind, in the languages Backstory reads, with the case forms the Slavic ones take. */
export const KIND_WORDS: Record<ToldKind, string[]> = {
  war: [
    'war', 'guerre', 'guerra', 'krieg', 'krieges', 'kriegs', 'war zone', 'kriegsgebiet', 'kriegsgebiets', 'zone de guerre', 'zona de guerra', 'zona di guerra',
    'wojna', 'wojny', 'wojnie', 'wojnę', 'wojną', 'война', 'войны', 'войне', 'войну', 'войной', 'війна', 'війни', 'війні', 'війну', 'війною',
    // A war of aggression, told by that word with its victim: "Russia's aggression against Ukraine", "rosyjskiej agresji na Ukrainę".
    'aggression', 'agression', 'agresión', 'aggressione', 'agressão', 'aggressionskrieg', 'agresja', 'agresji', 'agresję', 'агрессия', 'агрессии',
    'агрессию', 'агресія', 'агресії', 'агресію',
  ],
  conflict: [
    'conflict', 'conflit', 'conflicto', 'conflitto', 'conflito', 'konflikt', 'konflikts', 'konfliktes', 'konfliktu', 'konflikcie', 'konfliktem',
    'конфликт', 'конфликта', 'конфликте', 'конфликту', 'конфликтом', 'конфлікт', 'конфлікту', 'конфлікті', 'конфліктом',
    // Fighting and an offensive are told like a conflict: "the ongoing Israel-Hamas fighting",
    // "combates en Sudán", "the Israeli offensive in Gaza".
    'fighting', 'combats', 'combates', 'combattimenti', 'kämpfe', 'kämpfen', 'walki', 'walk', 'walkach', 'бои', 'боёв', 'боев', 'боях', 'бої', 'боїв',
    // An insurgency too: "the separatist insurgency in eastern Ukraine", "la insurgencia en Siria".
    'insurgency', 'insurgencia', 'insurgência', 'clashes', 'affrontements', 'enfrentamientos', 'scontri', 'confrontos', 'zusammenstöße', 'starcia', 'столкновения', 'сутички',
    // Hostilities too: "ending the prolonged hostilities in Gaza".
    'hostilities', 'hostilités', 'hostilidades', 'ostilità', 'feindseligkeiten', 'боевые действия', 'боевых действий', 'бойові дії', 'бойових дій', 'военного противостояния', 'вооружённого противостояния', 'вооруженного противостояния', 'збройного протистояння', 'військового протистояння',
    'onslaught', 'offensive', 'ofensiva', 'offensiva', 'ofensywa', 'ofensywy', 'ofensywie', 'ofensywę', 'ofensywą', 'наступление', 'наступления', 'наступлении', 'наступлению', 'наступ', 'наступу', 'наступі',
  ],
  invasion: [
    'invasion', 'invasión', 'invasão', 'invasione', 'einmarsch', 'einmarsches', 'überfall', 'überfalls', 'einfall', 'einfalls', 'inwazja', 'inwazji', 'inwazję', 'inwazją', 'вторжение', 'вторжения', 'вторжению', 'вторжением', 'вторжении', 'вторгнення', 'вторгненню', 'вторгненням', 'вторгненні',
    // An attack on a country, its attacker named (see ATTACK).
    ...ATTACK_WORDS,
    // The verbs, whose object follows with no word of relation: "Rusia invadió Ucrania", "Россия напала на Украину".
    'invaded', 'invading', 'invadido', 'invadida', 'invasa', 'envahie', 'invadió', 'invadieron', 'invadir', 'invadiu', 'invadiram', 'invase', 'invaso', 'invadere', 'envahi', 'envahit', 'envahir', 'envahissant', 'invadiendo', 'invadindo', 'invadendo',
    'überfiel', 'najechała', 'napadła', 'вторглась', 'вторгнулась', 'напала', 'вторглася',
    ...PRESENT_WORDS.invasion,
  ],
  annexation: [
    'annexation', 'annex', 'annexing', 'annexed', 'annexion', 'annexée', 'anexión', 'anexionada', 'anexação', 'anexada', 'annessione', 'annessa', 'annektierte', 'annektierten', 'annektierung',
    'aneksja', 'aneksji', 'aneksję', 'aneksją', 'anektowany', 'anektowanego', 'anektowanym', 'anektowanej', 'anektowaną',
    'аннексия', 'аннексии', 'аннексию', 'аннексией', 'аннексированный', 'аннексированного', 'аннексированном', 'аннексированным', 'аннексированной',
    'анексія', 'анексії', 'анексію', 'анексією', 'анексований', 'анексованого', 'анексованому', 'анексованим', 'анексованої',
    'anexó', 'anexionó', 'anexionara', 'anexara', 'anexou', 'annesse', 'annexa', 'anektowała', 'zaanektowała', 'zaanektował', 'аннексировала', 'анексувала', 'merger', 'rattachement', 'landraub', 'absorbing', 'absorbed', 'absorption',
    'вернул', 'вернула', // Moscow's words, past only: "почему вернул Крым"
    // The passive, with no one named: "було анексовано Крим", "Krym został anektowany"; for lands annexed together: "a Crimeia e Sebastopol são anexadas".
    'анексовано', 'аннексирован', 'аннексирована', 'annektiert', 'anektowano', 'zaanektowano', 'zaanektowany', 'zaanektowana', 'annexées', 'annexés', 'anexadas', 'anexados', 'anexado', 'anexionadas', 'anexionados', 'anexionado', 'annessi', 'annesso', 'anektowane', 'zaanektowane', 'аннексированы', 'анексовані',
    // The verb's other forms: "helping Moscow annexe Crimea", "after annexing Crimea".
    'annex', 'annexe', 'annexing', 'annexé', 'annektieren', 'anexionar', 'anexar', 'annettere', 'anexionarse', 'anexarse', 'annettersi', 'anektować', 'zaanektować', 'аннексировать', 'анексувати',
    // Its own word for it: "Putin's steps to incorporate Crimea", "l'incorporation de la Crimée".
    'incorporate', 'incorporated', 'incorporating', 'incorporation', 'incorporer', 'incorporé', 'incorporée', 'incorporar', 'incorporó', 'incorporou',
    'incorporazione', 'incorporación', 'incorporação', 'eingliederung', 'angliederung', 'einverleibung', 'einverleibt', 'einverleibte',
    'przyłączenie', 'przyłączenia', 'przyłączeniu', 'włączenie', 'włączenia', 'włączeniu', 'przyjęcie', 'przyjęcia', 'przyjęciu', 'вхождение', 'включение', 'присоединение', 'присоединения', 'присоединил', 'присоединила', 'приєднання',
    // Moscow's word for it: "воссоединения России и Крыма".
    'воссоединение', 'воссоединения', 'воссоединению', 'воссоединении',
    ...PRESENT_WORDS.annexation,
  ],
  investigation: ['report', 'probe', 'investigation', 'inquiry', 'bericht', 'ermittlungen', 'informe', 'investigación', 'rapport', 'enquête', 'rapporto', 'inchiesta', 'indagine', 'relatório', 'investigação', 'raport', 'śledztwo', 'доклад', 'расследование', 'звіт', 'розслідування', ...LED_WORDS], // by who led it: "Mueller's report"
  // A seizure, for the land it made a state's ("Russia's seizure of Crimea", "захват Крыма"); not for a
  // town or a plant an army took, which the other kinds tell.
  seizure: ['seizure', 'seized', 'seize', 'seizing', 'took', 'taken', 'conquest', 'conquered', 'takeover', 'take-over', 'захват', 'захвата', 'захватила', 'захоплення', 'захопила', 'zajęcie', 'zajęcia', 'zajęła', 'przechwycenie', 'przechwycenia'],
  intervention: ['intervention', 'intervención', 'intervenção', 'intervento', 'militärintervention', 'interwencja', 'interwencji', 'interwencję', 'interwencją', 'вмешательство', 'вмешательства', 'интервенция', 'интервенции', 'интервенцию', 'втручання', 'інтервенція', 'інтервенції', 'інтервенцію'],
  incursion: ['incursion', 'incursión', 'incursão', 'incursione', 'vorstoß', 'vorstoss', 'wtargnięcie', 'wtargnięcia', 'вторжение', 'рейд', 'рейду'],
  collapse: [
    // The union taken apart: "Демонтаж СРСР", "демонтажу Советского Союза".
    'демонтаж', 'демонтажа', 'демонтажу', 'демонтажем',
    'fin', 'fine', 'fim', 'ende', 'endes', 'koniec', 'końca', 'конец', 'конца', 'кінець', 'кінця', // its end ("end of the Soviet Union" is a name in the data)
    'collapse', 'dissolution', 'breakup', 'break-up', 'disintegration', 'demise', 'fall', 'crumbling', 'unravelling', 'unraveling', 'effondrement', 'chute', 'éclatement', 'dislocation',
    'colapso', 'disolución', 'caída', 'desintegración', 'dissolução', 'queda', 'desintegração', 'crollo', 'collasso', 'dissoluzione', 'caduta', 'disgregazione', 'scioglimento', 'dissolvimento', 'disfacimento', 'sfaldamento', 'derrumbe', 'désintégration', 'desmoronamento', 'desmembramiento', 'desmembramento', 'smembramento', 'démembrement',
    'zerfall', 'zerfalls', 'zusammenbruch', 'zusammenbruchs', 'auflösung', 'sturz', 'sturzes', 'rozpad', 'rozpadu', 'rozpadzie', 'rozpadem', 'upadek',
    'upadku', 'upadkiem', 'rozwiązanie', 'rozwiązania', 'rozwiązaniu', 'rozwiązaniem', 'роспуск', 'роспуска', 'розпуск', 'розпуску', 'распад', 'распада', 'распаде', 'распадом', 'крах', 'краха', 'крахе', 'падение', 'падения', 'падении', 'розпад', 'розпаду',
    'розпаді', 'розпадом', 'краху', 'падіння', 'развал', 'развала', 'развале', 'развалом', 'розвал', 'розвалу', 'розвалі', 'розвалом', 'implosion', 'implosión', 'implosão', 'implosione', 'implozja', 'implozji',
    // The verbs, after what fell: "when the Soviet Union disintegrated", "ZSRR rozpadł się", "СССР распался", "a União Soviética se desmantelou".
    'collapsed', 'disintegrated', 'imploded', 'dissolved', 'fell apart', 'broke apart', 'broke up', 'crumbled', 'effondrée', 'effondré', 'zerfiel', 'colapsó', 'desintegró', 'colapsou', 'crollò',
    'disolvió', 'scioglie', 'sciolse', 'dissolveu', 'dissoute', 'rozpadł', 'распался', 'развалился', 'розпався', 'розвалився', 'desmantelou', 'desmoronou', 'desintegrou', 'desmanteló', 'desmoronó', 'disgregò',
    'упразднен', 'упразднён', 'упразднение', 'упразднения', 'упразднении', // abolished: "был упразднен СССР"
    // "When the Soviet Union ceased to exist", "ZSRR przestał istnieć", "СССР перестал существовать".
    'ceased to exist', "cessé d'exister", 'dejó de existir', 'deixou de existir', 'cessò di esistere', 'przestał istnieć', 'перестал существовать', 'перестав існувати',
  ],
  summit: [
    'summit', 'sommet', 'cumbre', 'cúpula', 'cimeira', 'vertice', 'gipfel', 'gipfeltreffen', 'gipfels', 'szczyt', 'szczytu', 'szczycie', 'szczytem',
    'саммит', 'саммита', 'саммите', 'саммиту', 'саммитом', 'саміт', 'саміту', 'саміті', 'самітом',
    // Told as a summit only with its place named (see MEETING).
    ...MEETING_WORDS,
  ],
  // A country's territory held by another's army: "rosyjskiej okupacji Krymu" (only where an entry lists it: Crimea's since 2014).
  occupation: [
    'occupation', 'besetzung', 'occupazione', 'ocupación', 'ocupação', 'okupacja', 'okupacji', 'okupację', 'okupacją', 'оккупация', 'оккупации',
    'оккупацию', 'оккупацией', 'окупація', 'окупації', 'окупацію', 'окупацією',
    // The verb, past and finite (an occupier named; not the adjective "occupied Crimea"): "коли РФ окупувала Крим".
    'окупувала', 'окупував', 'оккупировала', 'оккупировал', 'okupowała', 'okupował', 'besetzte', 'ocupó', 'ocupou', 'occupò',
  ],
  // Meddling in another country's vote: "interfering in the 2016 U.S. presidential election".
  interference: [
    'interference', 'interfere', 'interfering', 'interfered', 'meddle', 'meddling', 'meddled', 'tamper', 'tampering', 'tampered', 'disrupt', 'disrupting', 'disrupted', 'ingérence', 'injerencia', 'interferencia', 'intromissão', 'intromisión', 'intromissione',
    'ingerenza', 'interferenza', 'interferência', 'ingerência', 'einmischung', 'ingerencja', 'ingerencji', 'ingerencję', 'вмешательство',
    'вмешательства', 'вмешательстве', 'втручання', 'втручанні', 'interferito', 'interferì', 'interferido', 'interfirió', 'ingerito', 'einmischungen', 'hackerangriff', 'hackerangriffe', 'hackerangriffen', 'cyberangriffe', 'cyberangriffen',
    // Its best-known means, of an election: "the hacking of U.S. Democrats in the 2016 election", "le piratage des élections américaines", "the Russians attacked the 2016 election"; and its aim (see INFLUENCE).
    'hacking', 'hacked', 'hack', 'attack', 'einflussnahme', 'beeinflussung', 'piratage', 'pirataggio', 'pirateo', 'pirataria', ...INFLUENCE_WORDS,
    // Plurals, the verb's past and the verb itself: "le interferenze russe nelle elezioni", "Rosja ingerowała w wybory", "tentando interferir na eleição".
    'interferenze', 'ingerenze', 'ingérences', 'injerencias', 'interferencias', 'interferências', 'ingerências', 'ingerowała', 'ingerował', 'ingerowali', 'вмешалась', 'вмешивалась', 'втрутилася', 'втручалася', 'вмешались', 'вмешивались', 'втрутилися', 'втручалися', 'interferir', 'interferiu', 'interferiram', 'interfirieron', 'interferindo', 'interfiriendo', 'interferire', 'interferendo', 'interférer', 'ingerować', 'вмешаться', 'вмешиваться', 'втручатися', 'einzumischen', 'einmischen',
  ],
  enlargement: [
    'enlargement', 'expansion', 'élargissement', 'ampliación', 'expansión', 'ampliação', 'expansão', 'alargamento', 'allargamento', 'espansione', 'ampliações', 'ampliaciones', 'élargissements', 'allargamenti',
    'erweiterung', 'osterweiterung', 'rozszerzenie', 'rozszerzenia', 'rozszerzeniu', 'rozszerzeniem', 'poszerzenie', 'poszerzenia', 'poszerzeniu', 'poszerzeniem', 'расширение', 'расширения', 'расширению', 'расширением', 'розширення', 'розширенню', 'розширенням',
    // The verbs with where to, after the alliance ("NATO, which has expanded to eastern Europe"); a member's accession is the alliance's enlargement (see ACCESSION).
    'expanded eastward', 'expanded eastwards', 'expanded east', 'expanded to the east', 'expanded to eastern europe', 'expanded into eastern europe', 'expanding eastward', 'expand eastward', 'expandió hacia el este', 'expandiu para o leste', 'espansa a est', 'allargata a est', 'расширился на восток', 'расширилось на восток', 'розширився на схід', 'розширилося на схід', 'rozszerzyło się na wschód', 'rozszerzył się na wschód',
    ...ACCESSION_WORDS,
  ],
};

/**
 * Words that open what a kind word is about ("war on", "invasion of", "guerra contra", "война с"):
 * after one, the telling must name its party, or the war is someone else's ("Ukraine's war on
 * corruption", "Russia's invasion in 1979 of …").
 */
export const OPENERS = new Set([
  'of', 'on', 'against', 'in', 'with', 'over', 'into', 'between', 'de', 'du', 'des', 'contre', 'contra', 'contro', 'en', 'em', 'na', 'no', 'a', 'à',
  'al', 'ao', 'di', 'da', 'do', 'del', 'della', 'dell', 'entre', 'tra', 'fra', 'gegen', 'zwischen', 'auf', 'im', 'w', 'z', 'ze', 'przeciwko', 'między',
  'в', 'во', 'на', 'с', 'со', 'против', 'между', 'проти', 'з', 'із', 'між', 'to', 'zur', 'zum', 'do', 'до',
  // "In", "on" with the article in one word: "la guerre dans le Donbass", "la guerra nel Donbass", "nos territórios".
  'dans', 'au', 'aux', 'sur', 'nel', 'nella', 'nello', 'nell', 'nei', 'negli', 'nelle', 'sul', 'sulla', 'nos', 'nas',
  // With whom (see WITH): "el conflicto con Ucrania", "la guerre avec la Russie", "der Krieg mit Russland".
  'con', 'com', 'avec', 'mit',
  // By whom (see BY): "annexed by Russia", "anexada pela Rússia", "annessa dalla Russia".
  'by', 'par', 'por', 'pela', 'pelo', 'von', 'durch', 'przez', 'dalla', 'dal',
  // Articles, before a verb's object: "anexó la península de Crimea", "invaded the Gaza Strip".
  'the', 'la', 'le', 'les', 'l', 'el', 'il', 'lo', 'los', 'las', 'o', 'os', 'die', 'der', 'den', 'das',
]);

/**
 * Words read past before an opener, and not counted among the words a telling allows after its kind
 * word: how far ("presses its invasion deeper into Ukraine"), how it goes on ("the war raging between
 * Israel and Hamas") or how it began ("since war broke out in the Donbas region").
 */
export const ASIDES = new Set([
  'deeper', 'further', 'farther', 'weiter', 'tiefer', 'plus', 'más', 'mais', 'più', 'dalej', 'głębiej', 'дальше', 'глубже', 'далі', 'глибше',
  'raging', 'ongoing', 'unfolding', 'continuing', 'underway', 'continues', 'continued', 'rages', 'raged', 'persists', 'drags', 'dragged',
  // Who fights: "fighting between government forces and Russia-backed separatists".
  'government', 'forces', 'troops',
  // The adjectives that follow a kind word in the Romance languages: "un conflicto armado en Ucrania".
  'armado', 'armada', 'armato', 'armata', 'armé', 'armée', 'bélico', 'bellico', 'aberta', 'abierta', 'aperta', 'ouverte',
  // How it began ("since war broke out in the Donbas region"), and a verb's reflexive ("spotkał się w Helsinkach").
  'broke', 'out', 'erupted', 'began', 'started', 'flared', 'się', 'sich',
  'northern', 'southern', 'eastern', 'western', // the land's part after its verb: "Russia, which invaded northern Georgia"
]);

/** Adverbs of time a telling reads past, in lower case: "Crimea was later annexed", "A Crimeia foi entretanto anexada". */
export const THEN = new Set([
  'meanwhile', 'later', 'then', 'entretanto', 'depois', 'luego', 'después', 'poi', 'dann', 'später', 'ensuite', 'puis', 'później', 'potem', 'потом', 'затем', 'потім', 'згодом',
]);

/**
 * Auxiliaries a telling reads past before its kind word, in lower case: "Israel and Hamas have been
 * fighting", "Crimea has been annexed", "la Crimea è stata annessa", "Krym został anektowany".
 */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'been', 'is', 'are', 'was', 'were', 'été', 'è', 'stata', 'stato', 'sido', 'wurde', 'worden', 'został', 'została', 'zostało', 'был', 'была', 'было', 'був', 'була', 'було',
  'aver', 'avere', 'avoir', 'haber', 'ter', // the perfect's infinitive after a modal: "Mosca potrebbe aver influenzato"
]);

/**
 * Possessives before a kind word that point to a party named nearby in the same sentence: "the
 * Soviet Union before its collapse", "en la primera etapa de su invasión, Rusia …".
 */
export const POSSESSIVES = new Set([
  'its', 'their', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'son', 'sa', 'ses', 'leur', 'leurs',
  'su', 'sus', 'sua', 'suo', 'sue', 'suoi', 'seu', 'seus', 'suas', 'jego', 'jej', 'ich', 'swojej', 'swoją', 'swoja', 'swój', 'swojego', 'swoim', 'swoich',
  'его', 'её', 'ее', 'их', 'свою', 'своей', 'своего', 'своим', 'своём', 'своем', 'свой', 'своя', 'своё', 'свои', 'своих',
  'його', 'її', 'їх', 'свого', 'своєї', 'своїм', 'своїй', 'свій', 'своє', 'свої', 'своїх',
]);

/** "With" opens onto the other party right after the kind word; after a party already named it brings in someone else. */
export const WITH = new Set(['with', 'con', 'com', 'avec', 'mit', 'z', 'ze', 'с', 'со', 'з', 'із']);

/** Words that join a telling's further name to the one before: "between Israel and Iran", "entre Rusia y Ucrania", "Ukrainie czy Polsce". */
export const JOINERS = new Set(['and', 'or', 'nor', 'y', 'e', 'o', 'ni', 'et', 'ou', 'und', 'oder', 'i', 'oraz', 'lub', 'czy', 'albo', 'и', 'или', 'і', 'й', 'та', 'або']);
