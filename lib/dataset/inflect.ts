// Case forms of names and places, made at build time for the languages that inflect them: a Polish
// page writes "Pieskowa", "Gruzji", "Skripala", a Russian one "Путина", "России", a German one
// "Putins", "Russlands", and none of these is an alias as written in the data. Each form is added
// to the compiled index with its language only, so it is used on pages in that language alone
// (and where the language is unknown), with the case rule and ambiguity of the alias it comes from.
//
// What is inflected: aliases of people, places, organisations and events whose `lang` names the
// language (an English form that the language uses too is marked so: "lang": ["en", "pl"]).
// The rules are the regular declensions, by the word's ending; a word they cannot be sure of (a
// fleeting vowel, a masculine place whose Ukrainian genitive is -а or -у, a Polish masculine noun
// whose genitive is -a rather than -u, unless listed) gets no forms, and its irregular forms are
// listed in the data instead ("Chin", "Węgier", "Ameryce"). A form that is another common word of
// the language (STOP), or that is already an alias, of this entry or another, is not added.
import { aliasLangs, type Category, type Entry } from './schema';
import { aliasKey } from '../text/normalize';
import { ALIAS_AMBIGUOUS, ALIAS_ANY_CASE, type IndexAlias } from './compile';

export type InflectingLang = 'pl' | 'ru' | 'uk' | 'de';
export const INFLECTING: readonly InflectingLang[] = ['pl', 'ru', 'uk', 'de'];

/** What kind of word is declined: a given name, a surname, or a place or thing. */
export type WordKind = 'given' | 'surname' | 'thing';

/**
 * Forms (lower-case keys) a rule would make that are common words of the language, and would stand
 * capitalised at the start of a sentence: never added.
 */
export const STOP: Record<InflectingLang, ReadonlySet<string>> = {
  // Gaza -> "Gazy": gases ("Gazy cieplarniane ..."); Rada -> "Rady", "Radę": advice, councils, and
  // "dać radę" (to manage).
  pl: new Set(['gazy', 'rady', 'radę']),
  // Газа -> "Газы" (gases); Мир -> "Мира", "Миру", "Миром", "Мире" (peace, world); Рада -> "Рады"
  // (glad: "Рады сообщить").
  ru: new Set(['газы', 'мира', 'миру', 'миром', 'мире', 'рады']),
  // Рада -> "Ради" (for the sake of), "Раді" (glad); Мир -> "Миру", "Миром" (peace).
  uk: new Set(['ради', 'раді', 'миру', 'миром']),
  // Genitives of place names that are also common words' genitives: "des Essens" (the food),
  // "des Zugs" (the train), "des Rats" (the council), "des Hofs" (the court).
  de: new Set(['essens', 'zugs', 'rats', 'hofs']),
};

const INFLECTED_CATEGORIES = new Set<Category>(['person', 'place', 'organization', 'event']);

/** NATO, ChRL, UdSSR: abbreviations are left as they are (two capitals or more). */
function isAbbreviation(w: string): boolean {
  return (w.match(/\p{Lu}/gu) ?? []).length > 1;
}

/** A word's forms, one per case the language has (nominative left out); null: no rule is sure. */
type Cases = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// Polish: genitive, dative, accusative, instrumental, locative.

/** Masculine nouns (places, organisations) whose genitive is -a, not the usual -u. */
const PL_GENITIVE_A = new Set(['kreml', 'izrael', 'mariupol']);

/** A hard consonant's softening before -e (dative and locative): Ukraina -> Ukrainie, Brexit -> Brexicie. */
const PL_SOFTEN: [string, string][] = [
  ['szt', 'szcie'],
  ['st', 'ście'],
  ['zd', 'ździe'],
  ['sn', 'śnie'],
  ['sł', 'śle'],
  ['n', 'nie'],
  ['m', 'mie'],
  ['p', 'pie'],
  ['b', 'bie'],
  ['w', 'wie'],
  ['f', 'fie'],
  ['t', 'cie'],
  ['d', 'dzie'],
  ['s', 'sie'],
  ['z', 'zie'],
  ['ł', 'le'],
  ['r', 'rze'],
];

function plSoften(stem: string): string | null {
  for (const [end, repl] of PL_SOFTEN) if (stem.endsWith(end)) return stem.slice(0, -end.length) + repl;
  return null;
}

const PL_VOWELS = 'aeiouyąęó';

