// Parties told without their names, on a page that names them or their country: NATO by its common
// noun ("the expansion of the alliance", "rozszerzeniu Sojuszu", "расширения альянса") and as what a
// member accedes to ("ratify Finland and Sweden's accession"); the Donbas by the forces that held it
// ("fighting between Ukrainian forces and pro-Russia separatist rebels"). Such words are parties of a
// telling only: they are never marked, and a page that does not name the party (or names another
// country's breakaway lands) reads them as nothing.
import type { CompiledIndex } from '../dataset/compile';
import type { AliasInfo, Match } from './matcher';
import type { Chain } from './told-chain';
import { entryWords } from './entry-words';
import { isOwnName, nameBefore } from './names';

/** The alliance's common noun, in the languages Backstory reads, with the Slavic case forms. */
const ALLIANCE = new RegExp(
  `(?<![\\p{L}-])(?:${[
    'alliance', 'allianz', 'bündnis', 'bündnisses', 'alianza', 'aliança', 'alleanza',
    'sojusz', 'sojuszu', 'sojuszowi', 'sojuszem', 'альянс', 'альянса', 'альянсу', 'альянсом', 'альянсе', 'альянсі',
  ].join('|')})(?![\\p{L}-])`,
  'giu',
);
/**
 * The forces that held the Donbas, named by who backed them: in English and German, Polish, Russian
 * and Ukrainian the backer before the fighters ("pro-Russian separatists", "prorussische Rebellen",
 * "пророссийских сепаратистов"), in the Romance languages after them ("milícias pró-russas",
 * "separatistas prorrusos", "séparatistes prorusses", "ribelli filorussi").
 */
const SEPARATISTS = new RegExp(
  `(?<![\\p{L}-])(?:${[
    '(?:pro-Russian|pro-Russia|Russia-backed|Russian-backed|Moscow-backed|Kremlin-backed)\\s+(?:separatist\\s+)?(?:separatists|rebels|insurgents|militants)',
    '(?:prorussische[nr]?|pro-russische[nr]?)\\s+(?:Separatisten|Rebellen|Milizen|Kämpfer)',
    '(?:separatistas|milícias|milicias|rebeldes|séparatistes|rebelles|milices|separatisti|ribelli|milizie)\\s+(?:pró-russ[oa]s|prorrus[oa]s|pro-rus[oa]s|prorusses|pro-russes|filorussi|filo-russi|filorusse)',
    'prorosyjs(?:cy|kich|kimi|kim)\\s+(?:separatyści|separatystów|separatystami|separatystom|bojownicy|bojowników|rebelianci|rebeliantów)',
    'пророссийск(?:ие|их|ими|им)\\s+(?:сепаратисты|сепаратистов|сепаратистами|сепаратистам|боевики|боевиков|боевиками)',
    'проросійськ(?:і|их|ими|им)\\s+(?:сепаратисти|сепаратистів|сепаратистами|сепаратистам|бойовики|бойовиків|бойовиками)',
  ].join('|')})(?![\\p{L}-])`,
  'giu',
);
/**
 * A country's combining form, joined by a hyphen to the next party: "le conflit russo-géorgien", "la
 * guerra russo-ucraina", "конфликт российско-грузинский", "il conflitto israelo-palestinese". It names
 * its country as a party the way the Romance and Slavic languages write what English calls "the
 * Russian-Georgian conflict" (whose adjectives are names of their own).
 */
const COMBINING: [string, string[]][] = [
  ['russia', ['russo', 'ruso', 'russisch', 'rosyjsko', 'российско', 'русско', 'російсько']],
  ['israel', ['israélo', 'israelo', 'israelisch', 'izraelsko', 'израильско', 'ізраїльсько']],
  ['iran', ['irano', 'iranisch', 'irańsko', 'ирано', 'ірано']],
  ['united-states', ['américano', 'americano', 'amerikanisch', 'amerykańsko', 'американо', 'американсько']],
  ['soviet-union', ['soviéto', 'sovietico', 'soviético', 'sowjetisch', 'radziecko', 'советско', 'радянсько']],
];
const combining = (forms: string[]) => new RegExp(`(?<![\\p{L}-])(?:${forms.join('|')})(?=-\\p{L})`, 'giu');
/** The adjective after such a form, the second party: "amerykańsko-rosyjski szczyt", "le sommet américano-russe". */
const SECOND: [string, string[]][] = [
  ['russia', ['russe', 'rus[oa]', 'russ[oa]', 'russisch', 'rosyjsk', 'российск', 'русск', 'російськ']],
  ['israel', ['israélien', 'israel[íi]', 'israelian', 'israelense', 'israelisch', 'izraelsk', 'израильск', 'ізраїльськ']],
  ['iran', ['iranien', 'iran[íi]', 'iranian', 'iranisch', 'irańsk', 'иранск', 'іранськ']],
  ['united-states', ['am[ée]ricain', 'american', 'amerikanisch', 'amerykańsk', 'американск', 'американськ']],
  ['soviet-union', ['soviétique', 'sovi[ée]tic', 'sowjetisch', 'radzieck', 'советск', 'радянськ']],
];
const FIRST = COMBINING.flatMap(([, forms]) => forms).join('|');
const second = (stems: string[]) => new RegExp(`(?<=(?<![\\p{L}-])(?:${FIRST})-)(?:${stems.join('|')})\\p{L}*`, 'giu');

