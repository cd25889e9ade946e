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
  it('Article 4: NATO consultations, not other laws\' articles', () => {
    expect(senses(['Poland invoked Article 4, asking NATO allies for consultations after Russian drones crossed its airspace.'])).toContain('Article 4=nato-article-4');
    expect(ids(['Estonia requested consultations under Article Four of the NATO treaty.'])).toContain('nato-article-4');
    expect(ids(['Article 4 of the GDPR defines personal data.'])).not.toContain('nato-article-4');
    expect(ids(['Article 4 of the Russia–North Korea treaty pledges military aid, Pyongyang said.'])).not.toContain('nato-article-4');
    expect(ids(['Polen beantragte Konsultationen nach Artikel 4 des Nato-Vertrags.'], 'de')).toContain('nato-article-4');
    expect(ids(['Artikel 4 des Grundgesetzes schützt die Glaubensfreiheit.'], 'de')).not.toContain('nato-article-4');
    expect(ids(["La Pologne a activé l'article 4 de l'OTAN après l'incursion de drones."], 'fr')).toContain('nato-article-4');
    expect(ids(["L'article 4 du code civil oblige le juge à statuer."], 'fr')).not.toContain('nato-article-4');
    expect(ids(['Polonia invocó el artículo 4 de la OTAN tras la entrada de drones rusos.'], 'es')).toContain('nato-article-4');
    expect(ids(['El artículo 4 de la Constitución establece la bandera.'], 'es')).not.toContain('nato-article-4');
    expect(ids(["La Polonia ha invocato l'articolo 4 della NATO dopo l'incursione dei droni."], 'it')).toContain('nato-article-4');
    expect(ids(["L'articolo 4 della Costituzione riconosce il diritto al lavoro."], 'it')).not.toContain('nato-article-4');
    expect(ids(['A Polónia invocou o artigo 4 da NATO após a incursão de drones russos.'], 'pt')).toContain('nato-article-4');
    expect(ids(['A Estónia invocou o artigo 4.º do Tratado da NATO.'], 'pt')).toContain('nato-article-4');
    expect(ids(['O artigo 4 da Constituição trata da soberania.'], 'pt')).not.toContain('nato-article-4');
    expect(ids(['Польша запросила консультации по статье 4 устава НАТО после налёта дронов.'], 'ru')).toContain('nato-article-4');
    expect(ids(['Статья 4 НАТО предусматривает консультации союзников.'], 'ru')).toContain('nato-article-4');
    expect(ids(['Статья 4 Уголовного кодекса устанавливает равенство граждан.'], 'ru')).not.toContain('nato-article-4');
    expect(ids(['Польща ініціювала консультації за статтею 4 НАТО; стаття 4 передбачає консультації союзників.'], 'uk')).toContain('nato-article-4');
    expect(ids(['Естонія звернулася до НАТО щодо статті 4 через порушення повітряного простору.'], 'uk')).toContain('nato-article-4');
    expect(ids(['Стаття 4 Кримінального кодексу визначає чинність закону в часі.'], 'uk')).not.toContain('nato-article-4');
    expect(ids(['Polska uruchomiła artykuł 4 NATO po wtargnięciu rosyjskich dronów.'], 'pl')).toContain('nato-article-4');
    expect(ids(['Polska wystąpiła o konsultacje na podstawie artykułu 4 traktatu NATO.'], 'pl')).toContain('nato-article-4');
    expect(ids(['Sojusznicy z NATO spotkali się na wniosek Polski w trybie art. 4.'], 'pl')).toContain('nato-article-4');
    expect(ids(['Artykuł 4 Konstytucji stanowi, że władza należy do Narodu.'], 'pl')).not.toContain('nato-article-4');
  });

  it('Article 7: the EU rule-of-law procedure only with its own cues', () => {
    expect(senses(['The European Parliament urged the Council to move ahead with Article 7 against Hungary over the rule of law.'])).toContain('Article 7=article-7-teu');
    expect(ids(['Article 7 of the Convention on Human Rights bars retroactive punishment.'])).not.toContain('article-7-teu');
    expect(ids(['Article 7 of the ceasefire agreement provides for a prisoner exchange.'])).not.toContain('article-7-teu');
  });

  it('qualified majority: EU Council voting, not parliaments or boards', () => {
    expect(senses(['Hungary\'s veto could be bypassed if sanctions were decided by qualified majority in the Council.'])).toContain('qualified majority=qualified-majority-voting');
    expect(ids(['The constitutional amendment needs a qualified majority in the Senate.'])).not.toContain('qualified-majority-voting');
    expect(ids(['Merz will die Einstimmigkeit abschaffen: Die EU soll mit qualifizierter Mehrheit über Außenpolitik entscheiden, mit einer qualifizierten Mehrheit der Mitgliedstaaten.'], 'de')).toContain('qualified-majority-voting');
    expect(ids(['Der Bundestag beschloss die Grundgesetzänderung mit qualifizierter Mehrheit.'], 'de')).not.toContain('qualified-majority-voting');
    expect(ids(['Mehrheitsentscheidungen in der Außenpolitik sollen das Veto Ungarns in der EU überwinden.'], 'de')).toContain('qualified-majority-voting');
    expect(ids(["Les États membres de l'UE pourraient voter à la majorité qualifiée au Conseil, sans unanimité."], 'fr')).toContain('qualified-majority-voting');
    expect(ids(["L'Assemblée nationale a adopté le texte à la majorité qualifiée."], 'fr')).not.toContain('qualified-majority-voting');
    expect(ids(['Los Estados miembros de la UE aprobaron la medida por mayoría cualificada en el Consejo, sin unanimidad.'], 'es')).toContain('qualified-majority-voting');
    expect(ids(['La reforma requiere mayoría cualificada en el Congreso.'], 'es')).not.toContain('qualified-majority-voting');
    expect(ids(["Il Consiglio dell'UE ha deciso a maggioranza qualificata, superando il veto dell'Ungheria."], 'it')).toContain('qualified-majority-voting');
    expect(ids(["L'assemblea dei soci ha approvato con maggioranza qualificata."], 'it')).not.toContain('qualified-majority-voting');
    expect(ids(['O Conselho da UE aprovou por maioria qualificada, sem unanimidade dos Estados-membros.'], 'pt')).toContain('qualified-majority-voting');
    expect(ids(['A emenda exige maioria qualificada no Parlamento.'], 'pt')).not.toContain('qualified-majority-voting');
    expect(ids(['Совет ЕС может принять решение квалифицированным большинством, обойдя вето Венгрии. Квалифицированное большинство заменит единогласие.'], 'ru')).toContain('qualified-majority-voting');
    expect(ids(['Для изменения устава Думе нужно квалифицированное большинство.'], 'ru')).not.toContain('qualified-majority-voting');
    expect(ids(['Кваліфікована більшість у Раді ЄС дозволила б обійти вето Угорщини, замість одностайність.'], 'uk')).toContain('qualified-majority-voting');
    expect(ids(['Для зміни Конституції потрібна кваліфікована більшість у Верховній Раді.'], 'uk')).not.toContain('qualified-majority-voting');
    expect(ids(['Większość kwalifikowana w Radzie UE zastąpiłaby jednomyślność w polityce zagranicznej.'], 'pl')).toContain('qualified-majority-voting');
    expect(ids(['Do zmiany konstytucji potrzebna jest większość kwalifikowana w Sejmie.'], 'pl')).not.toContain('qualified-majority-voting');
  });

  it('right of return: Palestinian refugees, not other returns', () => {
    expect(senses(['Abbas insisted on the right of return, which Palestinian refugees of 1948 demand.'])).toContain('right of return=right-of-return');
    expect(ids(["Israel's Law of Return grants Jews the right of return and citizenship."])).not.toContain('right-of-return');
    expect(ids(['Employees on leave have a right of return to their previous job, the court said.'])).not.toContain('right-of-return');
    expect(ids(['Die Palästinenser fordern das Rückkehrrecht für die Flüchtlinge von 1948.'], 'de')).toContain('right-of-return');
    expect(ids(['Das Recht auf Rückkehr der palästinensischen Flüchtlinge ist umstritten.'], 'de')).toContain('right-of-return');
    expect(ids(['Beschäftigte haben ein Rückkehrrecht in Vollzeit nach der Teilzeit.'], 'de')).not.toContain('right-of-return');
    expect(ids(['Les réfugiés palestiniens réclament le droit au retour.'], 'fr')).toContain('right-of-return');
    expect(ids(['Le droit de retour des réfugiés palestiniens reste au cœur du conflit avec Israël.'], 'fr')).toContain('right-of-return');
    expect(ids(["Le client dispose d'un droit de retour de 30 jours sur ses achats."], 'fr')).not.toContain('right-of-return');
    expect(ids(['Los refugiados palestinos exigen el derecho al retorno.'], 'es')).toContain('right-of-return');
    expect(ids(['El derecho de retorno de los refugiados palestinos divide a Israel y la OLP.'], 'es')).toContain('right-of-return');
    expect(ids(['La tienda ofrece derecho de retorno de los productos durante un mes.'], 'es')).not.toContain('right-of-return');
    expect(ids(['I rifugiati palestinesi chiedono il diritto al ritorno.'], 'it')).toContain('right-of-return');
    expect(ids(['Il diritto al ritorno del giocatore nella squadra è stato riconosciuto.'], 'it')).not.toContain('right-of-return');
    expect(ids(['Os refugiados palestinos reivindicam o direito ao retorno.'], 'pt')).toContain('right-of-return');
    expect(ids(['O direito ao retorno do produto vale por sete dias.'], 'pt')).not.toContain('right-of-return');
    expect(ids(['Палестинские беженцы требуют права на возвращение, Израиль его отвергает.'], 'ru')).toContain('right-of-return');
    expect(ids(['Право на возвращение товара закреплено законом.'], 'ru')).not.toContain('right-of-return');
    expect(ids(['Палестинські біженці вимагають права на повернення, Ізраїль його відкидає.'], 'uk')).toContain('right-of-return');
    expect(ids(['Право на повернення товару закріплене законом.'], 'uk')).not.toContain('right-of-return');
    expect(ids(['Palestyńczycy domagają się prawa powrotu dla uchodźców z 1948 roku.'], 'pl')).toContain('right-of-return');
    expect(ids(['Uchodźcy palestyńscy żądają prawa do powrotu, Izrael odrzuca to żądanie.'], 'pl')).toContain('right-of-return');
    expect(ids(['Pracownik ma prawo powrotu na poprzednie stanowisko.'], 'pl')).not.toContain('right-of-return');
  });

  it('responsibility to protect: the UN doctrine, not everyday duties', () => {
    expect(senses(['The UN Security Council invoked the responsibility to protect civilians from atrocities in Libya.'])).toContain('responsibility to protect=responsibility-to-protect');
    expect(ids(['Parents have a responsibility to protect their children online, the minister said.'])).not.toContain('responsibility-to-protect');
  });

  it('Zeitenwende: Scholz\'s turning point, not any German turning point', () => {
    expect(senses(['Scholz promised a Zeitenwende for the Bundeswehr after the Russian invasion.'])).toContain('Zeitenwende=zeitenwende');
    expect(ids(['Die Zeitenwende in der Medizin begann mit dem Penicillin.'], 'de')).not.toContain('zeitenwende');
  });

  it('debt brake: Germany\'s, not Switzerland\'s', () => {
    expect(senses(['Merz wants to loosen the debt brake to pay for defence, but the Bundestag needs a two-thirds majority.'])).toContain('debt brake=debt-brake');
    expect(ids(['Switzerland\'s debt brake keeps the federal budget in balance, Keller-Sutter said.'])).not.toContain('debt-brake');
    expect(ids(['Die Schuldenbremse im Grundgesetz bremst die Investitionen der Bundesregierung.'], 'de')).toContain('debt-brake');
    expect(ids(['Die Schuldenbremse des Bundes in der Schweiz gilt seit 2003, sagte Keller-Sutter in Bern.'], 'de')).not.toContain('debt-brake');
    expect(ids(["Le frein à l'endettement allemand a été assoupli par le Bundestag."], 'fr')).toContain('debt-brake');
    expect(ids(["Friedrich Merz veut réformer le frein à l'endettement en Allemagne."], 'fr')).toContain('debt-brake');
    expect(ids(["Merz veut assouplir le frein à la dette en Allemagne."], 'fr')).toContain('debt-brake');
    expect(ids(["Le frein à l'endettement de la Confédération suisse limite les dépenses, a dit Keller-Sutter."], 'fr')).not.toContain('debt-brake');
    expect(ids(['Alemania reformó el freno de la deuda para financiar defensa.'], 'es')).toContain('debt-brake');
    expect(ids(['Alemania flexibiliza su freno al endeudamiento, dijo Merz.'], 'es')).toContain('debt-brake');
    expect(ids(['Suiza mantiene su freno al endeudamiento desde 2003.'], 'es')).not.toContain('debt-brake');
    expect(ids(['La Germania ha allentato il freno al debito per la difesa.'], 'it')).toContain('debt-brake');
    expect(ids(['La Svizzera applica il freno al debito dal 2003.'], 'it')).not.toContain('debt-brake');
    expect(ids(['A Alemanha flexibilizou o freio da dívida para a defesa.'], 'pt')).toContain('debt-brake');
    expect(ids(['O travão da dívida alemão foi alterado pelo Bundestag.'], 'pt')).toContain('debt-brake');
    expect(ids(['A Suíça mantém o seu travão da dívida desde 2003.'], 'pt')).not.toContain('debt-brake');
    expect(ids(['Германия ослабила долговой тормоз ради расходов на оборону.'], 'ru')).toContain('debt-brake');
    expect(ids(['Швейцария сохраняет долговой тормоз с 2003 года.'], 'ru')).not.toContain('debt-brake');
    expect(ids(['Німеччина послабила боргове гальмо заради оборони.'], 'uk')).toContain('debt-brake');
    expect(ids(['Швейцарія зберігає боргове гальмо з 2003 року.'], 'uk')).not.toContain('debt-brake');
    expect(ids(['Niemcy poluzowały hamulec zadłużenia, by finansować obronność.'], 'pl')).toContain('debt-brake');
    expect(ids(['Niemcy złagodziły hamulec długu w konstytucji.'], 'pl')).toContain('debt-brake');
    expect(ids(['Szwajcaria utrzymuje hamulec zadłużenia od 2003 roku.'], 'pl')).not.toContain('debt-brake');
  });

  it('Pillar 2: the global minimum tax, not other pillars', () => {
    expect(senses(['Under Pillar 2 of the OECD deal, multinationals must pay a minimum tax of 15%.'])).toContain('Pillar 2=global-minimum-tax');
    expect(ids(['Pillar 2 of the pension system covers occupational pensions.'])).not.toContain('global-minimum-tax');
  });

  it('Article 51: UN self-defence, not other articles', () => {
    expect(senses(['Israel said it acted under Article 51, the right of self-defence in the UN Charter.'])).toContain('Article 51=un-charter-article-51');
    expect(ids(['Article 51 of the Constitution lists the powers of parliament.'])).not.toContain('un-charter-article-51');
  });
  it('Article 50: the EU exit clause, not other articles', () => {
    expect(senses(['Theresa May triggered Article 50, starting the two-year countdown to Brexit.'])).toContain('Article 50=article-50-teu');
    expect(ids(['Article 50 of the Constitution guarantees freedom of assembly.'])).not.toContain('article-50-teu');
  });

  it('Neutrality Treaty: the Panama Canal treaty, not any neutrality', () => {
    expect(senses(['Panama says the Neutrality Treaty keeps the canal open to ships of all nations.'])).toContain('Neutrality Treaty=panama-canal-treaties');
    expect(ids(['Austria\'s Neutrality Treaty debate resurfaced as Vienna weighed closer ties with NATO.'])).not.toContain('panama-canal-treaties');
    expect(ids(['Mulino defendió el Tratado de Neutralidad del canal de Panamá ante Trump.'], 'es')).toContain('panama-canal-treaties');
    expect(ids(['Suiza firmó un Tratado de Neutralidad con Austria en el siglo pasado.'], 'es')).not.toContain('panama-canal-treaties');
  });

  it('Chapter VII: the UN Security Council\'s binding powers, not bankruptcy', () => {
    expect(senses(['The Security Council adopted the resolution under Chapter VII, making it binding on all UN members.'])).toContain('Chapter VII=un-charter-chapter-vii');
    expect(ids(['The retailer filed for Chapter VII bankruptcy, leaving creditors unpaid.'])).not.toContain('un-charter-chapter-vii');
  });
  it('strategic autonomy: Europe\'s, not India\'s', () => {
    expect(senses(['Macron urged Europeans to build strategic autonomy in defence rather than rely on Washington.'])).toContain('strategic autonomy=strategic-autonomy');
    expect(ids(['Jaishankar said India would keep its strategic autonomy and buy oil wherever it is cheapest.'])).not.toContain('strategic-autonomy');
  });
});
