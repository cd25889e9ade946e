// Ambiguous forms of the economic and security terms and the trade and security places
// (data/entries/concepts-world.json, places-world.json), each in news sentences, decided by the real dataset's rules.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('economic and security terms', () => {
  it('Liberation Day: the 2025 tariffs, not a national holiday', () => {
    expect(senses(['Markets fell sharply after Trump unveiled his Liberation Day package of import duties in the Rose Garden.'])).toContain('Liberation Day=liberation-day-tariffs');
    expect(ids(['Italy marks Liberation Day on 25 April, the anniversary of the end of Nazi occupation and fascism in 1945.'])).not.toContain('liberation-day-tariffs');
    expect(ids(['The Netherlands celebrates Liberation Day with festivals across the country.'])).not.toContain('liberation-day-tariffs');
  });

  it('IRA: the Inflation Reduction Act only with its own cues', () => {
    expect(ids(['Biden said the IRA would pour billions into clean energy tax credits for electric vehicles.'])).toContain('inflation-reduction-act');
    expect(ids(['The Provisional IRA declared a ceasefire in 1994, opening the way to talks in Northern Ireland.'])).not.toContain('inflation-reduction-act');
    expect(ids(['Savers can put up to $7,000 a year into a Roth IRA for retirement.'])).not.toContain('inflation-reduction-act');
    expect(ids(['The IRA troll farm in St. Petersburg ran fake accounts on social media, Mueller found.'])).not.toContain('inflation-reduction-act');
  });

  it('de minimis: the US parcel exemption, not EU state aid or the EU customs threshold', () => {
    expect(ids(['Trump ended the de minimis exemption, so parcels from Temu and Shein worth under $800 now pay duties.'])).toContain('de-minimis-exemption');
    expect(ids(['Washington closed the de minimis loophole for packages shipped to American consumers.'])).toContain('de-minimis-exemption');
    expect(ids(['U.S. customs stopped applying the de minimis exception to postal shipments from China.'])).toContain('de-minimis-exemption');
    expect(ids(['Importers lost duty-free de minimis treatment when the Trump order took effect in August.'])).toContain('de-minimis-exemption');
    expect(ids(['EU finance ministers agreed to scrap the de minimis exemption for parcels worth under €150.'])).not.toContain('de-minimis-exemption');
    expect(ids(['Under the state aid rules, the European Commission raised the de minimis exception ceiling.'])).not.toContain('de-minimis-exemption');
    expect(ids(['Member states want to close the de minimis loophole that lets cheap parcels avoid customs duties in the EU.'])).not.toContain('de-minimis-exemption');
    expect(ids(['Brussels plans to end duty-free de minimis treatment for parcels entering the European Union.'])).not.toContain('de-minimis-exemption');
  });

  it('DMA: the Digital Markets Act, not direct market access', () => {
    expect(ids(['Apple and Meta were fined under the DMA, the European Commission said, for breaching gatekeeper rules.'])).toContain('digital-markets-act');
    expect(ids(['The broker offers DMA, direct market access, to professional traders on every trading venue.'])).not.toContain('digital-markets-act');
  });

  it('DSA: the Digital Services Act, not the Democratic Socialists of America', () => {
    expect(ids(['Brussels fined Musk\'s platform under the DSA for its misleading blue checkmarks.'])).toContain('digital-services-act');
    expect(ids(['Mamdani, a member of the DSA, won the Democratic primary for mayor of New York.'])).not.toContain('digital-services-act');
  });

  it('BRI: the Belt and Road Initiative, not the Indonesian bank', () => {
    expect(ids(['Xi Jinping used the forum to defend the BRI, China\'s programme of infrastructure loans.'])).toContain('belt-and-road');
    expect(ids(['Bank Rakyat Indonesia, known as BRI, reported higher quarterly profit.'])).not.toContain('belt-and-road');
  });

  it('snapback: the UN sanctions on Iran, not a market rebound', () => {
    expect(ids(['Britain, France and Germany triggered the snapback, restoring UN sanctions on Iran.'])).toContain('iran-snapback');
    expect(ids(['The E3 invoked the snapback mechanism under the JCPOA.'])).toContain('iran-snapback');
    expect(ids(['Snapback sanctions on Iran returned at midnight GMT.'])).toContain('iran-snapback');
    expect(ids(['A snap-back of UN sanctions on Iran took effect after the vote.'])).toContain('iran-snapback');
    expect(ids(['Stocks staged a snapback rally as the Nasdaq recovered.'])).not.toContain('iran-snapback');
    expect(ids(['The snapback mechanism in the bond market pushed yields lower.'])).not.toContain('iran-snapback');
    expect(ids(['Der Snapback-Mechanismus des Atomabkommens mit dem Iran wurde ausgelöst.'], 'de')).toContain('iran-snapback');
    expect(ids(['Le mécanisme de snapback contre l\'Iran a été déclenché par les Européens.'], 'fr')).toContain('iran-snapback');
    expect(ids(['El mecanismo de snapback contra Iran fue activado por el E3.'], 'es')).toContain('iran-snapback');
    expect(ids(['Механизм snapback против Ирана запустили Британия, Франция и Германия.'], 'ru')).toContain('iran-snapback');
    expect(ids(['Механізм snapback щодо Ірану запустили три країни.'], 'uk')).toContain('iran-snapback');
    expect(ids(['Mechanizm snapback wobec Iranu uruchomiły Wielka Brytania, Francja i Niemcy.'], 'pl')).toContain('iran-snapback');
    expect(ids(['Il meccanismo di snapback contro l\'Iran è stato attivato.'], 'it')).toContain('iran-snapback');
    expect(ids(['Um snapback rally nas bolsas de Wall Street.'], 'pt')).not.toContain('iran-snapback');
  });

  it('maximum pressure: the US campaign on Iran, not other pressure', () => {
    expect(ids(['Trump restored his maximum pressure campaign on Iran, aiming to drive its oil exports to zero.'])).toContain('maximum-pressure');
    expect(ids(['The administration said its maximum-pressure campaign would force Tehran back to talks.'])).toContain('maximum-pressure');
    expect(ids(['Washington applied maximum pressure on Tehran after leaving the JCPOA.'])).toContain('maximum-pressure');
    expect(ids(['Inflate the tyre to its maximum pressure of 44 psi.'])).not.toContain('maximum-pressure');
    expect(ids(['Washington kept up its maximum pressure campaign against Maduro in Venezuela.'])).not.toContain('maximum-pressure');
    expect(ids(['Die USA setzen wieder auf maximalen Druck gegen den Iran.'], 'de')).toContain('maximum-pressure');
    expect(ids(['Trump kehrt zur Politik des maximalen Drucks zurück: maximaler Druck auf Teheran und den Iran.'], 'de')).toContain('maximum-pressure');
    expect(ids(['Mit maximalem Druck auf den Iran will Washington ein neues Abkommen erzwingen.'], 'de')).toContain('maximum-pressure');
    expect(ids(['Der Reifen verträgt maximalen Druck von 3 bar.'], 'de')).not.toContain('maximum-pressure');
    expect(ids(['Washington promet une pression maximale contre l\'Iran.'], 'fr')).toContain('maximum-pressure');
    expect(ids(['Trump vuelve a la máxima presión sobre Irán.'], 'es')).toContain('maximum-pressure');
    expect(ids(['Вашингтон вернулся к политике «максимальное давление» на Иран.'], 'ru')).toContain('maximum-pressure');
    expect(ids(['США відновили максимальний тиск на Іран.'], 'uk')).toContain('maximum-pressure');
    expect(ids(['Політика максимального тиску на Іран повернулася.'], 'uk')).toContain('maximum-pressure');
    expect(ids(['Политика максимального давления на Иран возобновлена.'], 'ru')).toContain('maximum-pressure');
    expect(ids(['Polityka maksymalnej presji wobec Iranu wróciła.'], 'pl')).toContain('maximum-pressure');
    expect(ids(['USA wróciły do polityki: maksymalna presja na Iran.'], 'pl')).toContain('maximum-pressure');
    expect(ids(['Washington torna alla massima pressione sull\'Iran.'], 'it')).toContain('maximum-pressure');
    expect(ids(['A pressão máxima contra o Irã foi retomada por Trump.'], 'pt')).toContain('maximum-pressure');
    expect(ids(['O pneu suporta pressão máxima de 3 bar.'], 'pt')).not.toContain('maximum-pressure');
  });

  it('DOGE: the cost-cutting team, not Dogecoin or the Doge of Venice', () => {
    expect(ids(['Elon Musk said DOGE had cancelled hundreds of federal contracts.'])).toContain('doge');
    expect(ids(['Doge staff gained access to Treasury payment systems, federal workers said.'])).toContain('doge');
    expect(ids(['DOGE, the token inspired by a Shiba Inu meme, rose 12% as Bitcoin rallied.'])).not.toContain('doge');
    expect(ids(['Musk tweeted about DOGE and the cryptocurrency jumped.'])).not.toContain('doge');
    expect(ids(['The Doge ruled the Republic of Venice from the Doge\'s Palace.'])).not.toContain('doge');
  });
});