/**
 * Russia's adjective after a kind word, as the Romance languages name the actor ("l'ingérence russe
 * dans l'élection présidentielle américaine", "a ingerência russa nas eleições", "l'invasione russa"):
 * in lower case only (the Italian surname La Russa is no adjective).
 */
const RUSSIAN = /(?<![\p{L}-])(?:russe|russes|ruso|rusa|rusos|rusas|russo|russa|russi|russos|russas)(?![\p{L}-])/gu;
/** Russia's people as its actor, on a page that names Russia: "how the Russians attacked the 2016 election". */
const RUSSIANS = /(?<![\p{L}-])Russians(?![\p{L}-])/gu;

/** Eastern Ukraine in one German word ("Kämpfe in der Ostukraine", "der ostukrainische Bürgerkrieg"), which is the Donbas as "eastern Ukraine" is (see EAST in told.ts). */
const OSTUKRAINE = /(?<![\p{L}-])(?:Ostukraine|Ost-Ukraine|ostukrainische[nrs]?)(?![\p{L}-])/gu;

/**
 * The peninsula, on a page that names Crimea: "the peninsula that Moscow seized and annexed", "a
 * incorporação de sua península autônoma, Crimeia, à Rússia". Not one named by a word before it
 * ("the Korean Peninsula", "Arabian peninsula"), but for the Black Sea's ("der annektierten Schwarzmeer-Halbinsel
 * Krim") and Ukraine's ("the Ukrainian peninsula that was forcibly annexed"); a determiner at a sentence's start names nothing.
 */
const PENINSULA_WORDS = ['peninsula', 'péninsule', 'halbinsel', 'Black Sea peninsula', 'Ukrainian peninsula', 'Schwarzmeer-Halbinsel', 'Schwarzmeerhalbinsel', 'península', 'penisola', 'półwys(?:ep|pu|pie|pem)', 'полуостр(?:ов|ова|ове|овом|ову)', 'півостр(?:ів|ова|ові|овом|ову)'];
const DETERMINERS = 'The|This|That|La|Le|Cette|Die|Der|Das|Diese|Dieser|El|Esta|Esa|A|O|Essa|Il|Lo|Questa|W|Na|Ten|Tym|На|В|Этот|Этом|У|Цей|Цьому';
const PENINSULA = new RegExp(
  String.raw`(?<!(?:^|[\s(«"“])(?!(?:${DETERMINERS})\s)\p{Lu}[\p{L}’'-]*\s)(?<![\p{L}-])(?:${PENINSULA_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join('|')})(?![\p{L}-])`,
  'gu',
);

/**
 * The US election told without its year ("ingerenza nel voto Usa", "вмешательства Москвы в предвыборную
 * кампанию в США", "interferência de Moscovo nas eleições dos EUA"), or with it but not the country
 * ("interferencia en las elecciones presidenciales de 2016", on a page that names the US): on a page
 * before the next one (or undated), the 2016 election, whose interference the news of those years tells.
 */
