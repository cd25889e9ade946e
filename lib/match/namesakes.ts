// A person the page itself calls someone's namesake: "Дмитрий Песков – тезка пресс-секретаря
// президента", "his namesake Dmitry Peskov", "Michael Bolton (no relation)". The name is another
// person's on that page, wherever it stands: the page says so in as many words.
import type { CompiledIndex } from '../dataset/compile';
import { WOMAN_NOUN } from './initials';
import type { Match } from './matcher';

/** The word for a namesake, in the languages Backstory reads. */
const NAMESAKE =
  '(?:namesakes?|no relation|тёзка|тезка|тезко|тёзки|тезки|однофамил\\p{L}*|Namensvetter(?:in)?|homonymes?|homónimos?|homônimos?|tocayos?|omonim[oia]|xarás?|imiennik\\p{L}*|zbieżność nazwisk)';
/** Right after the name, an aside at most between: "Dmitry Peskov – namesake of", ", a namesake of", " (no relation to". */
const AFTER = new RegExp(`^\\s*[,–—(-]?\\s*(?:\\p{L}+\\s+){0,2}${NAMESAKE}(?!\\p{L})`, 'iu');
/** Right before it: "his namesake Dmitry Peskov", "il suo omonimo Dmitri Peskov". */
const BEFORE = new RegExp(`(?<!\\p{L})${NAMESAKE}[,:]?\\s+$`, 'iu');

/** The word right before a name. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/**
 * The people of the index whose name the page gives, in a block, as someone's namesake; and the men
 * whose surname it gives a woman by her trade ("Фигуристка Медведева": Evgenia Medvedeva, whose name is
 * spelt as Dmitry Medvedev's genitive, wherever it stands on that page).
 */
export function namesakes(texts: readonly string[], raw: readonly Match[][], index: CompiledIndex): Set<number> {
  const out = new Set<number>();
  raw.forEach((ms, b) => {
    for (const m of ms) {
      const text = texts[b];
      const woman = WOMAN_NOUN.test(WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1].toLowerCase() ?? '');
      if (!woman && !AFTER.test(text.slice(m.end, m.end + 40)) && !BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
      for (const a of m.aliases) if (index.entries[a.entry].category === 'person' && !(woman && index.entries[a.entry].feminine)) out.add(a.entry);
    }
  });
  return out;
}