/** Feminine (and masculine) nouns in -a: Rosja, Ukraina, Polska, Korea, Wenezuela, Obama. */
function plNounA(w: string): Cases | null {
  const stem = w.slice(0, -1);
  const lower = w.toLowerCase();
  const same = (gdl: string) => ({ gen: gdl, dat: gdl, acc: `${stem}ę`, ins: `${stem}ą`, loc: gdl });
  if (/[^aeiouy]ia$/.test(lower)) return same(`${stem}i`); // Syria -> Syrii, Estonia -> Estonii
  if (/[aeiou]ja$/.test(lower)) return same(`${w.slice(0, -2)}i`); // Kaja -> Kai
  if (lower.endsWith('ja')) return same(`${stem}i`); // Rosja -> Rosji
  if (lower.endsWith('ea')) return same(`${stem}i`); // Korea -> Korei
  if (lower.endsWith('la')) return same(`${stem}i`); // Wenezuela -> Wenezueli
  if (/(cz|sz|rz|ż|dz|c)a$/.test(lower)) return same(`${stem}y`); // tarcza -> tarczy
  if (lower.endsWith('ka') || lower.endsWith('ga')) {
    const dl = lower.endsWith('ka') ? `${w.slice(0, -2)}ce` : `${w.slice(0, -2)}dze`; // Polska -> Polsce
    return { gen: `${stem}i`, dat: dl, acc: `${stem}ę`, ins: `${stem}ą`, loc: dl };
  }
  const dl = plSoften(stem);
  if (!dl || PL_VOWELS.includes(stem.at(-1)!.toLowerCase())) return null;
  return { gen: `${stem}y`, dat: dl, acc: `${stem}ę`, ins: `${stem}ą`, loc: dl };
}

/** A feminine adjective, or a woman's surname declined as one: Europejska, Północna, Zacharowa. */
function plAdjA(w: string): Cases {
  const stem = w.slice(0, -1);
  const gdl = /[kg]a$/.test(w) ? `${stem}iej` : `${stem}ej`;
  return { gen: gdl, dat: gdl, acc: `${stem}ą`, ins: `${stem}ą`, loc: gdl };
}

function plWord(w: string, kind: WordKind, female: boolean): Cases | null {
  const lower = w.toLowerCase();
  if (w.length < 3 || isAbbreviation(w) || !/^\p{L}+$/u.test(w)) return null;
  if (female) {
    if (kind === 'surname' && /(ow|ew|in|sk|ck)a$/.test(lower)) return plAdjA(w);
    return lower.endsWith('a') ? plNounA(w) : null;
  }
  if (lower.endsWith('a')) return plNounA(w);
  const animate = kind !== 'thing';
  if (kind === 'thing' && /[oe]wo$/.test(lower)) {
    // Kosowo -> Kosowa, Kosowu, Kosowem, Kosowie
    const stem = w.slice(0, -1);
    return { gen: `${stem}a`, dat: `${stem}u`, ins: `${stem}em`, loc: `${w.slice(0, -2)}wie` };
  }
  if (kind === 'surname' && /(sk|ck|dzk)i$/.test(lower)) {
    return { gen: `${w}ego`, dat: `${w}emu`, acc: `${w}ego`, ins: `${w}m`, loc: `${w}m` }; // Zełenski
  }
  if (kind === 'surname' && w.length >= 5 && /[^aeiouy]i$/.test(lower)) {
    return { gen: `${w}ego`, dat: `${w}emu`, acc: `${w}ego`, ins: `${w}m`, loc: `${w}m` }; // Kaddafi
  }
  if (kind === 'surname' && /ny$/.test(lower)) {
    const stem = w.slice(0, -1); // Nawalny -> Nawalnego
    return { gen: `${stem}ego`, dat: `${stem}emu`, acc: `${stem}ego`, ins: `${stem}ym`, loc: `${stem}ym` };
  }
  if (PL_VOWELS.includes(lower.at(-1)!)) return null;
  // Fleeting vowels (Niemiec -> Niemca, Marek -> Marka), soft consonants written with an accent
  // (Chersoń -> Chersonia), and English spellings (Barack, Bush, Smith): no rule.
  if (/(ec|ek|[śźćń]|ck|sh|th|gh|[hqx])$/.test(lower)) return null;
  if (lower.endsWith('ów')) {
    const stem = `${w.slice(0, -2)}ow`; // Kijów -> Kijowa, Kijowowi, Kijowem, Kijowie
    const forms = { gen: `${stem}a`, dat: `${stem}owi`, ins: `${stem}em`, loc: `${stem}ie` };
    return animate ? { ...forms, acc: forms.gen } : forms;
  }
  const gen = animate || PL_GENITIVE_A.has(lower) ? `${w}a` : `${w}u`;
  let ins: string;
  let loc: string | null;
  if (/[kg]$/.test(lower)) [ins, loc] = [`${w}iem`, `${w}u`]; // Sunak -> Sunakiem, Sunaku
  else if (/(ch|l|j|cz|sz|rz|ż|dż|dz|c|lz|tz)$/.test(lower)) [ins, loc] = [`${w}em`, `${w}u`]; // Kreml -> Kremlu
  else [ins, loc] = [`${w}em`, plSoften(w)]; // Putin -> Putinie
  if (!loc) return null;
  const forms: Cases = { gen, dat: `${w}owi`, ins, loc };
  if (animate) forms.acc = gen;
  return forms;
}