const US = String.raw`(?:US|U\.S\.|USA|Usa|EUA|EE\.? ?UU\.?|Stati Uniti|Estados Unidos|États-Unis|США|Stanach Zjednoczonych)`;
const US_ELECTION = new RegExp(
  `(?<![\\p{L}])(?:${[
    String.raw`(?:US|U\.S\.|American|United States)\s+(?:[Pp]residential\s+)?(?:[Ee]lections?|vote|campaign)`,
    String.raw`US-(?:Präsidentschafts)?[Ww]ahl(?:en|kampf)?`,
    String.raw`(?:elecciones|eleições|elezioni|élections?|voto|présidentielle|wybor(?:y|ach|ów)|выбор(?:ы|ах|ов)|вибор(?:и|ах|ів)|предвыборн(?:ую|ой|ая) кампани[юия]|campanha eleitoral|campaña electoral|campagna elettorale|campagne électorale|(?:president|presidenc)\p{L}*)\s+(?:presidenciales\s+|presidenciais\s+|presidenziali\s+|prezydenckich\s+|prezydenckie\s+|prezydenta\s+|президента\s+)?(?:(?:de|dos|nos|en|negli|aux|w|в|у|на)\s+(?:los\s+|las\s+)?)?${US}`,
    String.raw`(?:elecciones|eleições|elezioni|élections?)\s+(?:presidenciales\s+|presidenciais\s+|presidenziali\s+|présidentielles?\s+)?(?:estadounidenses|norte-americanas|americanas|americane|statunitensi|américaines?)`,
  ].join('|')})(?![\\p{L}])`,
  'gu',
);
/**
 * "The presidential election", with no country: on a page that names the US, dated 2016 to 2019, the
 * 2016 one ("efforts by Russia to interfere in the presidential election"). An undated page may be of
 * any year, and one of 2020 speaks of that year's ("trying to interfere in the presidential election"),
 * unless its paragraph names the 2016 election itself, on a page that names the US or Russia ("during
 * the 2016 campaign … the country's meddling in the presidential election"). Never one given a year
 * of its own ("the presidential election of 2020", "президентские выборы 2020 года").
 */
const PRESIDENTIAL = new RegExp(
  `(?<![\\p{L}])(?:${[
    String.raw`the\s+presidential\s+(?:election|elections|vote|race|campaign)`,
    // In the other languages, with or without its article ("interferir na eleição presidencial", "l'élection présidentielle").
    String.raw`(?:eleição|eleições)\s+presidencia(?:l|is)|(?:elección|elecciones)\s+presidencial(?:es)?|elezion[ei]\s+presidenzial[ei]|élections?\s+présidentielles?`,
    String.raw`Präsidentschaftswahl(?:en)?|президентск(?:ие|их|ими)\s+выбор(?:ы|ах|ов|ами)|президентськ(?:і|их|ими)\s+вибор(?:и|ах|ів|ами)|wybor(?:y|ach|ów|ami)\s+prezydenck(?:ie|ich|imi)`,
  ].join('|')})(?![\\p{L}])(?!\\s+(?:of|in|de|del|di|du|em|en|von|w|в|у|z)?\\s*\\d{4})`,
  'gu',
);
const ELECTION_2016 = /(?<![\p{L}])(?:elecciones|eleições|elezioni|élections?|wybor(?:y|ach|ów)|выбор(?:ы|ах|ов)|вибор(?:и|ах|ів))\s+(?:presidenciales\s+|presidenciais\s+|presidenziali\s+|présidentielles?\s+|prezydenckich\s+|президентских\s+)?(?:de|del|di|du|z|в|у)?\s*2016(?![\p{N}])/gu;
/** The day of the US election after 2016's: a page from then on means that one or a later one. */
const NEXT_US_ELECTION = '2020-11-03';

/** Countries with breakaway lands of their own, where separatists are not the Donbas's. */
const OTHER_BREAKAWAYS = ['moldova', 'transnistria', 'georgia-country', 'abkhazia', 'south-ossetia'];

/** Who the page names plainly (not by an ambiguous form). */
export function namedPlainly(raw: readonly Match[][]): Set<number> {
  const named = new Set<number>();
  for (const ms of raw) for (const m of ms) for (const a of m.aliases) if (!a.ambiguous && !a.block) named.add(a.entry);
  return named;
}

export interface Descriptors {
  /** NATO's entry where the page names it, else -1. */
  nato: number;
  /** The page's matches with the descriptors added where no match covers them. */
  raw: readonly Match[][];
}

