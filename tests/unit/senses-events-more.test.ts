// Elections, summits, wars and crises of 2020–26 (data/entries/events-more.json): every entry is
// named in all nine languages, and each ambiguous alias is read in news sentences where it is the
// entry and where it is not.
// The plain cases are data: tests/fixtures/senses/events-more.json (run by sense-cases.test.ts); these need code.
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

  it('Elmau G7 forms: the 2022 summit, not the 2015 one', () => {
    const forms: [string, string][] = [
      ['en', 'G7 Elmau summit'], ['en', 'G7 summit in Elmau'], ['en', 'G7 summit at Schloss Elmau'], ['en', 'Elmau summit'],
      ['de', 'G7-Gipfel in Elmau'], ['de', 'G7-Gipfel auf Schloss Elmau'], ['fr', 'sommet du G7 à Elmau'], ['es', 'cumbre del G7 en Elmau'],
      ['it', 'vertice G7 di Elmau'], ['pt', 'cúpula do G7 em Elmau'], ['ru', 'саммит G7 в Эльмау'], ['uk', 'саміт G7 в Ельмау'], ['pl', 'szczyt G7 w Elmau'],
    ];
    for (const [lang, form] of forms) {
      expect(ids([`${form}: Scholz, Ukraine, 2022.`], lang), form).toContain('g7-elmau-2022');
      expect(ids([`${form}: Merkel, Obama, 2015.`], lang), form).not.toContain('g7-elmau-2022');
    }
  });

  it('drone incursion into Poland: September 2025, not other incidents', () => {
    expect(senses(['Tusk invoked Article 4 after the drone incursion into Poland on the night of 9–10 September.'])).toContain('drone incursion into Poland=poland-drone-incursion-2025');
    expect(ids(['A Polish drone incursion report from 2024 described a balloon crossing from Belarus.'])).not.toContain('poland-drone-incursion-2025');
    expect(ids(['Officials investigated Russian drones over Poland in 2026 near Lublin.'])).not.toContain('poland-drone-incursion-2025');
    const forms: [string, string][] = [
      ['de', 'Drohnenangriff auf Polen'], ['de', 'russische Drohnen über Polen'], ['it', 'droni russi in Polonia'], ['pt', 'drones russos na Polônia'], ['pt', 'drones russos na Polónia'],
      ['ru', 'вторжение дронов в Польшу'], ['uk', 'вторгнення дронів у Польщу'], ['pl', 'wtargnięcie rosyjskich dronów'], ['pl', 'incydent z dronami nad Polską'],
    ];
    for (const [lang, form] of forms) {
      expect(ids([`${form}: Tusk, Article 4, 2025.`], lang), form).toContain('poland-drone-incursion-2025');
      expect(ids([`${form}: 2023, Przewodów.`], lang), form).not.toContain('poland-drone-incursion-2025');
    }
  });

  it('Serbian student protests: 2024–25, not 1996–97', () => {
    expect(ids(['The Serbian student protests against Vučić grew after the Novi Sad tragedy.'])).toContain('serbian-protests-2024-2025');
    expect(ids(['The Serbian student protests of 1996 and 1997 challenged Milošević.'])).not.toContain('serbian-protests-2024-2025');
    const forms: [string, string][] = [
      ['de', 'Studentenproteste in Serbien'], ['fr', 'manifestations étudiantes en Serbie'], ['es', 'protestas estudiantiles en Serbia'], ['it', 'proteste studentesche in Serbia'],
      ['pt', 'protestos estudantis na Sérvia'], ['ru', 'студенческие протесты в Сербии'], ['uk', 'студентські протести в Сербії'], ['pl', 'protesty studenckie w Serbii'],
    ];
    for (const [lang, form] of forms) {
      expect(ids([`${form}: Vučić, Novi Sad.`], lang), form).toContain('serbian-protests-2024-2025');
      expect(ids([`${form}: 1996, Milošević.`], lang), form).not.toContain('serbian-protests-2024-2025');
    }
  });

  it('Madagascar / Guinea-Bissau coup: 2025, not earlier coups', () => {
    const mada: [string, string][] = [
      ['en', 'Madagascar coup'], ['de', 'Militärputsch in Madagaskar'], ['de', 'Putsch in Madagaskar'], ['fr', "coup d'État à Madagascar"], ['es', 'golpe de Estado en Madagascar'],
      ['it', 'colpo di Stato in Madagascar'], ['pt', 'golpe em Madagáscar'], ['pt', 'golpe em Madagascar'], ['ru', 'переворот на Мадагаскаре'], ['uk', 'переворот на Мадагаскарі'], ['pl', 'zamach stanu na Madagaskarze'],
    ];
    for (const [lang, form] of mada) {
      expect(ids([`${form}: Randrianirina, Gen Z, 2025.`], lang), form).toContain('madagascar-coup-2025');
      expect(ids([`${form}: 2009, Ravalomanana.`], lang), form).not.toContain('madagascar-coup-2025');
    }
    const gb: [string, string][] = [
      ['en', 'Guinea-Bissau coup'], ['en', 'coup in Guinea-Bissau'], ['de', 'Militärputsch in Guinea-Bissau'], ['de', 'Putsch in Guinea-Bissau'], ['fr', "coup d'État en Guinée-Bissau"],
      ['es', 'golpe de Estado en Guinea-Bisáu'], ['es', 'golpe de Estado en Guinea-Bissau'], ['it', 'colpo di Stato in Guinea-Bissau'], ['pt', 'golpe na Guiné-Bissau'], ['pt', 'golpe de Estado na Guiné-Bissau'],
      ['ru', 'переворот в Гвинее-Бисау'], ['uk', 'переворот у Гвінеї-Бісау'], ['pl', 'zamach stanu w Gwinei Bissau'],
    ];
    for (const [lang, form] of gb) {
      expect(ids([`${form}: Embaló, 2025.`], lang), form).toContain('guinea-bissau-coup-2025');
      expect(ids([`${form}: 2012, Gomes Júnior.`], lang), form).not.toContain('guinea-bissau-coup-2025');
    }
  });
});