/** Feminine adjectives as Polish writes them in names: Europejska, Rosyjska, Północna, Ludowa. */
const PL_ADJ_FEM = /(sk|ck|dzk|ow|cn|czn|ln|dn|sz)a$/;
const PL_PREPOSITIONS = new Set(['w', 'we', 'na', 'z', 'ze', 'o', 'od', 'do', 'wobec', 'przeciwko', 'przeciw', 'dla']);

/**
 * A Polish noun phrase with a feminine head: adjectives before and after it agree with it, the
 * words after it that are not adjectives (a genitive, "w Ukrainie") stay as they are. Unia
 * Europejska -> Unii Europejskiej; Strefa Gazy -> Strefie Gazy; wojna w Ukrainie -> wojny w Ukrainie.
 */
function plPhrase(words: string[]): Cases[] | null {
  const head = words.findIndex((w) => !PL_ADJ_FEM.test(w.toLowerCase()));
  if (head < 0) return null;
  const headWord = words[head];
  if (!headWord.toLowerCase().endsWith('a') || /-/.test(headWord)) return null;
  const parts: (Cases | string)[] = [];
  let fixed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i < head) parts.push(plAdjLast(w));
    else if (i === head) {
      const c = plNounA(w);
      if (!c) return null;
      parts.push(c);
    } else if (!fixed && PL_ADJ_FEM.test(w.toLowerCase())) parts.push(plAdjLast(w));
    else if (PL_PREPOSITIONS.has(w) || fixed) {
      fixed = true; // everything after a preposition stays as it is
      parts.push(w);
    } else if ((/^\p{Lu}/u.test(w) && (!/a$/i.test(w) || /(tw|i)a$/i.test(w))) || /^\d/.test(w)) {
      // A name in the genitive (Gazy, ONZ, Bezpieczeństwa, Zdrowia); a capitalised word in -a
      // otherwise may be an adjective we do not know (Najwyższa): no forms then.
      parts.push(w);
    } else return null; // a lower-case word we cannot place (zimna wojna: which one is the noun?)
  }
  return [combine(parts)];
}

/** An adjective, possibly hyphenated (rosyjsko-ukraińska): only its last part declines. */
function plAdjLast(w: string): Cases {
  const dash = w.lastIndexOf('-');
  const forms = plAdjA(w.slice(dash + 1));
  return Object.fromEntries(Object.entries(forms).map(([c, f]) => [c, w.slice(0, dash + 1) + f]));
}

// ---------------------------------------------------------------------------------------------
// Russian: genitive, dative, accusative, instrumental, prepositional.

const RU_HUSH = 'жшчщ';

function ruNounA(w: string): Cases | null {
  const stem = w.slice(0, -1);
  const prev = stem.at(-1)!.toLowerCase();
  if ('аеёиоуыэюя'.includes(prev)) return null;
  return {
    gen: `${stem}${'гкх'.includes(prev) || RU_HUSH.includes(prev) ? 'и' : 'ы'}`,
    dat: `${stem}е`,
    acc: `${stem}у`,
    ins: `${stem}${RU_HUSH.includes(prev) || prev === 'ц' ? 'ей' : 'ой'}`,
    prep: `${stem}е`,
  };
}

