// A work's title: a name the page gives to a film, a series, a book or a song ("Cold War", the film),
// which is not the thing it is named after; and a ship's name ("USS Ronald Reagan"), likewise.
import { aliasKey } from '../text/normalize';
import { wordsBefore } from './near-words';
import type { Match } from './matcher';
import { SHIP, WARSHIP } from './name-words';

/**
 * Quotation marks that open a title, each with the marks that may close it. A closing mark also
 * opens: Swedish and Finnish write ”Title”, and word processors turn a quote typed at a line's
 * start into ’Title’.
 */
const QUOTES: Record<string, string> = { '"': '"', '“': '”“', '‘': '’', "'": "'", '«': '»', '„': '“”', '»': '«', '”': '”', '’': '’' };
/** Words that say what is quoted is a work's title: "the film “Cold War”", "HBO's “Chernobyl”". */
const WORK_WORDS =
  /(?<!\p{L})(?:films?|filmes?|movies?|documentary|dramas?|thrillers?|sitcom|screenplay|sequel|(?:mini)?series(?! of )|novel|book|memoir|album|song|opera|musical|exhibition|director|directed|starring|premiered?|Oscars?|Netflix|HBO|Filme?s?|Serie(?! (?:von|di|de) )|Roman|Buch|Dokumentarfilm|série(?! d)|serie(?! (?:d\p{L}*|[A-D])(?!\p{L}))|livre|documentaire|película|novela|libro|documental|romanzo|romance|livro|documentário|serial|powieść|książk[aię]|фильм[аеу]?|сериал[аеу]?|роман[аеу]?|книг[аеиу]|фільм[аіу]?|серіал[аіу]?)(?!\p{L})/u;

/** Whether the match is the whole of a quoted phrase (“Cold War”, ‘Chernobyl.’, «Холодная война»), a sequel's number and all (“Cold War 2”). */
function quoted(text: string, start: number, end: number): boolean {
  const close = QUOTES[text[start - 1]];
  if (!close) return false;
  const after = /^(?:\s(?:[2-9]|II|III|IV|V|VI))?[.,!?]?(.)/u.exec(text.slice(end, end + 6));
  return !!after && close.includes(after[1]);
}

/**
 * A work's noun just before a name ("the film Cold War", "sa série Chernobyl", "Film Review: Cold War"),
 * in lower case or after an article: "Film New Zealand" is a body's name.
 */
const WORK_BEFORE =
  /(?<!\p{L})(?:film|movie|documentary|drama|thriller|series|novel|book|memoir|album|song|opera|musical|série|livre|película|novela|libro|romanzo|livro|фильм[аеу]?|сериал[аеу]?|фільм[аіу]?|серіал[аіу]?|(?:der|den|dem|im|ein|einen|seinem|seinen|ihrem|ihren) (?:Film|Roman)|(?:die|der|eine|seiner|ihrer) Serie|(?:das|dem|ein|seinem|ihrem) Buch|(?:[Ff]ilm|[Mm]ovie|[Bb]ook|[Aa]lbum|[Ss]eries|[Dd]ocumentary|[Oo]pera|[Tt]heat(?:er|re)) [Rr]eview\s*[:–—-])\s+$/u;
/** What opens the rest of a work's phrase after its noun (see WORK_AFTER): "from", "by", and their words in the other languages ("o filme a preto e branco da Polónia"). */
const AFTER_WORK = 'from|by|that|which|about|starring|directed|written|based|set|in|of|with|released|de|do|da|di|del|della|du|des|que|qui|che|sur|sobre|von|über|a|en|em|con|com|avec|mit';
/**
 * A work's noun in apposition after a name, ending its phrase ("Cold War, the latest film from …",
 * "Cold War, a period piece drama that …", "Guerra Fria, o filme a preto e branco"; not "a book fair").
 * A feature is a film there: "Cold War, the latest feature by the Polish director".
 */
const WORK_AFTER = new RegExp(
  `^,\\s+(?:the|a|an|his|her|their|its|o|os|as|le|la|il|lo|el|un|una|um|uma|une|der|die|das|ein|eine)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${WORK_WORDS.source}|features?)(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:${AFTER_WORK})\\s)`,
  'u',
);
/**
 * A sequel's number right after a name, in a block that speaks of a work: “Cold War 2” is the film,
 * not the Cold War. Not a count: "In the Soviet Union 8 million people died".
 */
