import { describe, expect, it } from 'vitest';
import { build, entry } from './helpers';

const { matcher, index } = build([
  entry('new-start', ['New START', { text: 'New START treaty', case: 'any' }]),
  entry('start-i', ['START I', 'START']),
  entry('arms-race', [{ text: 'arms race', case: 'any' }, { text: 'nuclear arms race', case: 'any' }]),
  entry('putin', ['Putin', 'Vladimir Putin', { text: 'Путин', lang: 'ru' }]),
  entry('un', ['UN', 'U.N.']),
  entry('russo-georgian-war', ['Russia-Georgia war', 'Russo-Georgian War']),
  entry('erdogan', ['Erdoğan', 'Erdogan']),
]);
const ids = (text: string, lang = '') => matcher.findAll(text, lang).map((m) => index.entries[m.aliases[0].entry].id);
const texts = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('matcher', () => {
  it('finds whole words only', () => {
    expect(ids('Putin met Putinism and unPutin')).toEqual(['putin']);
    expect(ids('STARTING the START talks')).toEqual(['start-i']);
  });

  it('applies case rules per alias', () => {
    expect(ids('a start in the UN and un jour')).toEqual(['un']);
    expect(ids('the Arms Race, an arms race, ARMS RACE')).toEqual(['arms-race', 'arms-race', 'arms-race']);
    expect(ids('new start')).toEqual([]);
  });

  it('prefers the longest match', () => {
    expect(texts('The New START treaty expired')).toEqual(['New START treaty']);
    expect(texts('a nuclear arms race')).toEqual(['nuclear arms race']);
    expect(ids('the START I treaty')).toEqual(['start-i']);
  });

  it('normalises typographic dashes, quotes and spaces', () => {
    expect(ids('the Russia–Georgia war')).toEqual(['russo-georgian-war']);
    expect(ids('New\u00a0START')).toEqual(['new-start']);
    expect(ids('New \n   START')).toEqual(['new-start']);
    expect(ids('Putin’s visit')).toEqual(['putin']);
    expect(ids('Pu\u00adtin')).toEqual(['putin']);
  });

  it('handles punctuation inside aliases and non-Latin scripts', () => {
    expect(texts('the U.N. said')).toEqual(['U.N.']);
    expect(ids('Erdoğan and Erdogan')).toEqual(['erdogan', 'erdogan']);
    expect(ids('Владимир Путин сказал', 'ru')).toEqual(['putin']);
  });

  it('uses other languages only on pages in that language (or of unknown language)', () => {
    expect(ids('Путин', 'en')).toEqual([]);
    expect(ids('Путин', 'ru')).toEqual(['putin']);
    expect(ids('Путин', '')).toEqual(['putin']);
  });
});
