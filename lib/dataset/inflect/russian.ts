// Russian: genitive, dative, accusative, instrumental, prepositional.
import { combine, isAbbreviation, type Cases, type WordKind } from './common';

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

export function ruWord(w: string, kind: WordKind, female: boolean): Cases | null {
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
/** Neuter adjectives (Парижское) and plural ones (Минские, Балтийские, Вооружённые). */
const RU_ADJ_NEUT = /(ое|ее)$/;
/** Plural adjectives; a word in -ние, -тие, -жие is a neuter noun (соглашение, событие, оружие). */
const RU_ADJ_PLURAL = /([кгхшчщ]ие|ые)$/;

/**
 * Adjectives before the head noun agree with it; words after it stay: Совет Безопасности ООН,
 * Парижское соглашение -> Парижским соглашением, Минские соглашения -> Минских соглашениях.
 */
export function ruPhrase(words: string[]): Cases[] | null {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower.findIndex((w) => !RU_ADJ.test(w) && !RU_ADJ_NEUT.test(w) && !RU_ADJ_PLURAL.test(w) && !/(ых|их)$/.test(w));
  if (head < 0) return null;
  const before = lower.slice(0, head);
  const number = !before.length ? 'singular' : before.every((w) => RU_ADJ.test(w)) ? 'singular' : before.every((w) => RU_ADJ_NEUT.test(w)) ? 'neuter' : before.every((w) => RU_ADJ_PLURAL.test(w)) ? 'plural' : null;
  const h = number === 'plural' ? ruPlural(words[head]) : number === 'neuter' || /(ие|ье)$/.test(lower[head]) ? ruNeuter(words[head], number === 'neuter') : number && ruWord(words[head], 'thing', false);
  if (!h) return null;
  const parts: (Cases | string)[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i < head) {
      const a = number === 'plural' ? ruAdjPlural(words[i]) : number === 'neuter' ? ruAdjNeuter(words[i]) : ruAdj(words[i], false);
      if (!a) return null;
      parts.push(a);
    } else if (i === head) parts.push(h);
    else if (RU_ADJ.test(lower[i]) && /^\p{Ll}/u.test(words[i])) return null;
    else parts.push(words[i]);
  }
  // An adjective and a masculine head have no accusative of their own (inanimate: the nominative).
  return [combine(parts)];
}

/**
 * A neuter noun in -ие or -ье (соглашение -> соглашения, соглашению, соглашением, соглашении), or in
 * -о after a neuter adjective (Исламское государство -> государства); a bare noun in -о may be a
 * loanword that does not decline (метро).
 */
function ruNeuter(w: string, agreed: boolean): Cases | null {
  const lower = w.toLowerCase();
  const stem = w.slice(0, -1);
  if (agreed && /[бвгдзклмнпрстфхц]о$/.test(lower)) return { gen: `${stem}а`, dat: `${stem}у`, ins: `${stem}ом`, prep: `${stem}е` };
  if (!/(ие|ье)$/.test(lower)) return null;
  const prep = w.toLowerCase().endsWith('ие') ? `${stem}и` : `${stem}е`;
  return { gen: `${stem}я`, dat: `${stem}ю`, ins: `${stem}ем`, prep };
}

function ruAdjNeuter(w: string): Cases | null {
  const stem = w.slice(0, -2); // Парижское -> Парижского, Парижскому, Парижским, Парижском
  const soft = w.toLowerCase().endsWith('ее');
  const prev = stem.at(-1)?.toLowerCase() ?? '';
  const i = soft || 'гкхжшчщ'.includes(prev) ? 'им' : 'ым';
  return soft ? { gen: `${stem}его`, dat: `${stem}ему`, ins: `${stem}им`, prep: `${stem}ем` } : { gen: `${stem}ого`, dat: `${stem}ому`, ins: `${stem}${i}`, prep: `${stem}ом` };
}

/** A plural noun: the dative, instrumental and prepositional; the genitive of -ия and -ости (соглашений, договорённостей). */
function ruPlural(w: string): Cases | null {
  const lower = w.toLowerCase();
  const stem = w.slice(0, -1);
  if (/(ия|ии)$/.test(lower)) return { gen: `${stem}й`, dat: `${stem}ям`, ins: `${stem}ями`, prep: `${stem}ях` };
  if (/(ост|ест)и$/.test(lower)) return { gen: `${stem}ей`, dat: `${stem}ям`, ins: `${stem}ями`, prep: `${stem}ях` };
  if (/[бвдзлмнпрстф]ы$/.test(lower) || /[гкхжшчщ]и$/.test(lower)) return { dat: `${stem}ам`, ins: `${stem}ами`, prep: `${stem}ах` };
  return null;
}

function ruAdjPlural(w: string): Cases | null {
  if (!RU_ADJ_PLURAL.test(w.toLowerCase())) return null;
  const stem = w.slice(0, -2); // Минские -> Минских, Минским, Минскими
  const y = w.toLowerCase().endsWith('ые') ? 'ы' : 'и';
  return { gen: `${stem}${y}х`, dat: `${stem}${y}м`, ins: `${stem}${y}ми`, prep: `${stem}${y}х` };
}