function ruNounYa(w: string): Cases {
  if (w.endsWith('ия')) {
    const stem = w.slice(0, -2); // Россия -> России, Россию, Россией
    return { gen: `${stem}ии`, dat: `${stem}ии`, acc: `${stem}ию`, ins: `${stem}ией`, prep: `${stem}ии` };
  }
  const stem = w.slice(0, -1); // Корея -> Кореи, Корее, Корею, Кореей
  return { gen: `${stem}и`, dat: `${stem}е`, acc: `${stem}ю`, ins: `${stem}ей`, prep: `${stem}е` };
}

/** Adjectives (in phrases) and surnames that decline as adjectives: Зеленский, Навальный, Российская. */
function ruAdj(w: string, animate: boolean): Cases | null {
  const lower = w.toLowerCase();
  if (lower.endsWith('ая')) {
    const stem = w.slice(0, -2);
    return { gen: `${stem}ой`, dat: `${stem}ой`, acc: `${stem}ую`, ins: `${stem}ой`, prep: `${stem}ой` };
  }
  let masc: [string, string, string, string] | null = null;
  const stem = w.slice(0, -2);
  const prev = stem.at(-1)?.toLowerCase() ?? '';
  if (lower.endsWith('ый')) masc = ['ого', 'ому', 'ым', 'ом'];
  else if (lower.endsWith('ой')) masc = ['ого', 'ому', 'гкхжш'.includes(prev) ? 'им' : 'ым', 'ом'];
  else if (lower.endsWith('ий') && 'гкх'.includes(prev)) masc = ['ого', 'ому', 'им', 'ом'];
  else if (lower.endsWith('ий') && (RU_HUSH.includes(prev) || prev === 'н')) masc = ['его', 'ему', 'им', 'ем'];
  if (!masc) return null;
  const forms: Cases = { gen: stem + masc[0], dat: stem + masc[1], ins: stem + masc[2], prep: stem + masc[3] };
  if (animate) forms.acc = forms.gen;
  return forms;
}

/**
 * Nouns in -ь are masculine (Кремль, Израиль, Мариуполь) or feminine (Беларусь, область, смерть)
 * by the word: names in -ль are masculine, the others only when listed.
 */
const RU_MASCULINE_SOFT = new Set(['тайвань']);
const RU_FEMININE_SOFT = new Set(['беларусь', 'русь', 'область', 'смерть', 'нефть', 'роснефть', 'власть']);

