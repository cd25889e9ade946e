// Events told with the time in the words (lib/match/told.ts, told-dates.ts), with the real dataset:
// a war by its year alone, a telling a later war has taken over, and the words of relation that the
// Romance languages write with their article ("dans le", "nel").
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('tellings and time', () => {
  it('an investigation told by the one who led it, only once it had begun', () => {
    expect(ids(["Special counsel Robert Mueller's report was released on Thursday."], 'en', '2019-04-18')).toContain('mueller-investigation');
    expect(ids(['Der Bericht von Sonderermittler Robert Mueller zur Russlandaffäre ist veröffentlicht.'], 'de', '2019-04-18')).toContain('mueller-investigation');
    expect(ids(["FBI director Robert Mueller's report on terrorism was sent to Congress."], 'en', '2012-04-18')).not.toContain('mueller-investigation');
  });

  it('a war told by its year is the one armed event of that year whose parties the page names', () => {
    expect(ids(['Tbilisi blamed Saakashvili for the 2008 war.'], 'en', '2023-08-08')).toContain('russo-georgian-war');
    expect(ids(['Грузинская мечта назвала Саакашвили инициатором войны 2008 года.', 'В августе 2008 г. Россия ввела войска в Грузию.'], 'ru', '2023-08-08')).toContain('russo-georgian-war');
    expect(ids(['Since the 2014 war, the army of Ukraine has grown.', 'Russia took Crimea.'], 'en', '2019-05-05')).toContain('russo-ukrainian-war');
    // Two events of that year fit (the Donbas named too): neither. A page naming no party: none.
    expect(ids(['Since the 2014 war, the army of Ukraine has grown.', 'Russia took Crimea and the Donbas.'], 'en', '2019-05-05').filter((id) => id.endsWith('war') || id.includes('donbas'))).toEqual(['donbas']);
    expect(ids(['The 2008 war changed the region forever.'], 'en', '2019-05-05').filter((id) => id.endsWith('war'))).toEqual([]);
    // With its month between: "the war in August 2008", "войны в августе 2008 года"; a place there is no month.
    expect(ids(['Tbilisi marks the anniversary of the war in August 2008.'], 'en', '2023-08-08')).toContain('russo-georgian-war');
    expect(ids(['Вопрос о дате начала войны в августе 2008 года расколол Грузию.'], 'ru', '2025-08-08')).toContain('russo-georgian-war');
    expect(ids(['Tbilisi sent aid to the war in Gaza 2008.'], 'en', '2023-08-08')).not.toContain('russo-georgian-war');
  });

  it('a telling a later war took over is that war on a page after it, unless it names an earlier year', () => {
    expect(ids(['Heavy fighting in the Donbas region went on as troops advanced.'], 'en', '2019-05-01')).toContain('war-in-donbas');
    expect(ids(['Heavy fighting in the Donbas region went on as troops advanced.'], 'en', '2024-05-01')).not.toContain('war-in-donbas');
    expect(ids(['The fighting in the Donbas since 2014 has killed thousands.'], 'en', '2024-05-01')).toContain('war-in-donbas');
  });

  it('tells an event by a verb in the present only on a page dated at or after it', () => {
    expect(ids(['Russia invades Ukraine', 'Explosions were heard in Kyiv before dawn.'], 'en', '2022-02-24')).toContain('invasion-2022');
    expect(ids(['Rusia invade Ucrania', 'Explosiones en Kiev al amanecer.'], 'es', '2022-02-24')).toContain('invasion-2022');
    expect(ids(['Putin annexes Crimea', 'The Kremlin signed the treaty on Tuesday.'], 'en', '2014-03-18')).toContain('crimea-annexation');
    // A supposition: before the event, or on a page that gives no day.
    expect(ids(['Officials warned that if Russia invades Ukraine, sanctions would follow.'], 'en', '2021-11-20')).not.toContain('invasion-2022');
    expect(ids(['Officials warned that if Russia invades Ukraine, sanctions would follow.'], 'en')).not.toContain('invasion-2022');
    expect(ids(['What happens if Putin annexes Crimea?'], 'en')).not.toContain('crimea-annexation');
  });

  it('reads the words of relation written with their article, and an insurgency as a conflict', () => {
    expect(ids(['En 2014, la Russie a déclenché la guerre dans le Donbass.'], 'fr', '2019-03-01')).toContain('war-in-donbas');
    expect(ids(['I combattimenti nel Donbass continuano da mesi.'], 'it', '2016-03-01')).toContain('war-in-donbas');
    expect(ids(['The violent insurgency in eastern Ukraine has killed hundreds.'], 'en', '2014-07-20')).toContain('war-in-donbas');
    expect(ids(['Згодом спалахнула війна в Донецькій та Луганській областях.'], 'uk', '2021-03-01')).toContain('war-in-donbas');
  });

  it('tells a war by its aggression against a country named, not by aggression alone', () => {
    expect(ids(['Białoruś jest objęta sankcjami za udział w rosyjskiej agresji na Ukrainę.'], 'pl', '2025-09-12')).toContain('russo-ukrainian-war');
    expect(ids(["Russia's aggression against Ukraine continues."], 'en', '2016-09-12')).toContain('russo-ukrainian-war');
    expect(ids(['Russian aggression is a threat to the Baltic states.'], 'en', '2016-09-12').filter((id) => id.endsWith('war'))).toEqual([]);
  });

  it('tells a collapse by ceasing to exist, in any of the languages', () => {
    expect(ids(['Thirty years ago the Soviet Union ceased to exist.'], 'en', '2021-12-26')).toContain('dissolution-ussr');
    expect(ids(['30 lat temu ZSRR przestał istnieć.'], 'pl', '2021-12-26')).toContain('dissolution-ussr');
    expect(ids(['The firm ceased to exist in 1991, when the Soviet Union was still a power.'], 'en', '2021-12-26')).not.toContain('dissolution-ussr');
  });

  it('tells an invasion by an attack on the day it began, never by an attack alone', () => {
    expect(ids(['Dass Russland die Ukraine am 24. Februar 2022 angegriffen hatte, verschwieg sie.'], 'de', '2024-06-01')).toContain('invasion-2022');
    expect(ids(['Since Russia attacked Ukraine on February 24, 2022, prices rose.'], 'en', '2024-06-01')).toContain('invasion-2022');
    expect(ids(['Russia attacked Ukraine on Monday with 40 missiles.'], 'en', '2024-06-01')).not.toContain('invasion-2022');
    // A month's abbreviation, its dot no sentence's end, on an undated page.
    expect(senses(['The case was filed shortly after the invasion began on Feb. 24.'])).toContain('invasion began on Feb. 24=invasion-2022');
  });
});
