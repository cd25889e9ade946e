// Ukrainian: genitive, dative (both endings of men's names), accusative, instrumental; locative
// of feminine nouns. Masculine places and things get their instrumental only: their genitive is -а
// or -у by the word (Криму, Києва), and those forms are listed in the data.
import { combine, isAbbreviation, type Cases, type WordKind } from './common';

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

export function ukWord(w: string, kind: WordKind, female: boolean): Cases | null {
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
/** Plural and neuter adjectives: Мінські, Збройні; ядерне, Ісламське. */
const UK_ADJ_PLURAL = /(ськ|цьк|зьк|н|ов|ев|ичн)і$/;
const UK_ADJ_NEUT = /(ськ|цьк|зьк|н|ов|ев|ичн)е$/;

/**
 * A plural head after plural adjectives (Мінські угоди -> Мінських угодах), or a neuter one in -ння,
 * -ття after neuter adjectives or none (розширення НАТО -> розширенням НАТО): the cases whose
 * endings are regular. Null: not such a phrase.
 */
function ukPluralOrNeuter(words: string[]): Cases[] | null {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower.findIndex((w) => !UK_ADJ_PLURAL.test(w) && !UK_ADJ_NEUT.test(w));
  if (head < 0) return null;
  const before = lower.slice(0, head);
  const plural = before.length > 0 && before.every((w) => UK_ADJ_PLURAL.test(w)) && /[бвдзклмнпрстф]и$/.test(lower[head]);
  const neuter = before.every((w) => UK_ADJ_NEUT.test(w)) && /(нн|тт)я$/.test(lower[head]);
  if (!plural && !neuter) return null;
  const w = words[head];
  const stem = w.slice(0, -1);
  const h: Cases = plural ? { dat: `${stem}ам`, ins: `${stem}ами`, loc: `${stem}ах` } : { dat: `${stem}ю`, ins: `${w}м`, loc: `${stem}і` };
  const parts: (Cases | string)[] = words.map((word, i) => {
    if (i !== head && i > head) return word;
    if (i === head) return h;
    const a = word.slice(0, -1); // Мінськ(і) -> Мінських; ядерн(е) -> ядерному
    return plural ? { gen: `${a}их`, dat: `${a}им`, ins: `${a}ими`, loc: `${a}их` } : { gen: `${a}ого`, dat: `${a}ому`, ins: `${a}им`, loc: `${a}ому` };
  });
  if (words.slice(head + 1).some((x) => /^\p{Ll}/u.test(x) && (UK_ADJ_PLURAL.test(x) || UK_ADJ_NEUT.test(x)))) return null;
  return [combine(parts)];
}

/** A feminine head with adjectives before it (Саудівська Аравія); a masculine one, its instrumental. */
export function ukPhrase(words: string[]): Cases[] | null {
  const other = ukPluralOrNeuter(words);
  if (other) return other;
  // The head is the first word that does not look like an adjective; but nouns in -на look like
  // feminine adjectives ("війна"): where every word does, or a preposition comes next ("війна в
  // Україні"), the head is the word before.
  // A common noun followed by a name ("доктрина Монро", "доктрина Герасимова") is the head: the name
  // is its genitive and stays as it is.
  const nounAndName = /^\p{Ll}/u.test(words[0]) && !UK_ADJ_MASC.test(words[0]) && /^\p{Lu}/u.test(words[1]);
  let head = nounAndName ? 0 : words.findIndex((w) => !UK_ADJ_FEM.test(w.toLowerCase()) && !UK_ADJ_MASC.test(w.toLowerCase()));
  if (head < 0) head = words.length - 1;
  else if (head > 0 && /^\p{Ll}{1,3}$/u.test(words[head])) head--;
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
