// The words that make a place's or a person's name part of a longer proper name (lib/match/evidence.ts inLongerName).

/** Words that follow a place or person's name to make the name of something else. */
export const NAME_HEADS = new Set([
  'university', 'college', 'school', 'institute', 'academy', 'street', 'st', 'avenue', 'ave', 'road', 'square',
  'boulevard', 'lane', 'expressway', 'highway', 'freeway', 'parkway', 'turnpike', 'airport', 'station', 'stadium', 'arena', 'hotel', 'club', 'fc', 'united', 'tech', 'state',
  'post', 'times', 'herald', 'tribune', 'journal', 'mail', 'independent', 'gazette', 'observer', 'press',
  'stock', 'exchange', 'company', 'corp', 'inc', 'ltd', 'group', 'airlines', 'airways', 'railways', 'mule',
  'symphony', 'orchestra', 'philharmonic', 'ballet', 'opera', 'zoo', 'marathon', 'open', 'tower', 'towers',
  'media', 'organization', 'organisation', 'foundation', 'center', 'centre', 'library', 'memorial', 'bulldogs',
  'team', 'national', 'pictures', 'records', 'fashion', 'week', 'casino', 'mobile', 'telecom', 'telecoms',
  'international', 'museum', 'hospital', 'battalion', 'brigade', 'regiment',
  // Water and land named after a place, and the places named after them: "China Lake" (a naval base in
  // California), "Turkey Creek", "Lebanon County".
  'lake', 'lakes', 'creek', 'county',
  // A mountain road: "the Crimea Pass" in Wales; a garden, a restaurant's too: "China Garden"; a city's gate: "Damascus Gate".
  'pass', 'garden', 'gardens', 'gate', 'gates',
  // A tournament's name: "Kremlin Cup", "Saudi Arabia Snooker Masters", "Bahrain Grand Prix"; a dish or a race named after the bird: "Fresh Turkey Hen", "Turkey Trot".
  'cup', 'masters', 'prix', 'championship', 'championships', 'hen', 'hens', 'breast', 'breasts', 'burger', 'burgers', 'sandwich', 'sandwiches', 'wings', 'drumsticks', 'dinner', 'dinners', 'gravy', 'stuffing', 'trot',
  // A company's trade: "Isis Pharmaceuticals", "Isis Pharma".
  'pharmaceuticals', 'pharma', 'therapeutics', 'biosciences', 'laboratories', 'labs', 'holdings', 'industries', 'enterprises', 'ventures', 'brewery', 'brewing',
  // A restaurant's name: "China Wok", "China House Cafe" (see FAR_HEADS).
  'cafe', 'café', 'restaurant', 'buffet', 'kitchen', 'bistro', 'grill', 'wok', 'diner', 'bakery',
  // An arena's name in the Slavic case forms: "na Donbass Arenie", "на Донбасс Арене".
  'arenie', 'areny', 'arenę', 'areną', 'арена', 'арены', 'арене', 'арену', 'ареной', 'арени', 'арені', 'ареною',
]);
/** Heads that end a longer name a word or two after a place's or person's name (not "Open" or "Times": headlines capitalise every word). */
export const FAR_HEADS = new Set([
  'airport', 'university', 'college', 'institute', 'academy', 'stadium', 'arena', 'station', 'library', 'foundation', 'memorial', 'hospital', 'museum',
  'masters', 'prix', 'championship', 'championships',
  'cafe', 'café', 'restaurant', 'buffet', 'bistro', 'diner', 'bakery',
  // A group of ships or of people named after one: "the Ronald Reagan Strike Group".
  'group',
  // A company's legal form ends its name: "Isis Collections Inc."
  'inc', 'ltd', 'llc', 'corp', 'corporation', 'plc', 'gmbh',
]);
/** A club's own name before its city's, in the languages' spellings and case forms ("Szachtarem Donieck", "Dynama Kijów", «Шахтёр» Донецк). */
export const CLUB_LEADS = new Set([
  'fc', 'ac', 'sc', 'olympique', 'sporting', 'хк', 'фк', 'пфк',
  ...'dynamo dinamo dínamo dynama dynamu dynamem dynamie dinama dinamem динамо'.split(' '),
  ...'shakhtar shaktar schachtar schachtjor shakhtyor chakhtior szachtar chakhtar shajtar szachtara szachtarowi szachtarem szachtarze'.split(' '),
  ...'шахтёр шахтер шахтёра шахтера шахтёру шахтеру шахтёром шахтером шахтар шахтаря шахтарю шахтарем'.split(' '),
  ...'zorya zoria zorja sorja zorii zorią zorię заря зари зарю зарёй зарей зоря зорі зорю зорею'.split(' '),
  ...'spartak spartaka spartakiem спартак спартака спартаку спартаком lokomotiv lokomotive lokomotiw локомотив локомотива'.split(' '),
  ...'metalurh metalist olimpik obolon arsenal torpedo cska zska цска zenit зенит зенита akhmat ахмат terek baltika'.split(' '),
]);
/** Words that come before a place's name to make the name of something else: a club's, a market's, a product's. */
export const NAME_LEADS = new Set([
  ...CLUB_LEADS,
  'real', 'nasdaq', 'new',
  // A club, a bar or a venue named after a place: "Club Helsinki", "Club Havana".
  'club',
  // An airline named after its country: "Air China", "Air India".
  'air',
  // Product lines whose models are codes like a group's name: "Moto G20", "PowerShot G7", "LG G8".
  ...'moto powershot lg lumix nokia xperia'.split(' '),
]);
/** A club's mark two words before a place, with the club's own name between: "FC Zoria Luhansk", "HC Sibir Novosibirsk". */
export const CLUB_MARKS = new Set(['fc', 'fk', 'ac', 'sc', 'cf', 'afc', 'hc', 'hk', 'фк', 'хк', 'пфк']);
/** Two-word leads: "University of Georgia", "Bank of Georgia", "The Times of Israel". */
export const NAME_LEAD_PHRASES = new Set(['university of', 'college of', 'state of', 'bank of', 'port of', 'times of', 'voice of']);
/**
 * A street named after a place, in the languages whose street word comes first: "installé boulevard
 * Sébastopol", "la rue de Moscou", a cycle lane ("la piste Sébastopol"), "calle de Alcalá", "viale Ucraina", "ulica Ukraińska", "улица
 * Москвы". Not French "place" (also a country's standing: "la place de la Russie"). A stadium named after
 * a person or a brand, its name right after its noun ("o Estádio Macron"; "l'estadio de Kiev" is in the city).
 */