const SEQUEL = /^\s(?:[2-9]|II|III|IV|V|VI)(?![\p{L}\p{N}]|[.,:]\p{N})(?!\s+(?:million|billion|thousand|hundred|per|percent|people|years?|months?|weeks?|days?|times|of|to|or|and)(?!\p{L}))/u;
/** Who made it, right after a name (a short aside between): "Cold War (whose Polish title is Zimna wojna), directed by …". */
const MADE_BY = /^\s*(?:\([^()]{0,60}\))?,?\s+(?:directed|written|produced|sung|performed|narrated) by\s/u;
/**
 * Its maker's full name right after a name, with "by" in a language's word for it (the block or page
 * speaking of a work): "Cold War di Pawel Pawlikowski", "Cold War (Zimna Wojna) de Pawel Pawlikowski".
 */
const BY_MAKER = /^\s*(?:\([^()]{0,60}\))?,?\s+(?:by|di|de|par|von|od|от)\s+(?=(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?![\p{L}'’]|\s+\p{Lu})))/u;
/**
 * A title of two words or more and its colon right before a name that ends its block: the name is
 * the work's subtitle, as a headline gives it ("Review: Angels in America – Part 2: Perestroika").
 */
const SUBTITLE_OF = /(?:^|[:–—]\s)(?:\p{Lu}[\p{L}'’-]*|\p{N}+)(?:\s+(?:\p{Lu}[\p{L}'’-]*|\p{N}+|in|of|the|and|on|at|to|for))*\s+(?:\p{Lu}[\p{L}'’-]*|\p{N}+):\s+$/u;
/** Words only a page about a video game uses. */
const GAME_WORDS =
  /(?<!\p{L})(?:video ?games?|videogames?|gameplay|multiplayer|single-?player|PlayStation|Xbox|Nintendo|Activision|Treyarch|Ubisoft|videojogos?|videojuegos?|videogioc(?:o|hi)|jeux? vidéo|(?:Video|Computer)spiele?|gr(?:a|y|ze) komputerow\p{L}*|видеоигр\p{L}*|відеогр\p{L}*)(?!\p{L})/iu;
/**
 * A title and its colon, then up to three capitalised words or dashes, right before a name: on a page
 * about a game, the name ends the game's title ("Call of Duty: Black Ops Cold War", "… Black Ops - Cold War").
 */
const GAME_TITLE = /(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|\p{N}+))+:\s+(?:(?:\p{Lu}[\p{L}'’-]*|[-–—])\s+){0,3}$/u;
/** A critic's rating right after a name, as a review's headline gives it: "Cold War (5 stars)", "Chernobyl ★★★★", "Cold War (4/5)". */
const RATED = /^\s*(?:\(\s*(?:[0-5](?:[.,]5)?\s*(?:stars?|Sterne|étoiles|estrellas|stelle|estrelas|gwiazdk\p{L}*|\/\s*(?:5|10))|★+☆*)\s*\)|★+)/u;
/** The actor's full name in brackets right after a character the page names as one: "Helsinki (Darko Peric)". */
const PLAYED_BY = /^\s*\(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\)/u;
/** A character's noun right before its name: "the character of Helsinki", "il personaggio di Helsinki". */
const CHARACTER = /(?<!\p{L})(?:character|personaggio|personnage|personaje|personagem|Figur|postać|postaci|персонаж\p{L}*)\s+(?:(?:of|di|de|du|del|da|do|von)\s+)?$/u;
/** Words before a name that make it the thing itself, not a title ("the Cold War", "post-Cold War"). */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'post', 'pre', 'der', 'die', 'das', 'la', 'le', 'el', 'il', 'lo', 'o',
  // The article joined to "of", "in" or "to": "no contexto da Guerra Fria", "nella guerra fredda", "au temps de la".
  'da', 'do', 'das', 'dos', 'na', 'no', 'nas', 'nos', 'ao', 'à', 'al', 'del', 'della', 'dello', 'nella', 'nel', 'du', 'des', 'au', 'aux', 'dem', 'den', 'zum', 'zur', 'im',
]);

/** A short block of capitalised words alone, no sentence: a caption or a credit ("Roma Cold War"). */
const CAPTION = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,6}$/u;

/** A headline in headline case: short, and every word of four letters or more capitalised ("Cold War Meditates on Exile, Nationalism, and Love"). */
function headline(text: string): boolean {
  const words = text.match(/[\p{L}'’-]{4,}/gu) ?? [];
  return text.length <= 120 && words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Whether a name stands as a work's title by its neighbours: quoted in a block about a work, or a work's noun right beside it. */
function titledHere(text: string, start: number, end: number, named?: (at: number) => boolean): boolean {
  if (quoted(text, start, end)) return WORK_WORDS.test(text);
  const after = text.slice(end, end + 100);
  if (WORK_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || WORK_AFTER.test(after) || MADE_BY.test(after) || RATED.test(after)) return true;
  if (named && SUBTITLE_OF.test(text.slice(Math.max(0, start - 60), start)) && /^[.!?\s]*$/u.test(text.slice(end))) return true;
  // A character of the work, on a page that speaks of a work: "il personaggio di Helsinki".
  if (named && CHARACTER.test(text.slice(Math.max(0, start - 24), start))) return true;
  // A maker is a person the page does not name as anything else ("de Estados Unidos" is a country).
  const maker = named && BY_MAKER.exec(after);
  return !!maker && !named(end + maker[0].length);
}

/**
 * Whether a match is a name the page gives as the title of a work: quoted whole in a block that
 * speaks of a film, a series, a book or a song, or with a work's noun beside it ("the film Cold
 * War", "Cold War, the latest film from Pawel Pawlikowski"). There the name is the work everywhere on
 * the page where it is quoted (in any of its forms), opens a block before a comma, or stands bare
 * (no "the" before it) in a block about the work ("Pawlikowski's Cold War"); the page's "the Cold
 * War" is still the Cold War. A quoted name elsewhere is not a title: the “special military
 * operation” is quoted because it is Moscow's term for the war.
 */
export function workTitles(texts: readonly string[], raw: readonly Match[][]): (text: string, start: number, end: number, entry: number) => boolean {
  const titles = new Set<string>();
  const ships = shipNames(texts, raw);
  const entries = new Set<number>();
  // Where the page speaks of a work, the places in each block where a name the data knows begins.
  const starts = new Map<string, Set<number>>();
  if (texts.some((t) => WORK_WORDS.test(t))) texts.forEach((t, b) => starts.set(t, new Set(raw[b].map((m) => m.start))));
  const namedIn = (text: string) => (starts.has(text) ? (at: number) => starts.get(text)!.has(at) : undefined);
  // A game's title, in a block that speaks of the game or as a headline that it ends on a page that does;
  // then its name is the game's anywhere the page does not make it the thing itself.
  const gamePage = texts.some((t) => GAME_WORDS.test(t));
  const gameTitle = (text: string, start: number, end: number) =>
    gamePage && GAME_TITLE.test(text.slice(Math.max(0, start - 60), start)) && (GAME_WORDS.test(text) || /^[\s.!?]*$/u.test(text.slice(end)));
  let game = false;
  // The names that stand in a block speaking of a work: quoted in a headline, such a name is the work's title ("Em 'Guerra Fria' casal vive paixão impossível").
  const inWorkBlocks = new Set(raw.flatMap((ms, b) => (WORK_WORDS.test(texts[b]) ? ms.map((m) => aliasKey(texts[b].slice(m.start, m.end))) : [])));
  const quotedHeadline = (t: string, m: Match) => t.length <= 120 && quoted(t, m.start, m.end) && inWorkBlocks.has(aliasKey(t.slice(m.start, m.end)));
  for (let b = 0; b < texts.length; b++) {
    const t = texts[b];
    for (const m of raw[b]) {
      if (!titledHere(t, m.start, m.end, namedIn(t)) && !gameTitle(t, m.start, m.end) && !quotedHeadline(t, m) && !(SEQUEL.test(t.slice(m.end, m.end + 40)) && WORK_WORDS.test(t))) continue;
      titles.add(aliasKey(t.slice(m.start, m.end)));
      // A game's title the data knows whole ("Black Ops Cold War") gives the page its last words too: "Cold War" is the game's.
      if (gameTitle(t, m.start, m.end)) {
        game = true;
        for (const [, tail] of t.slice(m.start, m.end).matchAll(/(?<=\s)(?=(\S+(?:\s+\S+)+)$)/gu)) titles.add(aliasKey(tail));
      }
      for (const a of m.aliases) entries.add(a.entry);
    }
  }
  return (text, start, end, entry) => {
    if (ships.size && ships.has(aliasKey(text.slice(start, end))) && THE_SHIP.test(text.slice(Math.max(0, start - 5), start)) && !PERSONS_TIME.test(text.slice(end, end + 16))) return true;
    // The title in another case, quoted: "w „Zimnej wojnie”" after "„Zimna wojna” to … dzieło".
    if (entries.has(entry) && quoted(text, start, end)) return true;
    if (!titles.size || !titles.has(aliasKey(text.slice(start, end)))) return false;
    if (quoted(text, start, end) || titledHere(text, start, end, namedIn(text)) || gameTitle(text, start, end) || SEQUEL.test(text.slice(end, end + 40))) return true;
    // The character again, by the actor who plays it: "il mio incontro con Helsinki (Darko Peric)".
    if (PLAYED_BY.test(text.slice(end, end + 40))) return true;
    // Opening a block and set apart by a comma or a colon, or opening a headline in headline case, it
    // is the work's too: "Cold War, i sentimenti attraverso la storia", "Cold War Meditates on Exile";
    // not "Cold War tensions rose". Bare in a block about the work, it is the work wherever it stands ("Pawlikowski's Cold
    // War", "Cold War is bound to put the lead actors on the map" beside "screenplay").
    const before = wordsBefore(text, start, 1)[0]?.toLowerCase();
    if (before === undefined && (/^\s*(?:[,:–—]|$)/u.test(text.slice(end, end + 3)) || headline(text))) return true;
    // Ending its block after a comma, it is a credit in a list: "Joanna Kulig, Cold War"; in a short block
    // of capitalised words alone, a caption that names the works it shows: "Roma Cold War".
    if (/^[.\s]*$/u.test(text.slice(end)) && /,\s*$/u.test(text.slice(0, start))) return true;
    if (CAPTION.test(text)) return true;
    return (WORK_WORDS.test(text) || game) && (before === undefined || !DETERMINERS.has(before));
  };
}

/**
 * "the" before a name the page gives a ship ("USS Ronald Reagan", "the cruiser Moskva"): a person's or
 * a place's name takes none, a ship's does ("the flight deck of the Ronald Reagan as it departed").
 */
const THE_SHIP = /(?<!\p{L})the\s+$/iu;
/** Nouns after "the" and a person's name that make the time of the person, not a ship: "the Ronald Reagan administration". */
const PERSONS_TIME = /^\s+(?:administration|era|years|presidency|government|doctrine)(?!\p{L})/iu;

/** The names (their alias keys) the page gives to ships: after a ship's prefix or its kind ("USS Ronald Reagan", "cruiser Moskva"), and their last words. */
function shipNames(texts: readonly string[], raw: readonly Match[][]): Set<string> {
  const out = new Set<string>();
  texts.forEach((t, b) => {
    for (const m of raw[b]) {
      if (!SHIP.test(t.slice(Math.max(0, m.start - 8), m.start)) && !WARSHIP.test(t.slice(Math.max(0, m.start - 22), m.start))) continue;
      // Its last word too, as a ship named after a person is called: "USS Ronald Reagan … the arrival of the Reagan".
      const key = aliasKey(t.slice(m.start, m.end));
      out.add(key).add(key.split(' ').pop()!);
    }
  });
  return out;
}

/**
 * A person's name that the page gives to a city or a sports kit maker: "Obama City" (in Fukui), "the
 * new Macron kit", "la camiseta Macron". Such a name is the city's or the maker's wherever it stands
 * alone on that page ("I visited Obama", "kits from Macron"); the person's full name is still the
 * person ("Barack Obama").
 */
const NAMED_AFTER = [
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)(?= City(?![\p{L}\p{N}]))/gu,
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)(?= (?:[Kk]its?|[Kk]it (?:[Dd]eal|[Ss]upplier|[Ss]ponsor)|[Ss]portswear)(?![\p{L}\p{N}]))/gu,
  /(?<![\p{L}])(?:[Cc]amisetas?|[Mm]aglia|[Mm]aglie|[Mm]aillots?|Trikots?|[Kk]oszulk\p{L}*|[Ee]quipación) (\p{Lu}[\p{L}'’-]*)/gu,
];

/** The names (their alias keys) the page gives to a city or a kit maker (see NAMED_AFTER); for people's names only. */
export function namedAfterPeople(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const re of NAMED_AFTER) for (const [, name] of text.matchAll(re)) out.add(aliasKey(name));
  return out;
}
