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
});
