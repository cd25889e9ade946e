// Ambiguous forms of the further treaties, laws and concepts (data/entries/treaties-concepts-more.json),
// each in news sentences, decided by the real dataset's rules.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('further treaties, laws and concepts', () => {
  it('Withdrawal Agreement: the Brexit treaty, not other withdrawal deals', () => {
    expect(senses(['Boris Johnson said the Withdrawal Agreement would let the UK leave the EU on 31 January.'])).toContain('Withdrawal Agreement=brexit-withdrawal-agreement');
    expect(ids(['Brussels accused Britain of breaching the withdrawal agreement over Northern Ireland.'])).toContain('brexit-withdrawal-agreement');
    expect(ids(['The withdrawal agreement with the Taliban set a timetable for US troops to leave Afghanistan.'])).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['Baghdad and Washington signed a withdrawal agreement for US forces in Iraq.'])).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['Das Austrittsabkommen regelt die Rechte der EU-Bürger in Großbritannien nach dem Brexit.'], 'de')).toContain('brexit-withdrawal-agreement');
    expect(ids(['Das Austrittsabkommen mit dem Verein wurde am Montag unterzeichnet.'], 'de')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(["L'accord de retrait du Brexit protège les droits des citoyens européens au Royaume-Uni."], 'fr')).toContain('brexit-withdrawal-agreement');
    expect(ids(["Le joueur a signé un accord de retrait de sa plainte."], 'fr')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['El acuerdo de retirada del Brexit fue ratificado por el Parlamento británico y la UE.'], 'es')).toContain('brexit-withdrawal-agreement');
    expect(ids(['El acuerdo de retirada de las tropas de Irak se firmó en 2008.'], 'es')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(["L'accordo di recesso firmato da Londra e dall'UE dopo la Brexit è entrato in vigore."], 'it')).toContain('brexit-withdrawal-agreement');
    expect(ids(["L'accordo di recesso dal contratto di affitto prevede un preavviso di sei mesi."], 'it')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['O acordo de saída do Brexit foi aprovado pelo Parlamento Europeu e pelo Reino Unido.'], 'pt')).toContain('brexit-withdrawal-agreement');
    expect(ids(['O jogador assinou um acordo de saída com o clube.'], 'pt')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['Соглашение о выходе Великобритании из ЕС вступило в силу после Брексита.'], 'ru')).toContain('brexit-withdrawal-agreement');
    expect(ids(['Игрок и клуб подписали соглашение о выходе из контракта.'], 'ru')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['Угода про вихід Великої Британії з ЄС набула чинності після Брексіту.'], 'uk')).toContain('brexit-withdrawal-agreement');
    expect(ids(['Гравець і клуб уклали угоду про вихід з контракту.'], 'uk')).not.toContain('brexit-withdrawal-agreement');
    expect(ids(['Umowa wyjścia Wielkiej Brytanii z UE weszła w życie po Brexicie.'], 'pl')).toContain('brexit-withdrawal-agreement');
    expect(ids(['Umowa o wystąpieniu Zjednoczonego Królestwa z UE reguluje prawa obywateli po Brexicie.'], 'pl')).toContain('brexit-withdrawal-agreement');
    expect(ids(['Umowa o wystąpieniu wspólnika ze spółki została podpisana.'], 'pl')).not.toContain('brexit-withdrawal-agreement');
  });
  it('Section 122: the temporary US tariff, not other laws\' sections', () => {
    expect(senses(['Trump imposed a 15% global tariff under Section 122 after the Supreme Court struck down his IEEPA duties.'])).toContain('Section 122=section-122-tariffs');
    expect(ids(['Section 122 of the Criminal Code was amended by the Supreme Court ruling on sentencing.'])).not.toContain('section-122-tariffs');
    expect(ids(['Under Section 122 of the Internal Revenue Code, taxpayers may claim the deduction.'])).not.toContain('section-122-tariffs');
    expect(ids(['Trump stützt die neuen Zölle auf Abschnitt 122 des Handelsgesetzes von 1974.'], 'de')).toContain('section-122-tariffs');
    expect(ids(['Abschnitt 122 des Strafgesetzbuches regelt die Strafe.'], 'de')).not.toContain('section-122-tariffs');
    expect(ids(['Trump a invoqué la section 122 pour imposer des droits de douane de 15 %.'], 'fr')).toContain('section-122-tariffs');
    expect(ids(["Trump s'appuie sur l'article 122 pour des droits de douane temporaires."], 'fr')).toContain('section-122-tariffs');
    expect(ids(["L'article 122 du Code pénal prévoit cette excuse."], 'fr')).not.toContain('section-122-tariffs');
    expect(ids(['Trump aplicó un arancel global del 15% bajo la Sección 122.'], 'es')).toContain('section-122-tariffs');
    expect(ids(['La Sección 122 del reglamento del colegio trata de las faltas.'], 'es')).not.toContain('section-122-tariffs');
    expect(ids(['Trump ha imposto dazi del 15% in base alla Sezione 122.'], 'it')).toContain('section-122-tariffs');
    expect(ids(['La Sezione 122 del tribunale ha emesso la sentenza.'], 'it')).not.toContain('section-122-tariffs');
    expect(ids(['Trump impôs tarifas de 15% com base na Seção 122.'], 'pt')).toContain('section-122-tariffs');
    expect(ids(['A Seção 122 do regulamento interno trata das férias.'], 'pt')).not.toContain('section-122-tariffs');
    expect(ids(['Трамп ввёл пошлины в 15% по разделу 122 Закона о торговле.'], 'ru')).toContain('section-122-tariffs');
    expect(ids(['Трамп ввёл пошлины по статье 122 американского закона о торговле.'], 'ru')).toContain('section-122-tariffs');
    expect(ids(['Статья 122 Уголовного кодекса предусматривает наказание.'], 'ru')).not.toContain('section-122-tariffs');
    expect(ids(['Трамп запровадив мита у 15% за розділом 122.'], 'uk')).toContain('section-122-tariffs');
    expect(ids(['Трамп запровадив мита на підставі статті 122 закону про торгівлю.'], 'uk')).toContain('section-122-tariffs');
    expect(ids(['Стаття 122 Кримінального кодексу передбачає покарання.'], 'uk')).not.toContain('section-122-tariffs');
    expect(ids(['Trump nałożył cła w wysokości 15% na podstawie sekcji 122.'], 'pl')).toContain('section-122-tariffs');
    expect(ids(['Sekcja 122 harcerzy spotkała się w lesie.'], 'pl')).not.toContain('section-122-tariffs');
  });

  it('CAA: the Indian citizenship law, not aviation authorities or CAATSA', () => {
    expect(senses(['Protests against the CAA spread across India as critics said it excluded Muslims.'])).toContain('CAA=citizenship-amendment-act');
    expect(ids(['The CAA grounded the airline after a safety audit of its pilots.'])).not.toContain('citizenship-amendment-act');
    expect(ids(['Pakistan\'s CAA closed the airspace to Indian flights.'])).not.toContain('citizenship-amendment-act');
  });
});