/** The descriptors a page's words may use, as matches of the parties they stand for. */
export function withDescriptors(index: CompiledIndex, texts: readonly string[], raw: readonly Match[][], published?: string): Descriptors {
  const id = (e: string) => index.entries.findIndex((x) => x.id === e);
  const named = namedPlainly(raw);
  const nato = named.has(id('nato')) ? id('nato') : -1;
  const donbas = named.has(id('ukraine')) && !OTHER_BREAKAWAYS.some((e) => named.has(id(e))) ? id('donbas') : -1;
  const election = id('us-election-2016');
  const told = (
    [
      [ALLIANCE, nato],
      [SEPARATISTS, donbas],
      [OSTUKRAINE, id('donbas')],
      [RUSSIAN, id('russia')],
      [RUSSIANS, named.has(id('russia')) ? id('russia') : -1],
      [PENINSULA, named.has(id('crimea')) ? id('crimea') : -1],
      ...COMBINING.map(([e, forms]) => [combining(forms), id(e)]),
      ...SECOND.map(([e, stems]) => [second(stems), id(e)]),
      [US_ELECTION, !published || published < NEXT_US_ELECTION ? election : -1],
      [ELECTION_2016, named.has(id('united-states')) ? election : -1],
      [PRESIDENTIAL, named.has(id('united-states')) && published && published >= '2016' && published < '2020' ? election : -1],
    ] as [RegExp, number][]
  ).filter(([, e]) => e >= 0);
  const names2016 = (ms: readonly Match[]) => ms.some((m) => m.aliases.some((a) => a.entry === election));
  const us = named.has(id('united-states')) || named.has(id('russia'));
  const byParagraph = election >= 0 && us && !told.some(([re]) => re === PRESIDENTIAL) && raw.some(names2016);
  if (!told.length && !byParagraph) return { nato, raw };
  const info = (entry: number): AliasInfo => ({ entry, text: '', caseText: '', anyCase: true, ambiguous: false, usual: false, seat: false, block: false, namesake: false, lang: '' });
  return {
    nato,
    // A descriptor stands in place of the names inside it ("Russia" in "pro-Russia rebels"), not of one that runs past it.
    raw: raw.map((ms, b) => {
      const here: [RegExp, number][] = byParagraph && names2016(ms) ? [...told, [PRESIDENTIAL, election]] : told;
      const words = here.flatMap(([re, entry]) => [...texts[b].matchAll(re)].map((x) => ({ start: x.index, end: x.index + x[0].length, aliases: [info(entry)] })));
      const inside = (m: Match, x: Match) => x.start <= m.start && m.end <= x.end;
      const free = words.filter((x) => !ms.some((m) => m.start < x.end && x.start < m.end && !inside(m, x)));
      if (!free.length) return ms;
      return [...ms.filter((m) => !free.some((x) => inside(m, x))), ...free].sort((p, q) => p.start - q.start);
    }),
  };
}

/** A member's accession with no alliance in the telling accedes to the one the page names: NATO joins the chain. */
export function accedesTo(chain: Chain, nato: number): Chain {
  if (nato < 0 || chain.names.some((set) => set.has(nato))) return chain;
  return { ...chain, names: [...chain.names, new Set([nato])], spans: [...chain.spans, [chain.end, chain.end]], loose: [...chain.loose, -1] };
}

/**
 * A role in the genitive before a person's name, which the case ties to the word before it, as "of"
 * does: "розслідування спецпрокурора Роберта Мюллера", "встреча президента Путина", "śledztwo prokuratora Muellera".
 */
const ROLE_BEFORE = /(?<![\p{L}])(?:(?:спец)?прокурора|президента|премьера|прем['’]єра|канцлера|лидера|лідера|prezydenta|premiera|kanclerza|prokuratora)\s+$/iu;

/**
 * A person's surname with their own first name before it (in any of its cases and spellings) and a
 * role in the genitive before that, as one name: a telling reads "Роберта Мюллера" as it reads "Robert
 * Mueller", whose whole name is an alias (inflected names match by the surname alone).
 */
export function withFirstNames(index: CompiledIndex, texts: readonly string[], raw: readonly Match[][]): Match[][] {
  return raw.map((ms, b) =>
    ms.map((m) => {
      const people = m.aliases.filter((a) => index.entries[a.entry].category === 'person');
      if (!people.length) return m;
      const word = nameBefore(texts[b], m.start);
      const start = word && people.some((a) => isOwnName(word, entryWords(index, a.entry))) ? texts[b].lastIndexOf(word, m.start) : m.start;
      const role = ROLE_BEFORE.exec(texts[b].slice(Math.max(0, start - 24), start));
      return start === m.start && !role ? m : { ...m, start: role ? start - role[0].length : start };
    }),
  );
}
