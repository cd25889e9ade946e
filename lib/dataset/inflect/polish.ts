// Polish: genitive, dative, accusative, instrumental, locative.
import { combine, isAbbreviation, type Cases, type WordKind } from './common';

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

export function plWord(w: string, kind: WordKind, female: boolean): Cases | null {
  const lower = w.toLowerCase();
  if (w.length < 3 || isAbbreviation(w) || !/^\p{L}+$/u.test(w)) return null;
  if (female) {
    // Adjectival surnames: Zacharowa, Cichanouska, and the -na of Nawalna (Nawalnej, not Nawalnie).
    if (kind === 'surname' && /(ow|ew|in|sk|ck|n)a$/.test(lower)) return plAdjA(w);
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
  if (kind === 'surname' && /wili$/.test(lower)) {
    const stem = w.slice(0, -1); // Georgian -wili: Saakaszwili -> Saakaszwilego, Saakaszwilim
    return { gen: `${stem}ego`, dat: `${stem}emu`, acc: `${stem}ego`, ins: `${stem}im`, loc: `${stem}im` };
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
  // A closing ó opens to o once an ending follows: Protokół -> Protokołu, pokój -> pokoju.
  if (/ó[^aeiouyąęó]+$/.test(lower)) {
    return plWord(w.replace(/ó(?=[^aeiouyąęó]+$)/, 'o'), kind, female);
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
/** Masculine adjectives: Radziecki, Północnoatlantycki, Walutowy, nuklearny. */
const PL_ADJ_MASC = /((sk|ck|dzk)i|(ow|czn|[^aeiouy]n|w)y)$/;
/** Neuter adjectives, the same as the plural of things: paryskie, nuklearne, bałtyckie, Demokratyczne. */
const PL_ADJ_NEUT = /((sk|ck|dzk)ie|(ow|czn|[^aeiouy]n|w)e)$/;
const PL_PREPOSITIONS = new Set(['w', 'we', 'na', 'z', 'ze', 'o', 'od', 'do', 'wobec', 'przeciwko', 'przeciw', 'dla']);

type Gender = 'f' | 'm' | 'n' | 'pl';

/**
 * A Polish noun phrase: adjectives before and after the head agree with it, the words after it that
 * are not adjectives (a genitive, "w Ukrainie") stay as they are. Unia Europejska -> Unii
 * Europejskiej; Układ Warszawski -> Układzie Warszawskim; porozumienie paryskie -> porozumieniu
 * paryskim; porozumienia mińskie -> porozumieniach mińskich; traktat INF -> traktatem INF.
 */
export function plPhrase(words: string[]): Cases[] | null {
  const isAdj = (w: string) => PL_ADJ_FEM.test(w) || PL_ADJ_MASC.test(w) || PL_ADJ_NEUT.test(w);
  const head = words.findIndex((w) => !isAdj(w.toLowerCase()));
  if (head < 0) return null;
  const headWord = words[head];
  if (/-/.test(headWord)) return null;
  const adjectives = words.filter((w, i) => i !== head && isAdj(w.toLowerCase()) && (i < head || !PL_PREPOSITIONS.has(words[i - 1])));
  const gender = plGender(headWord.toLowerCase(), adjectives.map((w) => w.toLowerCase()));
  const h = gender && plHead(headWord, gender);
  if (!h) return null;
  const agrees = { f: PL_ADJ_FEM, m: PL_ADJ_MASC, n: PL_ADJ_NEUT, pl: PL_ADJ_NEUT }[gender!];
  const parts: (Cases | string)[] = [];
  let fixed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i < head) {
      if (!agrees.test(w.toLowerCase())) return null;
      parts.push(plAdjLast(w, gender!));
    } else if (i === head) parts.push(h);
    else if (!fixed && agrees.test(w.toLowerCase())) parts.push(plAdjLast(w, gender!));
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

/** The head's gender and number, from its ending and the adjectives that agree with it (null: not sure). */
function plGender(head: string, adjectives: string[]): Gender | null {
  const all = (re: RegExp) => adjectives.length > 0 && adjectives.every((a) => re.test(a));
  if (head.endsWith('a')) {
    if (!adjectives.length || all(PL_ADJ_FEM)) return 'f';
    return all(PL_ADJ_NEUT) ? 'pl' : null; // porozumienia mińskie, państwa bałtyckie
  }
  if (/[ey]$/.test(head) || head.endsWith('owie')) {
    if (/(eni|ani|ci|zi)e$/.test(head) && (!adjectives.length || all(PL_ADJ_NEUT))) return 'n'; // porozumienie
    return all(PL_ADJ_NEUT) ? 'pl' : null; // kraje bałtyckie, Siły Demokratyczne
  }
  if (/(stw|ctw)o$/.test(head)) return !adjectives.length || all(PL_ADJ_NEUT) ? 'n' : null; // Państwo Islamskie
  if (head.endsWith('um')) return all(PL_ADJ_NEUT) ? 'n' : null; // memorandum budapeszteńskie
  if (!PL_VOWELS.includes(head.at(-1)!)) return !adjectives.length || all(PL_ADJ_MASC) ? 'm' : null;
  return null;
}

/** The head noun's forms (a thing: the accusative of a masculine or neuter noun is its nominative). */
function plHead(w: string, gender: Gender): Cases | null {
  const lower = w.toLowerCase();
  if (gender === 'f') return plNounA(w);
  if (gender === 'm') return plWord(w, 'thing', false);
  if (gender === 'n') {
    if (lower.endsWith('um')) return { gen: w, dat: w, ins: w, loc: w }; // memorandum: the same in the singular
    if (lower.endsWith('ie')) {
      const stem = w.slice(0, -1); // porozumienie -> porozumienia, porozumieniu, porozumieniem
      return { gen: `${stem}a`, dat: `${stem}u`, ins: `${w}m`, loc: `${stem}u` };
    }
    const stem = w.slice(0, -1); // Państwo -> Państwa, Państwu, Państwem, Państwie
    const loc = plSoften(stem);
    return loc ? { gen: `${stem}a`, dat: `${stem}u`, ins: `${stem}em`, loc } : null;
  }
  // Plural: dative, instrumental and locative are regular; the genitive only for -nia (porozumień).
  const stem = lower.endsWith('owie') ? w.slice(0, -4) : w.slice(0, -1);
  const forms: Cases = { dat: `${stem}om`, ins: `${stem}ami`, loc: `${stem}ach` };
  if (lower.endsWith('nia')) forms.gen = `${w.slice(0, -3)}ń`;
  return forms;
}

/** An adjective agreeing with a head of `gender`, possibly hyphenated (rosyjsko-ukraińska): only its last part declines. */
function plAdjLast(w: string, gender: Gender): Cases {
  const dash = w.lastIndexOf('-');
  const last = w.slice(dash + 1);
  const forms = gender === 'f' ? plAdjA(last) : plAdj(last, gender);
  return Object.fromEntries(Object.entries(forms).map(([c, f]) => [c, w.slice(0, dash + 1) + f]));
}

/** A masculine, neuter or plural adjective: Radziecki -> Radzieckiego, nuklearne -> nuklearnym, bałtyckie -> bałtyckich. */
function plAdj(w: string, gender: Exclude<Gender, 'f'>): Cases {
  // The stem before the ending: Radzieck(i), Now(y), paryski(e), nuklearn(e).
  const soft = /[kg]i?e?$/.test(w.replace(/(ie|e|i|y)$/, (e) => (e.startsWith('i') ? 'i' : ''))) || /(sk|ck|dzk)(i|ie)$/.test(w);
  const stem = w.replace(/(ie|e|i|y)$/, '');
  const i = soft ? 'i' : 'y';
  if (gender === 'pl') return { gen: `${stem}${i}ch`, dat: `${stem}${i}m`, ins: `${stem}${i}mi`, loc: `${stem}${i}ch` };
  const e = soft ? 'ie' : 'e';
  return { gen: `${stem}${e}go`, dat: `${stem}${e}mu`, ins: `${stem}${i}m`, loc: `${stem}${i}m` };
}