function ruWord(w: string, kind: WordKind, female: boolean): Cases | null {
  const lower = w.toLowerCase();
  if (w.length < 3 || isAbbreviation(w) || !/^\p{Script=Cyrillic}+$/u.test(w)) return null;
  if (female) {
    if (kind === 'surname' && /(ов|ев|ёв|ин|ын)а$/.test(lower)) {
      const stem = w.slice(0, -1); // Захарова -> Захаровой, Захарову
      return { gen: `${stem}ой`, dat: `${stem}ой`, acc: `${stem}у`, ins: `${stem}ой`, prep: `${stem}ой` };
    }
    if (kind === 'surname' && lower.endsWith('ая')) return ruAdj(w, true);
    if (lower.endsWith('я')) return ruNounYa(w);
    if (lower.endsWith('а')) return ruNounA(w);
    return null;
  }
  if (lower.endsWith('а')) return ruNounA(w);
  if (lower.endsWith('я')) return kind === 'surname' && lower.endsWith('ая') ? null : ruNounYa(w);
  const animate = kind !== 'thing';
  if (kind === 'surname' && /(ск|цк)ий$|ый$|ой$/.test(lower)) return ruAdj(w, true);
  if (lower.endsWith('ий')) {
    if (kind !== 'given') return null;
    const stem = w.slice(0, -2); // Дмитрий -> Дмитрия
    return { gen: `${stem}ия`, dat: `${stem}ию`, acc: `${stem}ия`, ins: `${stem}ием`, prep: `${stem}ии` };
  }
  if (lower.endsWith('ь')) {
    const stem = w.slice(0, -1);
    if (RU_FEMININE_SOFT.has(lower)) return { gen: `${stem}и`, dat: `${stem}и`, acc: w, ins: `${stem}ью`, prep: `${stem}и` };
    if (!animate && !lower.endsWith('ль') && !RU_MASCULINE_SOFT.has(lower)) return null;
    const forms: Cases = { gen: `${stem}я`, dat: `${stem}ю`, ins: `${stem}ем`, prep: `${stem}е` };
    if (animate) forms.acc = forms.gen;
    return forms;
  }
  if (/[аеуэюя]й$/.test(lower) && !lower.endsWith('ой')) {
    const stem = w.slice(0, -1); // Китай -> Китая, Сергей -> Сергея
    const forms: Cases = { gen: `${stem}я`, dat: `${stem}ю`, ins: `${stem}ем`, prep: `${stem}е` };
    if (animate) forms.acc = forms.gen;
    return forms;
  }
  if (!/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return null; // vowels: Мадуро, Шойгу, Косово
  if (/(ец|ек|ёк|ок)$/.test(lower)) return null; // fleeting vowels (Египет is listed)
  const forms: Cases = { gen: `${w}а`, dat: `${w}у`, ins: '', prep: `${w}е` };
  if (kind === 'surname' && /(ов|ев|ёв|ин|ын)$/.test(lower)) forms.ins = `${w}ым`; // Путин -> Путиным
  else forms.ins = `${w}${RU_HUSH.includes(lower.at(-1)!) || lower.endsWith('ц') ? 'ем' : 'ом'}`;
  if (animate) forms.acc = forms.gen;
  return forms;
}

const RU_ADJ = /(ая|ый|ий|ой)$/;
const RU_NOT_SINGULAR = /(ое|ее|ые|ие|ых|их)$/;

/** Adjectives before the head noun agree with it; words after it stay: Совет Безопасности ООН. */
function ruPhrase(words: string[]): Cases[] | null {
  const head = words.findIndex((w) => !RU_ADJ.test(w.toLowerCase()));
  if (head < 0 || words.slice(0, head).some((w) => RU_NOT_SINGULAR.test(w.toLowerCase()))) return null;
  const h = ruWord(words[head], 'thing', false);
  if (!h) return null;
  const parts: (Cases | string)[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i < head) {
      const a = ruAdj(words[i], false);
      if (!a) return null;
      parts.push(a);
    } else if (i === head) parts.push(h);
    else if (RU_ADJ.test(words[i].toLowerCase()) && /^\p{Ll}/u.test(words[i])) return null;
    else parts.push(words[i]);
  }
  // An adjective and a masculine head have no accusative of their own (inanimate: the nominative).
  return [combine(parts)];
}

// ---------------------------------------------------------------------------------------------
// Ukrainian: genitive, dative (both endings of men's names), accusative, instrumental; locative
// of feminine nouns. Masculine places and things get their instrumental only: their genitive is -а
// or -у by the word (Криму, Києва), and those forms are listed in the data.

const UK_HUSH = 'жчшщ';

function ukNounA(w: string): Cases | null {
  const stem = w.slice(0, -1);
  const prev = stem.at(-1)!.toLowerCase();
  if ('аеєиіїоуюя\''.includes(prev)) return null;
  const alt: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };
  const dl = stem.slice(0, -1) + (alt[prev] ?? stem.at(-1)!) + 'і'; // Америка -> Америці
  return {
    gen: `${stem}${UK_HUSH.includes(prev) ? 'і' : 'и'}`,
    dat: dl,
    acc: `${stem}у`,
    ins: `${stem}${UK_HUSH.includes(prev) ? 'ею' : 'ою'}`,
    loc: dl,
  };
}

function ukNounYa(w: string): Cases | null {
  const lower = w.toLowerCase();
  if (lower.endsWith('ія') || lower.endsWith('ея') || lower.endsWith('ая')) {
    const stem = w.slice(0, -1); // Росія -> Росії, Корея -> Кореї
    return { gen: `${stem}ї`, dat: `${stem}ї`, acc: `${stem}ю`, ins: `${stem}єю`, loc: `${stem}ї` };
  }
  const stem = w.slice(0, -1);
  if (!/[бвгґджзклмнпрстфхцчшщ]$/.test(stem.toLowerCase())) return null;
  // A doubled consonant before -я is a neuter noun: повалення, Запоріжжя (genitive the same).
  if (/([бвгґджзклмнпрстфхцчшщ])\1$/.test(stem.toLowerCase())) return null;
  return { gen: `${stem}і`, dat: `${stem}і`, acc: `${stem}ю`, ins: `${stem}ею`, loc: `${stem}і` };
}

function ukAdjFem(w: string): Cases {
  const stem = w.slice(0, -1); // Саудівська -> Саудівської, Навальна -> Навальної
  return { gen: `${stem}ої`, dat: `${stem}ій`, acc: `${stem}у`, ins: `${stem}ою`, loc: `${stem}ій` };
}

