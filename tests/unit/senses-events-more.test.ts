// Elections, summits, wars and crises of 2020–26 (data/entries/events-more.json): every entry is
// named in all nine languages, and each ambiguous alias is read in news sentences where it is the
// entry and where it is not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGS, aliasLangs, type Entry } from '../../lib/dataset/schema';
import { ids, senses } from './senses-lib';

const entries = JSON.parse(readFileSync('data/entries/events-more.json', 'utf8')) as Entry[];

describe('events-more: coverage', () => {
  it('every entry has an alias in each of the nine languages', () => {
    for (const e of entries) {
      const langs = new Set(e.aliases.flatMap((a) => aliasLangs(a)));
      expect(LANGS.filter((l) => !langs.has(l)), e.id).toEqual([]);
    }
  });

  it('election names with a year find the right election', () => {
    expect(ids(['Prabowo won the 2024 Indonesian presidential election in a single round.'])).toContain('indonesian-presidential-election-2024');
    expect(ids(['Die Parlamentswahl in den Niederlanden 2025 endete mit einem Patt.'], 'de')).toContain('dutch-general-election-2025');
    expect(senses(['Lors de la présidentielle de 2022, Macron a battu Le Pen.'], 'fr')).toContain('présidentielle de 2022=french-presidential-election-2022');
  });
  it('Ukraine peace summit / Global Peace Summit: Bürgenstock 2024, not later peace meetings', () => {
    expect(senses(['Zelenskyy thanked Switzerland for hosting the Ukraine peace summit, which Russia was not invited to.'])).toContain('Ukraine peace summit=ukraine-peace-summit-2024');
    expect(senses(['Some 92 countries attended the Global Peace Summit near Lucerne in June 2024.'])).toContain('Global Peace Summit=ukraine-peace-summit-2024');
    expect(ids(['Trump said a Ukraine peace summit could follow his meeting with Putin in Alaska.'])).not.toContain('ukraine-peace-summit-2024');
    expect(ids(['Witkoff floated a Ukraine peace summit in Istanbul for 2026.'])).not.toContain('ukraine-peace-summit-2024');
    expect(ids(['Organisers of the Global Peace Summit for youth announced a new venue.'])).not.toContain('ukraine-peace-summit-2024');
    expect(ids(['Die Schweiz richtete die Ukraine-Friedenskonferenz auf dem Bürgenstock aus.'], 'de')).toContain('ukraine-peace-summit-2024');
    expect(ids(['Nach dem Treffen in Alaska forderte Selenskyj eine neue Ukraine-Friedenskonferenz für 2026.'], 'de')).not.toContain('ukraine-peace-summit-2024');
  });
});
