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
    // Among cities listed as such.
    expect(china(['Cities including Seoul, Beijing and Hanoi were floated as venues for the talks.'])).toEqual([]);
    expect(china(['Städte wie Hanoi und Peking kamen als Orte in Frage.'], 'de')).toEqual([]);
    expect(china(['Beijing said it would respond to the tariffs, as cities including Seoul braced for them.'])).toEqual(['Beijing=china']);
  });
});

describe('a name shared by a place and the events held there', () => {
  it('is the place after a word of place, unless its sentence speaks for an event', () => {
    expect(senses(['The Helsinki Final Act was signed in Helsinki in 1975.'], 'en', '2025-08-01')).toContain('Helsinki=helsinki');
    expect(senses(['Trump is due to meet Putin in Helsinki for a summit on Monday.'], 'en', '2018-07-14')).toContain('Helsinki=helsinki-summit-2018');
  });
});
