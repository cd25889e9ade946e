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
