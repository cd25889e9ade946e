// Ambiguous aliases of the world events and treaties (data/entries/events-world.json and
// treaties-world.json), each in news sentences where it is the entry and where it is not.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('world events and treaties: ambiguous aliases', () => {
  it('January 6 / Jan. 6 / January 6th: the Capitol attack, not the date', () => {
    expect(senses(['Trump pardoned hundreds of rioters charged over January 6 on his first day back in office.'])).toContain('January 6=january-6-attack');
    expect(senses(['The select committee investigating Jan. 6 held its final hearing on the Capitol riot.'])).toContain('Jan. 6=january-6-attack');
    expect(senses(['Prosecutors said the defendants joined the mob that stormed the Capitol on January 6th.'])).toContain('January 6th=january-6-attack');
    expect(ids(['The filing deadline is January 6, and applications received later will not be considered.'])).not.toContain('january-6-attack');
    expect(ids(['Orthodox Christians celebrate Christmas Eve on Jan. 6 with a twelve-dish supper.'])).not.toContain('january-6-attack');
    expect(ids(['She was born on January 6th, 1990, in a small town in Ohio, and her birthday party drew hundreds.'])).not.toContain('january-6-attack');
  });

  it('Washington Accords: the DR Congo–Rwanda deal, not other Washington agreements', () => {
    expect(ids(['Kagame and Tshisekedi signed the Washington Accords as fighting with M23 continued in North Kivu.'])).toContain('washington-accords-drc-rwanda');
    expect(ids(['Historians of the 1922 naval treaties sometimes call them the Washington Accords.'])).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Kagame et Tshisekedi ont signé les accords de Washington ; la RDC attend le retrait rwandais.'], 'fr')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Les accords de Washington de 1922 limitaient les flottes de guerre.'], 'fr')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Kagame und Tshisekedi unterzeichneten das Washingtoner Abkommen über den Osten des Kongo.'], 'de')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Das Washingtoner Abkommen über Serbien und Kosovo blieb folgenlos.'], 'de')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Kagame y Tshisekedi firmaron los acuerdos de Washington sobre el Congo.'], 'es')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Los acuerdos de Washington entre Serbia y Kosovo se firmaron en 2020.'], 'es')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Kagame e Tshisekedi hanno firmato gli accordi di Washington sul Congo.'], 'it')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Gli accordi di Washington tra Serbia e Kosovo del 2020.'], 'it')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Kagame e Tshisekedi assinaram os acordos de Washington sobre o Congo.'], 'pt')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Os acordos de Washington entre Sérvia e Kosovo foram assinados em 2020.'], 'pt')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Кагаме и Чисекеди подписали Вашингтонские соглашения по Конго.'], 'ru')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Вашингтонские соглашения между Сербией и Косово подписаны в 2020 году.'], 'ru')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Кагаме і Чісекеді підписали Вашингтонські угоди щодо Конго.'], 'uk')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Вашингтонські угоди між Сербією та Косово підписали у 2020 році.'], 'uk')).not.toContain('washington-accords-drc-rwanda');
    expect(ids(['Kagame i Tshisekedi podpisali porozumienia waszyngtońskie w sprawie Kongo.'], 'pl')).toContain('washington-accords-drc-rwanda');
    expect(ids(['Porozumienia waszyngtońskie Serbii i Kosowa podpisano w 2020 roku.'], 'pl')).not.toContain('washington-accords-drc-rwanda');
  });

  it('20-point plan: the Gaza plan, not the Ukraine one', () => {
    expect(ids(['Hamas said it accepted parts of the 20-point plan for Gaza but not disarmament.'])).toContain('gaza-peace-plan');
    expect(ids(['Israel agreed to the 20-point peace plan as hostages prepared to return from Gaza.'])).toContain('gaza-peace-plan');
    expect(ids(['Zelensky said Ukraine had revised the 20-point plan after talks with US envoys; Russia rejected it.'])).not.toContain('gaza-peace-plan');
    expect(ids(['Kyiv and Washington discussed a 20-point peace plan for Ukraine in Miami.'])).not.toContain('gaza-peace-plan');
    expect(ids(['Die Hamas lehnt Teile des 20-Punkte-Plans für Gaza ab. Der 20-Punkte-Plan sieht eine Entwaffnung vor.'], 'de')).toContain('gaza-peace-plan');
    expect(ids(['Der 20-Punkte-Plan für die Ukraine wurde in Miami beraten.'], 'de')).not.toContain('gaza-peace-plan');
    expect(ids(['Le Hamas a accepté une partie du plan en 20 points pour Gaza.'], 'fr')).toContain('gaza-peace-plan');
    expect(ids(['Le plan en 20 points pour l\'Ukraine a été discuté à Miami.'], 'fr')).not.toContain('gaza-peace-plan');
    expect(ids(['Hamás aceptó parte del plan de 20 puntos para Gaza.'], 'es')).toContain('gaza-peace-plan');
    expect(ids(['El plan de 20 puntos para Ucrania se discutió en Miami; Rusia lo rechazó.'], 'es')).not.toContain('gaza-peace-plan');
    expect(ids(['Hamas ha accettato parte del piano in 20 punti per Gaza.'], 'it')).toContain('gaza-peace-plan');
    expect(ids(['Il piano in 20 punti per l\'Ucraina è stato discusso a Miami.'], 'it')).not.toContain('gaza-peace-plan');
    expect(ids(['ХАМАС принял часть плана из 20 пунктов по Газе. План из 20 пунктов предусматривает разоружение.'], 'ru')).toContain('gaza-peace-plan');
    expect(ids(['План из 20 пунктов по Украине обсуждали в Майами.'], 'ru')).not.toContain('gaza-peace-plan');
  });

  it('India–Pakistan conflict / war: 2025, not 1971 or Kargil', () => {
    expect(ids(['The India-Pakistan conflict in May began after the Pahalgam attack and ended in a ceasefire.'])).toContain('india-pakistan-conflict-2025');
    expect(ids(['Pakistan said its jets downed Rafale fighters during the India–Pakistan war of 2025.'])).toContain('india-pakistan-conflict-2025');
    expect(ids(['The 1971 India-Pakistan war led to the creation of Bangladesh.'])).not.toContain('india-pakistan-conflict-2025');
    expect(ids(['The India–Pakistan conflict over Kashmir dates back to partition in 1947.'])).not.toContain('india-pakistan-conflict-2025');
    expect(ids(['Konflikt indyjsko-pakistański w 2025 roku zakończył się zawieszeniem broni po operacji Sindoor.'], 'pl')).toContain('india-pakistan-conflict-2025');
    expect(ids(['Konflikt indyjsko-pakistański o Kaszmir trwa od 1947 roku.'], 'pl')).not.toContain('india-pakistan-conflict-2025');
  });

  it('Afghanistan withdrawal: 2021, not the Soviet pull-out', () => {
    expect(ids(['Critics blamed Biden for the chaotic Afghanistan withdrawal as the Taliban took Kabul in 2021.'])).toContain('fall-of-kabul-2021');
    expect(ids(['The Pentagon review of the withdrawal from Afghanistan faulted planning for the Kabul airlift.'])).toContain('fall-of-kabul-2021');
    expect(ids(['The Soviet Afghanistan withdrawal was completed in February 1989.'])).not.toContain('fall-of-kabul-2021');
    expect(ids(['Gorbachev ordered the withdrawal from Afghanistan, completed in 1989.'])).not.toContain('fall-of-kabul-2021');
  });

  it('Bloody January: Kazakhstan 2022, not other events', () => {
    expect(ids(['Tokayev called in CSTO troops during Bloody January, when protests spread from Zhanaozen to Almaty.'])).toContain('kazakh-unrest-2022');
    expect(ids(['Bloody January in Derry is remembered alongside Bloody Sunday.'])).not.toContain('kazakh-unrest-2022');
    expect(ids(['Во время событий, которые называют «Кровавый январь», Токаев пригласил войска ОДКБ в Казахстан.'], 'ru')).toContain('kazakh-unrest-2022');
    expect(ids(['Кровавый январь 1905 года начался с Кровавого воскресенья.'], 'ru')).not.toContain('kazakh-unrest-2022');
  });
  it('2020 / 2024 presidential election: the US votes, not other countries\' ones', () => {
    expect(ids(['Trump still claims the 2020 election was stolen despite losing 60 court cases.'])).toContain('us-election-2020');
    expect(ids(['Biden won the 2020 presidential election with 306 electoral votes.'])).toContain('us-election-2020');
    expect(ids(['Lukashenko claimed victory in the 2020 presidential election in Belarus, prompting mass protests in Minsk.'])).not.toContain('us-election-2020');
    expect(ids(['Tsai Ing-wen won re-election in Taiwan in the 2020 election.'])).not.toContain('us-election-2020');
    expect(ids(['Harris conceded the 2024 election to Trump, who won every swing state.'])).toContain('us-election-2024');
    expect(ids(['Trump won the 2024 presidential election and the popular vote.'])).toContain('us-election-2024');
    expect(ids(['Putin claimed 87% in the 2024 presidential election in Russia.'])).not.toContain('us-election-2024');
    expect(ids(['Lai Ching-te won Taiwan\'s 2024 presidential election in January.'])).not.toContain('us-election-2024');
    expect(ids(['Modi\'s BJP lost its majority in the 2024 election in India.'])).not.toContain('us-election-2024');
  });

  it('2024 general election: the UK vote, not India\'s', () => {
    expect(ids(['Labour won a landslide in the 2024 general election and Starmer became prime minister.'])).toContain('uk-general-election-2024');
    expect(ids(['Modi\'s BJP fell short of a majority in India\'s 2024 general election.'])).not.toContain('uk-general-election-2024');
  });
  it('July Revolution / July uprising: Bangladesh 2024, not France 1830', () => {
    expect(ids(['Students who led the July Revolution forced Sheikh Hasina to flee Bangladesh.'])).toContain('bangladesh-july-revolution-2024');
    expect(ids(['A year after the July uprising, Yunus promised elections in Dhaka.'])).toContain('bangladesh-july-revolution-2024');
    expect(ids(['The July Revolution of 1830 in Paris replaced Charles X with Louis-Philippe.'])).not.toContain('bangladesh-july-revolution-2024');
    expect(ids(['Historians of France see the July uprising of 1830 as the end of the Bourbon restoration.'])).not.toContain('bangladesh-july-revolution-2024');
  });
  it('Busan summit / Busan meeting: Trump and Xi in 2025, not other Busan events', () => {
    expect(ids(['After the Busan summit, Trump said tariffs on China would be cut and Xi agreed to buy soybeans.'])).toContain('busan-trump-xi-meeting-2025');
    expect(ids(['The Busan meeting between Trump and Xi produced a one-year trade truce on rare earth controls.'])).toContain('busan-trump-xi-meeting-2025');
    expect(ids(['The 2005 APEC leaders held the Busan summit in South Korea twenty years earlier.'])).not.toContain('busan-trump-xi-meeting-2025');
    expect(ids(['Directors gathered for a Busan meeting on the sidelines of the Busan Film festival.'])).not.toContain('busan-trump-xi-meeting-2025');
  });

  it('Beijing military parade: the 2025 parade, not earlier ones', () => {
    expect(ids(['Putin and Kim stood beside Xi at the Beijing military parade marking the 80th anniversary of the war\'s end.'])).toContain('beijing-victory-day-parade-2025');
    expect(ids(['The 2019 Beijing military parade marked the 70th anniversary of the People\'s Republic.'])).not.toContain('beijing-victory-day-parade-2025');
  });
  it('minerals deal in other languages: the US–Ukraine agreement, not other minerals deals', () => {
    expect(ids(['Die Ukraine und die USA haben das Rohstoffabkommen unterzeichnet; Swyrydenko reiste nach Washington.'], 'de')).toContain('us-ukraine-minerals-deal');
    expect(ids(['Das Rohstoffabkommen mit Chile betrifft Lithium.'], 'de')).not.toContain('us-ukraine-minerals-deal');
    expect(ids(['Kyiv et Washington ont signé l\'accord sur les minerais pour l\'Ukraine.'], 'fr')).toContain('us-ukraine-minerals-deal');
    expect(ids(['L\'accord sur les minerais avec la RDC inquiète Kigali.'], 'fr')).not.toContain('us-ukraine-minerals-deal');
    expect(ids(['Estados Unidos y Ucrania firmaron el acuerdo de minerales en Washington.'], 'es')).toContain('us-ukraine-minerals-deal');
    expect(ids(['El acuerdo de minerales con Australia incluye tierras raras.'], 'es')).not.toContain('us-ukraine-minerals-deal');
    expect(ids(['Stati Uniti e Ucraina hanno firmato l\'accordo sui minerali.'], 'it')).toContain('us-ukraine-minerals-deal');
    expect(ids(['L\'accordo sui minerali con l\'Australia riguarda le terre rare.'], 'it')).not.toContain('us-ukraine-minerals-deal');
    expect(ids(['EUA e Ucrânia assinaram o acordo de minerais em Washington.'], 'pt')).toContain('us-ukraine-minerals-deal');
    expect(ids(['O acordo de minerais com a Austrália inclui terras raras.'], 'pt')).not.toContain('us-ukraine-minerals-deal');
    expect(ids(['США и Украина подписали сделку по полезным ископаемым. Соглашение о недрах Украины ратифицировано.'], 'ru')).toContain('us-ukraine-minerals-deal');
    expect(ids(['Сделка по полезным ископаемым с Конго обсуждалась в Вашингтоне.'], 'ru')).not.toContain('us-ukraine-minerals-deal');
    expect(ids(['Umowa surowcowa między USA a Ukrainą została podpisana w Waszyngtonie.'], 'pl')).toContain('us-ukraine-minerals-deal');
    expect(ids(['Umowa surowcowa z Chile dotyczy litu.'], 'pl')).not.toContain('us-ukraine-minerals-deal');
  });

  it('coastal massacres: Syria 2025, not other coastal killings', () => {
    expect(ids(['The inquiry into the coastal massacres found that hundreds of Alawites were killed in Latakia.'])).toContain('syrian-coastal-massacres-2025');
    expect(ids(['Survivors of the coastal massacres in Myanmar\'s Rakhine state described attacks on Rohingya villages.'])).not.toContain('syrian-coastal-massacres-2025');
  });
});