export const STREET =
  /(?<!\p{L})(?:(?:boulevard|bd|rue|avenue|allée|quai|impasse|pont|porte|piste|calle|avenida|paseo|plaza|puente|rua|praça|travessa|ponte|viale|piazza|corso|borgo|ulica|ulicy|ulicę|ulicą|aleja|alei|улица|улице|улицы|улицу|вулиця|вулиці|вулицю)\s+(?:(?:de la|de los|de|du|des|del|di|da|do|dos|das|della|dello)\s+)?|(?:stade|estadio|estádio|stadio|stadion|стадион|стадіон)\s+)$/iu;

/**
 * An armed unit named after a place, its noun before the name: "батальон «Донбасс»", "pułk Azow",
 * "le bataillon Azov"; in English only with the name quoted ("the battalion "Donbas""), since "the
 * brigade Russia sent" names Russia.
 */
export const UNIT = /(?<!\p{L})(?:(?:battalion|regiment|brigade) ["“„«']|(?:bataillon|régiment|batallón|regimiento|brigada|battaglione|reggimento|batalhão|regimento|batalion|batalionu|batalionie|pułk|pułku|brygada|brygady|батальон|батальона|батальоне|батальону|батальоном|полк|полка|полку|бригада|бригады|бригаде|батальйон|батальйону|батальйоні|батальйоном|бригади|бригаді)\s+["“„«']?)$/iu;

/** A ship's prefix, the name often in quotes: USS "Ronald Reagan", HMS „Churchill”. */
export const SHIP = /(?:^|[^\p{L}\p{N}])(?:USS|HMS|RFS|INS|HMCS|HMAS) ["“„«']?$/u;
/** A warship named after a place: "the aircraft carrier Minsk", "the cruiser Moskva", "le navire Sebastopol", "крейсер «Москва»". */
export const WARSHIP =
  /(?<!\p{L})(?:carrier|cruiser|frigate|destroyer|flagship|submarine|warship|icebreaker|corvette|navire|croiseur|frégate|porte-avions|porte-hélicoptères|sous-marin|buque|crucero|fragata|portaaviones|submarino|destructor|nave|incrociatore|fregata|portaerei|sottomarino|navio|cruzador|porta-aviões|Kreuzer|Fregatte|Flugzeugträger|Flaggschiff|okręt|krążownik|lotniskowiec|niszczyciel|крейсер|фрегат|эсминец|авианосец|корабль|флагман|есмінець|авіаносець|корабель) ["“„«']?$/u;
/**
 * A match's score beside a name makes it a team: "Barcelona ganó 1-0 a Kiev", "beat Donetsk 2–1",
 * "Shakhtar 0-3 Roma". A dash between the goals only ("10:30 Kyiv time" is a time); after a name, not
 * a span of days, a share or a date: "Kyiv 2-3 weeks ago", "Kyiv 24-25 March".
 */
export const SCORE_BEFORE = /(?<![\p{N}:.,/-])\p{N}{1,2} ?[-–] ?\p{N}{1,2}\s+(?:(?:a|al|against|to|over|vs\.?|v\.?|contra|gegen|contre|contro|przeciw|против|проти)\s+)?$/u;
export const SCORE_AFTER = /^\s+\p{N}{1,2} ?[-–] ?\p{N}{1,2}(?![\p{N}:.,/-]|\s*(?:[%‰]|(?:per ?cent|percent|days?|weeks?|months?|years?|hours?|minutes?|times|people|million|billion|km|miles|January|February|March|April|May|June|July|August|September|October|November|December)\b))/u;
