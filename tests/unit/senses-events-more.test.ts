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
  it('protests in Georgia / Tbilisi: the 2024–25 pro-EU protests, not earlier ones or the US state', () => {
    expect(senses(['Police used water cannon against protests in Tbilisi after Kobakhidze froze EU accession talks until 2028.'])).toContain('protests in Tbilisi=georgian-protests-2024-2025');
    expect(ids(['The 2008 war with Russia was followed by protests in Tbilisi against Saakashvili.'])).not.toContain('georgian-protests-2024-2025');
    expect(ids(['Students staged protests in Tbilisi over university fees.'])).not.toContain('georgian-protests-2024-2025');
    expect(ids(['Die Proteste in Georgien gegen Kobakhidze und den Georgischen Traum dauern an.'], 'de')).toContain('georgian-protests-2024-2025');
    expect(ids(['Die Proteste in Georgien 2019 richteten sich gegen einen russischen Abgeordneten.'], 'de')).not.toContain('georgian-protests-2024-2025');
    expect(ids(['Протесты в Грузии продолжаются после решения Кобахидзе отложить переговоры с ЕС до 2028 года.'], 'ru')).toContain('georgian-protests-2024-2025');
    expect(ids(['Протесты в Грузии в 2019 году вызвал визит депутата Гаврилова.'], 'ru')).not.toContain('georgian-protests-2024-2025');
    expect(ids(['Протести в Грузії тривають після заяви Кобахідзе про відмову від переговорів з ЄС.'], 'uk')).toContain('georgian-protests-2024-2025');
    expect(ids(['Протести в Грузії 2019 року спричинив візит російського депутата.'], 'uk')).not.toContain('georgian-protests-2024-2025');
    expect(ids(['Protesty w Gruzji trwają od decyzji Kobachidzego; Gruzińskie Marzenie zawiesiło rozmowy do 2028 roku.'], 'pl')).toContain('georgian-protests-2024-2025');
    expect(ids(['Protesty w Gruzji w 2019 roku wywołała wizyta rosyjskiego deputowanego.'], 'pl')).not.toContain('georgian-protests-2024-2025');
  });

  it('Proteste in Serbien: the Novi Sad protests, not the 1990s ones', () => {
    expect(ids(['Die Proteste in Serbien gegen Vučić dauern seit dem Unglück von Novi Sad an.'], 'de')).toContain('serbian-protests-2024-2025');
    expect(ids(['Die Proteste in Serbien 1996 und 1997 richteten sich gegen Milošević.'], 'de')).not.toContain('serbian-protests-2024-2025');
  });
  it('Battle of Kyiv: the 2022 offensive, not the battles of 1941 and 1943', () => {
    expect(senses(['During the Battle of Kyiv in 2022, Ukrainian troops stopped the Russian column near Hostomel and Irpin.'])).toContain('Battle of Kyiv=kyiv-offensive-2022');
    expect(ids(['The Battle of Kyiv in 1941 ended with the encirclement of Soviet armies by the Wehrmacht.'])).not.toContain('kyiv-offensive-2022');
    expect(ids(['Historians of the Second World War still debate the Battle of Kyiv.'])).not.toContain('kyiv-offensive-2022');
    expect(ids(['Die Schlacht um Kiew 2022 endete mit dem Rückzug der russischen Truppen aus Butscha und Hostomel.'], 'de')).toContain('kyiv-offensive-2022');
    expect(ids(['Die Schlacht um Kiew 1941 kostete die Rote Armee Hunderttausende Soldaten.'], 'de')).not.toContain('kyiv-offensive-2022');
    expect(ids(['La bataille de Kiev en 2022 a tourné court pour l\'armée russe.'], 'fr')).toContain('kyiv-offensive-2022');
    expect(ids(['La bataille de Kiev de 1941 fut un désastre pour l\'Armée rouge face à la Wehrmacht.'], 'fr')).not.toContain('kyiv-offensive-2022');
    expect(ids(['La batalla de Kiev de 2022 terminó con la retirada rusa de Bucha.'], 'es')).toContain('kyiv-offensive-2022');
    expect(ids(['La batalla de Kiev de 1941 fue una gran derrota soviética ante la Wehrmacht.'], 'es')).not.toContain('kyiv-offensive-2022');
    expect(ids(['La battaglia di Kiev del 2022 si concluse con il ritiro russo da Bucha.'], 'it')).toContain('kyiv-offensive-2022');
    expect(ids(['La battaglia di Kiev del 1941 fu vinta dalla Wehrmacht.'], 'it')).not.toContain('kyiv-offensive-2022');
    expect(ids(['A batalha de Kiev em 2022 terminou com a retirada russa de Bucha.'], 'pt')).toContain('kyiv-offensive-2022');
    expect(ids(['A batalha de Kiev de 1941 foi vencida pela Wehrmacht.'], 'pt')).not.toContain('kyiv-offensive-2022');
    expect(ids(['Битва за Киев в 2022 году закончилась отходом российских войск из Бучи и Гостомеля.'], 'ru')).toContain('kyiv-offensive-2022');
    expect(ids(['Битва за Киев 1943 года стала частью наступления Красной армии.'], 'ru')).not.toContain('kyiv-offensive-2022');
    expect(ids(['Битва за Київ у 2022 році завершилася відступом росіян з Бучі та Ірпеня.'], 'uk')).toContain('kyiv-offensive-2022');
    expect(ids(['Битва за Київ 1943 року тривала кілька тижнів.'], 'uk')).not.toContain('kyiv-offensive-2022');
    expect(ids(['Bitwa o Kijów w 2022 roku zakończyła się wycofaniem Rosjan z Buczy.'], 'pl')).toContain('kyiv-offensive-2022');
    expect(ids(['Bitwa o Kijów w 1941 roku zakończyła się okrążeniem armii sowieckich przez Wehrmacht.'], 'pl')).not.toContain('kyiv-offensive-2022');
  });

  it('boat strikes / double-tap strike: the US campaign in the Caribbean, not other strikes', () => {
    expect(senses(['Hegseth defended the boat strikes in the Caribbean as lawful attacks on narco-terrorists.'])).toContain('boat strikes=us-boat-strikes-2025');
    expect(senses(['Senators asked the Pentagon about the double-tap strike that killed two survivors off Venezuela.'])).toContain('double-tap strike=us-boat-strikes-2025');
    expect(ids(['Ukrainian sea drones carried out boat strikes on Russian ships in the Black Sea.'])).not.toContain('us-boat-strikes-2025');
    expect(ids(['Israel was accused of a double-tap strike on a hospital in Gaza.'])).not.toContain('us-boat-strikes-2025');
    expect(ids(['Los ataques a lanchas en el Caribe ordenados por Hegseth dejaron decenas de muertos.'], 'es')).toContain('us-boat-strikes-2025');
    expect(ids(['Los ataques a lanchas de migrantes en el Mediterráneo fueron denunciados por ONG.'], 'es')).not.toContain('us-boat-strikes-2025');
  });

  it('coup in Guinea: 2021 Conakry, not Guinea-Bissau', () => {
    expect(senses(['The coup in Guinea led by Doumbouya toppled Alpha Condé in 2021.'])).toContain('coup in Guinea=guinea-coup-2021');
    expect(ids(['ECOWAS condemned the coup in Guinea-Bissau after Embaló was detained.'])).not.toContain('guinea-coup-2021');
    expect(ids(['The coup in Guinea in 1984 brought Lansana Conté to power.'])).not.toContain('guinea-coup-2021');
    expect(ids(['Le coup d\'État en Guinée mené par Doumbouya a renversé Alpha Condé.'], 'fr')).toContain('guinea-coup-2021');
    expect(ids(['Le coup d\'État en Guinée-Bissau a suivi l\'élection.'], 'fr')).not.toContain('guinea-coup-2021');
    expect(ids(['Der Militärputsch in Guinea unter Doumbouya stürzte Condé.'], 'de')).toContain('guinea-coup-2021');
    expect(ids(['Der Militärputsch in Guinea-Bissau folgte auf die Wahl.'], 'de')).not.toContain('guinea-coup-2021');
  });
  it('elecciones generales de 2023: Spain, not other countries\' 2023 votes', () => {
    expect(senses(['Tras las elecciones generales de 2023, Sánchez pactó con Junts una ley de amnistía.'], 'es')).toContain('elecciones generales de 2023=spanish-general-election-2023');
    expect(ids(['En las elecciones generales de 2023 en Paraguay ganó Santiago Peña.'], 'es')).not.toContain('spanish-general-election-2023');
    expect(ids(['Las elecciones generales de 2023 en Argentina llevaron a Milei a la presidencia.'], 'es')).not.toContain('spanish-general-election-2023');
  });
  it('eleições presidenciais de 2026: Portugal, not Brazil', () => {
    expect(senses(['Nas eleições presidenciais de 2026, Seguro derrotou André Ventura, do Chega.'], 'pt')).toContain('eleições presidenciais de 2026=portuguese-presidential-election-2026');
    expect(senses(['Marcelo Rebelo de Sousa despediu-se antes das presidenciais de 2026 em Portugal.'], 'pt')).toContain('presidenciais de 2026=portuguese-presidential-election-2026');
    expect(ids(['Lula disputa as eleições presidenciais de 2026 no Brasil contra a direita.'], 'pt')).not.toContain('portuguese-presidential-election-2026');
    expect(ids(['As presidenciais de 2026 no Brasil terão segundo turno em outubro.'], 'pt')).not.toContain('portuguese-presidential-election-2026');
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

  it('Beirut blast / explosion: the 2020 port explosion, not Israeli strikes', () => {
    expect(senses(['Families of victims of the Beirut blast demanded that Judge Bitar be allowed to resume his inquiry into the port.'])).toContain('Beirut blast=beirut-explosion-2020');
    expect(senses(['The Beirut explosion of 2020 destroyed the grain silos at the port.'])).toContain('Beirut explosion=beirut-explosion-2020');
    expect(ids(['A Beirut blast late on Friday followed an Israeli strike on a Hezbollah commander in Dahiyeh.'])).not.toContain('beirut-explosion-2020');
    expect(ids(['Residents heard a Beirut explosion as an IDF drone strike hit a car.'])).not.toContain('beirut-explosion-2020');
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