describe('trade and security places', () => {
  it('Diego Garcia: the base island, not a person', () => {
    expect(ids(['US B-2 bombers flew from Diego Garcia, the base in the Indian Ocean.'])).toContain('chagos-islands');
    expect(ids(['Britain will lease Diego Garcia back from Mauritius for 99 years.'])).toContain('chagos-islands');
    expect(ids(['Diego Garcia, the Sevilla striker, scored twice in La Liga on Sunday.'])).not.toContain('chagos-islands');
  });

  it('Northern Territories: the southern Kurils, not Australia or Canada', () => {
    expect(ids(['Japan calls the islands seized by the Soviet Union in 1945 the Northern Territories and wants them back from Russia.'])).toContain('kuril-islands');
    expect(ids(['Floods hit Darwin as the Northern Territories of Australia braced for a cyclone.'])).not.toContain('kuril-islands');
    expect(ids(['Ottawa transferred powers to the Northern Territories, including Yukon and Nunavut.'])).not.toContain('kuril-islands');
  });
});

describe('Taiwan and corridor terms', () => {
  it('strategic ambiguity: the US stance on Taiwan, not Macron on Ukraine', () => {
    expect(ids(['Washington has kept its strategic ambiguity over whether it would defend Taiwan against an invasion.'])).toContain('strategic-ambiguity');
    expect(ids(['Macron defended his strategic ambiguity about sending French troops to Ukraine.'])).not.toContain('strategic-ambiguity');
    expect(ids(['Die USA halten an der strategischen Ambiguität fest: strategische Ambiguität gegenüber Taiwan.'], 'de')).toContain('strategic-ambiguity');
    expect(ids(['Washington maintient son ambiguïté stratégique sur Taïwan.'], 'fr')).toContain('strategic-ambiguity');
    expect(ids(['Estados Unidos mantiene la ambigüedad estratégica sobre Taiwán.'], 'es')).toContain('strategic-ambiguity');
    expect(ids(['США сохраняют стратегическая неопределённость в отношении Тайваня.'], 'ru')).toContain('strategic-ambiguity');
    expect(ids(['США зберігають стратегічна невизначеність щодо Тайваню: Тайвань.'], 'uk')).toContain('strategic-ambiguity');
    expect(ids(['Waszyngton utrzymuje strategiczna dwuznaczność wobec Tajwanu.'], 'pl')).toContain('strategic-ambiguity');
    expect(ids(['Washington mantiene l\'ambiguità strategica su Taiwan.'], 'it')).toContain('strategic-ambiguity');
    expect(ids(['Washington mantém a ambiguidade estratégica sobre Taiwan.'], 'pt')).toContain('strategic-ambiguity');
    expect(ids(['Macron mantém a ambiguidade estratégica sobre a Ucrânia e a França.'], 'pt')).not.toContain('strategic-ambiguity');
  });

  it('IMEC: the trade corridor, not the Belgian chip research centre', () => {
    expect(ids(['Modi said IMEC would link India to Europe by rail and shipping through Saudi Arabia.'])).toContain('imec');
    expect(ids(['IMEC, the Leuven nanoelectronics research centre, unveiled a new lithography line with ASML.'])).not.toContain('imec');
  });
});

describe('economic security', () => {
  it('de-risking: reducing dependence on China, not banks dropping clients', () => {
    expect(ids(['Von der Leyen urged de-risking from China in supply chains for critical minerals.'])).toContain('de-risking');
    expect(ids(['The G7 backed derisking rather than decoupling, officials said of China.'])).toContain('de-risking');
    expect(ids(['Banks engaged in de-risking have closed correspondent accounts in poorer countries, FATF warned.'])).not.toContain('de-risking');
    expect(ids(['The insurer completed a pension de-risking buy-out of its annuity portfolio.'])).not.toContain('de-risking');
    expect(ids(['Berlin setzt beim De-Risking auf weniger Abhängigkeit von China.'], 'de')).toContain('de-risking');
    expect(ids(['Das De-Risking der Bank traf Kunden mit Konten im Ausland, sagte die Bank.'], 'de')).not.toContain('de-risking');
  });
});

describe('borders', () => {
  it('LAC: the India–China line, not other LACs', () => {
    expect(ids(['Indian and Chinese troops disengaged at two friction points along the LAC in Ladakh.'])).toContain('line-of-actual-control');
    expect(ids(['The LAC Kings beat the Clippers at the arena in Los Angeles.'])).not.toContain('line-of-actual-control');
  });
});
