// A club named after its city ("Schachtar Donezk", "Dynamo Kyiv"): once a page names the club so, the
// city's name alone is the club too in a paragraph about sport ("Donezk siegt", "wenn Donezk am 13.
// Dezember in Porto spielt"), as a work's title is the work (work-titles.ts), unless words of place,
// distance or region say it is the city the club left: "in Donezk", "z Doniecka", "just north of
// Donetsk", "the Donetsk region", "di Kiev, la città". Elsewhere the city is the city: a rail's
// "Dynamo Kyiv lost at home" says nothing of "Drones struck Kyiv overnight".
import { inDateline } from '../text/dateline';
import { aliasKey } from '../text/normalize';
import { wordsAfter, wordsBefore } from './near-words';
import type { Match } from './matcher';
import { CLUB_LEADS } from './name-words';

/** Words of place before a city's name: in, near, from it (not "de" or "a": "victoire de Donetsk", "ganó a Kiev"). */
const PLACE_BEFORE = new Set([
  'in', 'into', 'near', 'outside', 'around', 'from', 'across', 'nach', 'aus', 'bei', 'im', 'dans', 'près', 'en', 'em', 'no', 'na', 'nella',
  'w', 'we', 'z', 'ze', 'do', 'pod', 'koło', 'в', 'во', 'из', 'под', 'у', 'з', 'до', 'біля', 'під',
]);
/** A city told by where something stands from it: "just north of Donetsk", "1.000 km de Donetsk". */
const OF = new Set(['of', 'de', 'di', 'da', 'von', 'od', 'от', 'від']);
const WHERE = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outside', 'km', 'miles', 'kilometres', 'kilometers',
  'nord', 'sud', 'est', 'ouest', 'norte', 'sur', 'este', 'oeste', 'leste', 'nordest', 'città', 'ciudad', 'cidade', 'ville', 'city', 'stadt',
  'północ', 'południe', 'wschód', 'zachód', 'км', 'севернее', 'южнее', 'городе', 'города', 'місті', 'міста',
]);
/** The city named as such right after: "Olimpico di Kiev, la città in cui …". */
const CITY_AFTER = /^,?\s+(?:the|la|il|a|die|o)?\s*(?:city|città|ciudad|cidade|ville|stadt|miasto|город|місто)(?!\p{L})/iu;
/** Words of region after a city's name: "Donetsk region", "Donezker Oblast" is not a club. */
const REGION_AFTER = /^(?:region|regions|oblast|province|area|city|regione|región|região|regiją|obwodzie|obwód|область|области|області)$/iu;

/** Words of sport, in the languages Backstory reads. */
const SPORT = new RegExp(
  `(?<!\\p{L})(?:${[
    'match', 'matches', 'game', 'goal', 'goals', 'league', 'cup', 'coach', 'club', 'team', 'season', 'striker', 'midfielder', 'stadium', 'fans', 'won', 'beat', 'draw', 'football',
    // Hockey's: "ХК Донбас … шайби", "puck".
    'hockey', 'puck', 'хокей\\p{L}*', 'хоккей\\p{L}*', 'шайб\\p{L}*', 'hokej\\p{L}*',
    'tor', 'tore', 'saison', 'siegt', 'sieg', 'spielt', 'spielen', 'spielte', 'achtelfinale', 'fußball',
    // German compounds end in their noun: "Traditionsverein", "Heimspiele", "Europapokal".
    '\\p{L}*(?:verein|spiele?|liga|trainer|mannschaft|pokal)',
    'partido', 'gol', 'goles', 'entrenador', 'equipo', 'temporada', 'fútbol', 'partita', 'allenatore', 'squadra', 'campionato', 'calcio',
    // Not the Portuguese "time" (team) nor the French "but" (goal): English words first.
    'jogo', 'golo', 'gols', 'treinador', 'equipe', 'futebol', 'clube', 'équipe', 'entraîneur', 'buts',
    'player', 'players', 'spieler', 'jugadores', 'giocatori', 'joueurs', 'jogador', 'jogadores', 'piłkarz', 'игроки', 'гравці',
    'mecz', 'bramka', 'bramkę', 'trener', 'drużyna', 'drużynie', 'sezon', 'piłka', 'piłkarze', 'тренер', 'сезон', 'клуб(?:у|а|ом|і|ы)?', 'футбол',
    // Their cases too: "Прем'єр-ліги", "швидким голом", "донецького колективу".
    'матч(?:а|у|і|ем|ів|ей|и)?', 'гол(?:а|у|ом|и|ів|ы|ов)?', 'команд(?:а|и|у|ою|і|ы|е|ой)', 'ліг(?:а|и|у|ою|і)', 'лиг(?:а|и|у|ой|е)', 'колектив(?:у|ом)?',
    // A result: "Kiev à 10 s'impose à Rennes", "la derrota del Shakhtar".
    'défaite', 'victoire', 'derrota', 'victoria', 'vitória', 'sconfitta', 'vittoria', 'niederlage',
    // A title won: "став чемпіоном України", "mistrzem Polski".
    'champions?', 'championship', 'чемпион\\p{L}*', 'чемпіон\\p{L}*', 'mistrz\\p{L}*',
    // A score with the half-time score after it: "Шахтар (Донецьк) – Динамо (Київ) 3:1 (1:0)".
    '\\d{1,2}:\\d{1,2}\\s*\\(\\d{1,2}:\\d{1,2}\\)',
  ].join('|')})(?!\\p{L})`,
  'iu',
);

