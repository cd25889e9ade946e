// A capital for its state, and the capital as the place (lib/match/seats.ts), in sentences written for them.
import { describe, expect, it } from 'vitest';
import { senses } from './senses-lib';

const china = (paragraphs: string[], lang = 'en') => senses(paragraphs, lang).filter((s) => s.endsWith('=china'));

describe('a capital is its state where the state acts, the city where it is a place', () => {
  it('the state', () => {
    expect(china(['Beijing said it would respond to the tariffs.'])).toEqual(['Beijing=china']);
    expect(china(["Officials said that in Beijing's view the talks went well."])).toEqual(['Beijing=china']);
    expect(senses(['Russia could expand transfers of military technology to Pyongyang.'])).toContain('Pyongyang=north-korea');
    expect(china(['Pechino ha detto che risponderà ai dazi.'], 'it')).toEqual(['Pechino=china']);
  });

  it('the place', () => {
    expect(china(['The president arrived in Beijing on Tuesday for two days of talks.'])).toEqual([]);
    expect(china(['The champion travelled to Beijing for the autumn swing.'])).toEqual([]);
    expect(china(['Il presidente è arrivato stamattina a Pechino per la visita di Stato.'], 'it')).toEqual([]);
    expect(china(['Prezydent przyleciał w Pekinie na rozmowy.'], 'pl')).toEqual([]);
    expect(senses(['The plant lies south of the capital Tehran.']).filter((s) => s.endsWith('=iran'))).toEqual([]);
  });
});