function ukWord(w: string, kind: WordKind, female: boolean): Cases | null {
  const lower = w.toLowerCase();
  if (w.length < 3 || isAbbreviation(w) || !/^[\p{Script=Cyrillic}']+$/u.test(w)) return null;
  if (female) {
    if (kind === 'surname' && /(ов|ев|єв|ін|ин|ськ|цьк|зьк|н)а$/.test(lower)) return ukAdjFem(w);
    if (lower.endsWith('я')) return ukNounYa(w);
    if (lower.endsWith('а')) return ukNounA(w);
    return null;
  }
  if (lower.endsWith('а')) return ukNounA(w);
  if (lower.endsWith('я')) return ukNounYa(w);
  const animate = kind !== 'thing';
  if (/[ії]в$/.test(lower)) return null; // Київ -> Києва, Харків -> Харкова: the vowel changes
  if (!animate) {
    // Only the instrumental is sure for a masculine thing or place, and only where the last
    // vowel is not і (договір -> договором, міст -> мостом).
    if (/[ії][^аеєиіїоуюя]*$/.test(lower)) return null;
    if (lower.endsWith('ль')) return { ins: `${w.slice(0, -1)}ем` }; // Ізраїль -> Ізраїлем (Білорусь, область: feminine)
    if (lower.endsWith('ь')) return null;
    if (/[аеоуі]й$/.test(lower)) return { ins: `${w.slice(0, -1)}єм` }; // Китай -> Китаєм
    if (/[бвгґджзклмнпрстфх]$/.test(lower)) return { ins: `${w}ом` };
    if (/[жчшщц]$/.test(lower)) return { ins: `${w}ем` };
    return null;
  }
  if (kind === 'surname' && /ий$/.test(lower) && !/[аеиоуі]ий$/.test(lower)) {
    const stem = w.slice(0, -2); // Зеленський -> Зеленського, Зеленському, Зеленським
    return { gen: `${stem}ого`, dat: `${stem}ому`, acc: `${stem}ого`, ins: `${stem}им` };
  }
  if (lower.endsWith('о')) {
    // Дмитро -> Дмитра; Порошенко -> Порошенка. Other surnames in -о (Мадуро) do not decline,
    // nor do short given names that are Chinese surnames (Мао Цзедун).
    if (kind === 'surname' ? !lower.endsWith('енко') : w.length < 5) return null;
    const stem = w.slice(0, -1);
    return { gen: `${stem}а`, dat: `${stem}у`, dat2: `${stem}ові`, acc: `${stem}а`, ins: `${stem}ом` };
  }
  if (lower.endsWith('ій') && kind === 'given') {
    const stem = w.slice(0, -2); // Сергій -> Сергія, Сергію, Сергієві, Сергієм
    return { gen: `${stem}ія`, dat: `${stem}ію`, dat2: `${stem}ієві`, acc: `${stem}ія`, ins: `${stem}ієм` };
  }
  if (/[аеоу]й$/.test(lower)) {
    const stem = w.slice(0, -1);
    return { gen: `${stem}я`, dat: `${stem}ю`, dat2: `${stem}єві`, acc: `${stem}я`, ins: `${stem}єм` };
  }
  if (lower.endsWith('ь')) {
    const stem = w.slice(0, -1); // Емманюель -> Емманюеля
    return { gen: `${stem}я`, dat: `${stem}ю`, dat2: `${stem}еві`, acc: `${stem}я`, ins: `${stem}ем` };
  }
  if (!/[бвгґджзклмнпрстфхцчшщ]$/.test(lower)) return null;
  if (/(ець|ок)$/.test(lower)) return null;
  const hush = /[жчшщц]$/.test(lower);
  if (kind === 'surname' && /(ов|ев|єв|ін|ин|їн)$/.test(lower)) {
    return { gen: `${w}а`, dat: `${w}у`, acc: `${w}а`, ins: `${w}им` }; // Путін -> Путіним
  }
  return { gen: `${w}а`, dat: `${w}у`, dat2: `${w}${hush ? 'еві' : 'ові'}`, acc: `${w}а`, ins: `${w}${hush ? 'ем' : 'ом'}` };
}

const UK_ADJ_FEM = /(ськ|цьк|зьк|н|ов|ев|ичн)а$/;
const UK_ADJ_MASC = /(ий|ій)$/;

/** A feminine head with adjectives before it (Саудівська Аравія); a masculine one, its instrumental. */
function ukPhrase(words: string[]): Cases[] | null {
  const head = words.findIndex((w) => !UK_ADJ_FEM.test(w.toLowerCase()) && !UK_ADJ_MASC.test(w.toLowerCase()));
  if (head < 0) return null;
  const h = ukWord(words[head], 'thing', false);
  if (!h) return null;
  const feminine = /[ая]$/.test(words[head].toLowerCase());
  const parts: (Cases | string)[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.toLowerCase();
    if (i < head) {
      if (feminine && UK_ADJ_FEM.test(lower)) parts.push(ukAdjFem(w));
      else if (!feminine && UK_ADJ_MASC.test(lower)) parts.push({ ins: `${w.slice(0, -2)}${lower.endsWith('ій') ? 'ім' : 'им'}` });
      else return null;
    } else if (i === head) parts.push(h);
    else if (/^\p{Ll}/u.test(w) && (UK_ADJ_FEM.test(lower) || UK_ADJ_MASC.test(lower))) return null;
    else parts.push(w);
  }
  return [combine(parts)];
}

// ---------------------------------------------------------------------------------------------
// German: the genitive -s of names (Putins, Russlands, Chinas), not after s, ß, x, z or a
// silent -ce, and not on feminine names (die Ukraine, die Türkei, die Krim, die Sowjetunion).

/** Endings of feminine nouns: die Ukraine, die Türkei, die Sowjetunion, die Republik. */
const DE_FEMININE = /(e|ei|ion|ung|heit|keit|schaft|tät|ik)$/;
/** Names that take no -s: feminine (die Krim, die Duma, die Hisbollah) or plural (die Taliban, die Golanhöhen). */
const DE_NO_GENITIVE = new Set(['krim', 'duma', 'rada', 'hisbollah', 'taliban', 'golanhöhen', 'revolutionsgarden', 'volksverteidigungseinheiten']);
/** Names of places ending in a vowel that are neuter and take -s (Chinas, Kubas, Kosovos); other vowel endings get none. */
const DE_VOWEL_NEUTER = new Set(['china', 'kuba', 'kosovo', 'venezuela', 'korea', 'nordkorea', 'südkorea', 'afrika', 'amerika']);

function deGenitive(text: string, category: Category): string | null {
  const words = text.split(' ');
  const last = words.at(-1)!;
  const lower = last.toLowerCase();
  // Not abbreviations (UdSSR: die), nor names ending in s, ß, x, z or a silent -ce (Vance').
  if (category !== 'person' && isAbbreviation(last) && !last.includes('-')) return null;
  if (!/^\p{Lu}[\p{L}-]*$/u.test(last) || /([sßxz]|ce)$/.test(lower)) return null;
  if (category !== 'person') {
    // Only one-word names: "Republik Moldau", "Europäische Union" change more than an ending.
    if (words.length > 1 || DE_FEMININE.test(lower) || DE_NO_GENITIVE.has(lower)) return null;
    if (/[aeiouy]$/.test(lower) && !DE_VOWEL_NEUTER.has(lower)) return null;
  }
  return `${text}s`;
}

// ---------------------------------------------------------------------------------------------

/** Joins per-word forms into the phrase's forms, case by case (only cases every declining word has). */
function combine(parts: (Cases | string)[]): Cases {
  const declined = parts.filter((p): p is Cases => typeof p !== 'string');
  const cases = Object.keys(declined[0] ?? {}).filter((c) => declined.every((p) => c in p || (c === 'dat2' && 'dat' in p)));
  const out: Cases = {};
  for (const c of cases) out[c] = parts.map((p) => (typeof p === 'string' ? p : (p[c] ?? p.dat))).join(' ');
  return out;
}

const WORD_RULES: Record<Exclude<InflectingLang, 'de'>, (w: string, kind: WordKind, female: boolean) => Cases | null> = {
  pl: plWord,
  ru: ruWord,
  uk: ukWord,
};
const PHRASE_RULES: Record<Exclude<InflectingLang, 'de'>, (words: string[]) => Cases[] | null> = {
  pl: plPhrase,
  ru: ruPhrase,
  uk: ukPhrase,
};

export interface InflectOptions {
  category: Category;
  /** The person is a woman (the entry's `feminine`): her foreign surname stays as it is, -ова declines as an adjective. */
  female?: boolean;
  /** Words that are themselves aliases of the entry (a person's bare surname: "Xi" in "Xi Jinping" means surname first). */
  standalone?: ReadonlySet<string>;
}

/** The case forms of one alias in one language (without the alias itself), before the stop list. */
export function inflect(text: string, lang: InflectingLang, opts: InflectOptions): string[] {
  const t = text.trim().replace(/\s+/g, ' ');
  if (lang === 'de') {
    const g = deGenitive(t, opts.category);
    return g ? [g] : [];
  }
  const words = t.split(' ');
  const female = opts.female === true;
  let forms: Cases[] = [];
  if (opts.category === 'person') {
    if (words.length === 1) {
      const c = WORD_RULES[lang](words[0], 'surname', female);
      if (c) forms = [c];
    } else if (
      words.length === 2 &&
      words.every((w) => /^\p{Lu}/u.test(w)) &&
      // Surname first (Xi Jinping), or the surname is an alias of its own whose forms find the name.
      !opts.standalone?.has(aliasKey(words[0])) &&
      !opts.standalone?.has(aliasKey(words[1]))
    ) {
      // Given name and surname, each declined; a woman's surname that has no rule stays as it is.
      const given = WORD_RULES[lang](words[0], 'given', female);
      const sur = WORD_RULES[lang](words[1], 'surname', female) ?? (female && !/[aа]$/i.test(words[1]) ? words[1] : null);
      if (given && sur) forms = [combine([given, sur])];
    }
  } else if (words.length === 1) {
    const c = WORD_RULES[lang](words[0], 'thing', false);
    if (c) forms = [c];
  } else {
    forms = PHRASE_RULES[lang](words) ?? [];
  }
  const out = new Set<string>();
  for (const c of forms) for (const f of Object.values(c)) if (f && f !== t) out.add(f);
  return [...out];
}

/**
 * The generated aliases of a dataset, as compiled-index rows: each with its language only, the
 * flags of the alias it comes from, and none that is already an alias, a "not this" phrase, a
 * stop word, or a form two entries would share.
 */
export function inflectedAliases(entries: Entry[]): IndexAlias[] {
  // Every alias and "not this" phrase by key, with the languages it is used in ('' for all).
  const taken = new Map<string, { entry: number; langs: readonly string[] }[]>();
  const take = (key: string, entry: number, langs: readonly string[]) => {
    const list = taken.get(key) ?? [];
    list.push({ entry, langs });
    taken.set(key, list);
  };
  entries.forEach((e, i) => {
    for (const a of e.aliases) {
      const langs = aliasLangs(a);
      take(aliasKey(a.text), i, langs.includes('en') ? [''] : langs);
    }
    for (const p of e.notThis ?? []) take(aliasKey(p), i, ['']);
  });
  const made = new Map<string, IndexAlias | null>(); // `${lang}\u0000${key}` -> row; null when two entries make it
  entries.forEach((e, i) => {
    if (!INFLECTED_CATEGORIES.has(e.category)) return;
    const standalone = new Set(e.aliases.filter((a) => !/\s/.test(a.text.trim())).map((a) => aliasKey(a.text)));
    const female = e.feminine === true;
    for (const a of e.aliases) {
      if (a.inflected) continue; // a case form already (Крыма, Chin)
      const flags = (a.case === 'any' ? ALIAS_ANY_CASE : 0) | (a.ambiguous ? ALIAS_AMBIGUOUS : 0);
      for (const lang of aliasLangs(a)) {
        if (!(INFLECTING as readonly string[]).includes(lang)) continue;
        const l = lang as InflectingLang;
        for (const form of inflect(a.text, l, { category: e.category, female, standalone })) {
          const key = aliasKey(form);
          if (STOP[l].has(key)) continue;
          // Already an alias on this language's pages (of this entry, or of another: then the
          // form is not ours to add); an alias of another language only is no obstacle.
          if (taken.get(key)?.some((t) => t.langs.includes('') || t.langs.includes(l))) continue;
          const id = `${l}\u0000${key}`;
          const prev = made.get(id);
          if (prev === undefined) made.set(id, [form, i, flags, l]);
          else if (prev && prev[1] !== i) made.set(id, null);
        }
      }
    }
  });
  return [...made.values()].filter((r): r is IndexAlias => r !== null);
}