/**
 * A club's initials before its city's name, in a paragraph about sport: "HJK Helsinki", "PSV
 * Eindhoven", "BATE Borisov". Elsewhere initials before a city are a newsroom's ("BBC Moscow").
 */
function clubInitials(lead: string, text: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(lead) && SPORT.test(text);
}

/**
 * Other ways a page names a club by its city alone: listed after the word for clubs ("Crimean clubs
 * Tavriya Simferopol, Sevastopol", "football clubs … and Sevastopol"), in quotes, as the Slavic press
 * writes a club's name ("\"Донбас\" переміг суперника"), or, in English, opening a sentence as the
 * subject of "are" or "were", as a team is ("Sevastopol are ready to complete the season"; a state
 * "is" or "was", and "could Germany have done" asks a question).
 */
const CLUBS_BEFORE = /(?<!\p{L})(?:clubs?|teams?|sides|klub|kluby|klubów|clube|clubes|клуб|клубы|клуби)\s+(?:(?:\p{Lu}[\p{L}-]*,?|and|i|y|e|et|und|и|і|та)\s+)*$/u;
const PLURAL_AFTER = /^\s+(?:are|were)\s/u;
const SENTENCE_START = /(?:^|[.!?]["'”’]?\s+)$/u;
function namedAsClub(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // A club's name, capitalised: "del club ucraino" is the club's country.
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const quoted = /["«„“]$/u.test(before) && /^["»“”]/u.test(text.slice(end, end + 1));
  return quoted || CLUBS_BEFORE.test(before) || (PLURAL_AFTER.test(text.slice(end, end + 8)) && SENTENCE_START.test(before));
}

/** The words for a club or a team, after a city's adjective or its name: "донецького клубу", "донецька команда", "the Luhansk team". */
const CLUB_NOUNS = new Set(['team', 'side', 'squad', 'club', 'клуб', 'клубу', 'клуба', 'колектив', 'колективу', 'коллектив', 'коллектива', 'команда', 'команди', 'команды', 'команду']);
/**
 * A club named with its city after it, in a paragraph about sport: the city's adjective before the
 * club's name or the word for a club ("Донецький Шахтар", "київське Динамо", "донецького клубу"), or
 * the city in brackets after the club's name ("Шахтар (Донецьк)").
 */
function clubAfter(text: string, start: number, end: number): boolean {
  const [next] = wordsAfter(text, end, 1);
  const word = next?.toLowerCase();
  if (word && (CLUB_NOUNS.has(word) || (CLUB_LEADS.has(word) && /^\p{Lu}/u.test(next)))) return true;
  const lead = /(\p{L}+)\s*\($/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return !!lead && CLUB_LEADS.has(lead.toLowerCase());
}

/** Whether a place's name at [start, end) stands for a club the page names after it; `raw` the page's matches. */
export function clubCities(texts: readonly string[], raw: readonly Match[][]): (text: string, start: number, end: number) => boolean {
  const names = new Set<string>();
  texts.forEach((text, b) => {
    for (const m of raw[b]) {
      const [lead] = wordsBefore(text, m.start, 1, true);
      const club = lead && /^\p{Lu}/u.test(lead) && (CLUB_LEADS.has(lead.toLowerCase()) || clubInitials(lead, text));
      if (club || (SPORT.test(text) && (namedAsClub(text, m.start, m.end) || clubAfter(text, m.start, m.end)))) names.add(aliasKey(text.slice(m.start, m.end)));
    }
  });
  if (!names.size) return () => false;
  return (text, start, end) => {
    // A dateline names the city the story was filed from ("MINSK, 19 February (BelTA) – HC Dinamo Minsk edged …").
    if (!names.has(aliasKey(text.slice(start, end))) || !SPORT.test(text) || inDateline(text, start, end)) return false;
    const [far, before] = wordsBefore(text, start, 2).map((w) => w.toLowerCase());
    const [after] = wordsAfter(text, end, 1);
    if (before && (PLACE_BEFORE.has(before) || (OF.has(before) && far && WHERE.has(far)))) return false;
    return !(after && REGION_AFTER.test(after)) && !CITY_AFTER.test(text.slice(end, end + 20));
  };
}
