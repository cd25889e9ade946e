import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../lib/text/language';

describe('guessLanguage', () => {
  it.each([
    ['The president said that the talks with Russia and Ukraine were in a difficult phase and that the sanctions would stay.', 'en'],
    ['Der Kanzler sagte, dass die Gespräche mit der Ukraine und Russland nicht einfach sind und die Sanktionen bleiben.', 'de'],
    ['Le président a déclaré que les négociations avec la Russie et l’Ukraine sont dans une phase difficile et que les sanctions restent.', 'fr'],
    ['El presidente dijo que las negociaciones con Rusia y Ucrania están en una fase difícil y que las sanciones se mantienen para los rusos.', 'es'],
    ['Президент заявил, что переговоры с Украиной находятся в трудной фазе, а санкции сохранятся. Это был ответ на вопрос.', 'ru'],
    ['Президент заявив, що переговори з Росією перебувають у складній фазі, а санкції залишаться. Це була відповідь їм.', 'uk'],
    ['NATO', ''],
  ])('%s', (text, lang) => expect(guessLanguage(text)).toBe(lang));
});

describe('guessLanguage: Polish, Italian and Portuguese', () => {
  it.each([
    [
      'Rzecznik Kremla powiedział, że rozmowy z Ukrainą nie są łatwe. Jak dodał, sankcje, które nałożyła Unia, już działają, ' +
        'a Moskwa jest gotowa do rozmów przez pośredników oraz dla dobra regionu.',
      'pl',
    ],
    [
      'Il portavoce del Cremlino ha detto che i colloqui con l’Ucraina sono in una fase difficile e che le sanzioni della ' +
        'Unione europea restano in vigore. Anche questo è stato detto nella conferenza stampa degli esteri.',
      'it',
    ],
    [
      'O porta-voz do Kremlin disse que as negociações com a Ucrânia não são fáceis e que as sanções da União Europeia ' +
        'também continuam em vigor. Foi uma resposta ao ministro, que ainda não comentou o seu pedido pela paz.',
      'pt',
    ],
  ])('%s', (text, lang) => expect(guessLanguage(text)).toBe(lang));

  it('tells Spanish from Portuguese on the same news', () => {
    const es = 'El ministro dijo que el gobierno no aceptará las condiciones de Rusia y que la ayuda a Ucrania seguirá por ahora, una decisión tomada para los aliados en la cumbre.';
    const pt = 'O ministro disse que o governo não aceitará as condições da Rússia e que a ajuda à Ucrânia continuará por enquanto, uma decisão tomada pelos aliados na cúpula com os parceiros.';
    expect(guessLanguage(es)).toBe('es');
    expect(guessLanguage(pt)).toBe('pt');
  });

  it('tells Italian from Spanish on the same news', () => {
    const it_ = 'Il ministro ha detto che il governo non accetterà le condizioni della Russia e che gli aiuti all’Ucraina continueranno per ora, una decisione presa dagli alleati nel vertice di Bruxelles.';
    const es = 'El ministro dijo que el gobierno no aceptará las condiciones de Rusia y que la ayuda a Ucrania continuará por ahora, una decisión tomada por los aliados en la cumbre de Bruselas.';
    expect(guessLanguage(it_)).toBe('it');
    expect(guessLanguage(es)).toBe('es');
  });

  it('tells Polish from the other languages that share its short words (na, do, i, o, to)', () => {
    const pl = 'Minister powiedział, że rząd nie przyjmie warunków Rosji i że pomoc dla Ukrainy będzie trwała. To jest decyzja, którą sojusznicy podjęli na szczycie w Brukseli, z udziałem premiera.';
    expect(guessLanguage(pl)).toBe('pl');
  });

  it('keeps French apart from Italian and Portuguese', () => {
    const fr = 'Le ministre a dit que le gouvernement n’acceptera pas les conditions de la Russie et que l’aide à l’Ukraine continuera pour le moment, une décision prise par les alliés dans le sommet.';
    expect(guessLanguage(fr)).toBe('fr');
  });
});
