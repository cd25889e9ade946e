// Ambiguous names of government bodies, intelligence services, armed forces, parties and companies
// (data/entries/organizations-more.json), each in news sentences: the sense Backstory should find,
// and sentences where the same letters mean something else.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('government bodies, services, forces and parties: ambiguous names', () => {
  it('ISI: Pakistan\'s intelligence agency, not the Islamic State of Iraq or a citation index', () => {
    expect(senses(['Pakistan\'s ISI was accused of sheltering militants near Rawalpindi.'])).toContain('ISI=isi');
    expect(ids(['The ISI, as the Islamic State of Iraq was then called, was led by Zarqawi\'s successors.'])).not.toContain('isi');
    expect(ids(['The journal is indexed by ISI Web of Science.'])).not.toContain('isi');
  });

  it('MSS: China\'s Ministry of State Security, not other ministries or products', () => {
    expect(senses(['Beijing\'s MSS said it had caught a foreign spy recruiting Chinese officials.'])).toContain('MSS=mss-china');
    expect(senses(['The Ministry of State Security warned Chinese students about espionage.'])).toContain('Ministry of State Security=mss-china');
    expect(ids(['The Stasi, East Germany\'s Ministry of State Security, kept files on millions.'])).not.toContain('mss-china');
    expect(ids(['North Korea\'s Ministry of State Security runs the prison camps.'])).not.toContain('mss-china');
    expect(ids(['The MSS recipe calls for two eggs.'])).not.toContain('mss-china');
  });

  it('BND: the German intelligence service, not a bond fund ticker', () => {
    expect(senses(['The BND warned that Russia could test NATO, the German spy chief said in Berlin.'])).toContain('BND=bnd');
    expect(ids(['Der BND soll mehr Befugnisse bekommen, sagte die Bundesregierung.'], 'de')).toContain('bnd');
    expect(ids(['Vanguard\'s BND, the Total Bond Market ETF, drew inflows.'])).not.toContain('bnd');
  });

  it('IDF: the Israel Defense Forces, not Île-de-France or the diabetes federation', () => {
    expect(senses(['The IDF said its troops had struck Hamas targets in Gaza.'])).toContain('IDF=idf');
    expect(ids(['Les transports en IDF seront perturbés, selon Île-de-France Mobilités.'], 'fr')).not.toContain('idf');
    expect(ids(['The IDF, the International Diabetes Federation, published new diabetes figures.'])).not.toContain('idf');
  });

  it('PLA: the Chinese army, not the plastic', () => {
    expect(senses(['The PLA held drills around Taiwan after the president\'s speech.'])).toContain('PLA=pla');
    expect(ids(['Print it in PLA filament on any 3D printer.'])).not.toContain('pla');
    expect(ids(['PLA is a bioplastic made from corn starch.'])).not.toContain('pla');
    expect(ids(['The Sudan People\'s Liberation Army fought Khartoum for decades.'])).not.toContain('pla');
  });

  it('Department of Commerce: the US department, not India\'s', () => {
    expect(senses(['The Department of Commerce, led by Lutnick, opened a Section 232 tariff investigation.'])).toContain('Department of Commerce=commerce-department');
    expect(ids(['India\'s Department of Commerce said exports rose, Piyush Goyal told reporters.'])).not.toContain('commerce-department');
  });

  it('BIS: the US export-control bureau, not the Basel bank', () => {
    expect(senses(['The BIS added 30 Chinese firms to the Entity List under new export controls.'])).toContain('BIS=bureau-of-industry-and-security');
    expect(ids(['The BIS, the Basel-based bank for central banks, warned about stablecoins.'])).not.toContain('bureau-of-industry-and-security');
    expect(ids(['Der Waffenstillstand gilt BIS Freitag.'], 'de')).not.toContain('bureau-of-industry-and-security');
  });

  it('Foreign Office: Britain\'s, not Germany\'s', () => {
    expect(senses(['The Foreign Office summoned the Russian ambassador, the Foreign Secretary told MPs in London.'])).toContain('Foreign Office=fcdo');
    expect(ids(['The German Foreign Office in Berlin said Wadephul would travel to Kyiv.'])).not.toContain('fcdo');
    expect(ids(['The Foreign Office said the talks were over.'])).not.toContain('fcdo');
  });

  it('Congress: the US legislature, not India\'s party or a party congress', () => {
    expect(senses(['Republicans in Congress pushed the bill through the Senate and the House.'])).toContain('Congress=us-congress');
    expect(ids(['Rahul Gandhi said Congress would fight the BJP in every Indian state.'])).not.toContain('us-congress');
    expect(ids(['Delegates to the party congress of the Communist Party met in Beijing.'])).not.toContain('us-congress');
  });

  it('Congress party: India\'s, not Nepal\'s', () => {
    expect(senses(['The Congress party accused Modi of ignoring farmers in Delhi.'])).toContain('Congress party=indian-national-congress');
    expect(ids(['The Nepali Congress party left the coalition in Kathmandu, Nepal.'])).not.toContain('indian-national-congress');
  });

  it('NPC: China\'s legislature, not a game character', () => {
    expect(senses(['Delegates to the NPC approved the budget in the Great Hall in Beijing.'])).toContain('NPC=national-peoples-congress');
    expect(ids(['Every NPC in the game reacts to the player\'s choices.'])).not.toContain('national-peoples-congress');
  });

  it('CCP, CPC and PCC: China\'s Communist Party, not Canada\'s Conservatives or Brazil\'s gang', () => {
    expect(senses(['The CCP tightened its grip on Hong Kong, Xi said in Beijing.'])).toContain('CCP=ccp');
    expect(senses(['The CPC Central Committee met in Beijing under Xi.'])).toContain('CPC=ccp');
    expect(ids(['The CPC, Poilievre\'s Conservative Party of Canada, won seats in Ontario.'])).not.toContain('ccp');
    expect(ids(['Le PCC a réuni son Comité central à Pékin autour de Xi.'], 'fr')).toContain('ccp');
    expect(ids(['O PCC, o Primeiro Comando da Capital, domina prisões em São Paulo.'], 'pt')).not.toContain('ccp');
    expect(ids(['The CCP process, the Code of Civil Procedure, applies to the appeal.'])).not.toContain('ccp');
  });

  it('CDU and Christian Democratic Union: Germany\'s, not Portugal\'s CDU', () => {
    expect(senses(['Merz\'s CDU and the SPD agreed on a coalition in Berlin.'])).toContain('CDU=cdu');
    expect(senses(['The Christian Democratic Union won the German election, Merz said.'])).toContain('Christian Democratic Union=cdu');
    expect(ids(['A CDU, coligação do PCP, elegeu deputados em Lisboa.'], 'pt')).not.toContain('cdu');
    expect(ids(['The Christian Democratic Union party in Chile nominated a candidate.'])).not.toContain('cdu');
  });

  it('SPD: Germany\'s Social Democrats, not Okamura\'s Czech SPD', () => {
    expect(senses(['The SPD under Klingbeil joined the German government.'])).toContain('SPD=spd');
    expect(ids(['Okamura\'s SPD joined Babiš\'s coalition in Prague.'])).not.toContain('spd');
  });

  it('RN: France\'s Rassemblement National, not the Royal Navy or a nurse', () => {
    expect(senses(['The RN of Le Pen and Bardella topped the French polls.'])).toContain('RN=rassemblement-national');
    expect(ids(['She works as an RN in an NHS hospital.'])).not.toContain('rassemblement-national');
    expect(ids(['The RN sent HMS Prince of Wales to the Pacific.'])).not.toContain('rassemblement-national');
  });

  it('Tisza: the Hungarian party, not the river', () => {
    expect(senses(['Péter Magyar\'s Tisza beat Orbán\'s Fidesz in the election.'])).toContain('Tisza=tisza');
    expect(ids(['The Tisza river burst its banks near Szeged after heavy rain.'])).not.toContain('tisza');
    expect(ids(['Партия Мадьяра Тиса победила на выборах в Венгрии.'], 'ru')).toContain('tisza');
    expect(ids(['Річка Тиса вийшла з берегів у Закарпатті.'], 'uk')).not.toContain('tisza');
  });

  it('ANC: South Africa\'s African National Congress, not the Catalan assembly', () => {
    expect(senses(['Ramaphosa\'s ANC lost its majority in South Africa.'])).toContain('ANC=anc');
    expect(ids(['La ANC, l\'Assemblea Nacional Catalana, convocó una manifestación en Barcelona.'], 'es')).not.toContain('anc');
  });

  it('Justice and Development Party: Turkey\'s AKP, not Morocco\'s PJD', () => {
    expect(senses(['Erdoğan\'s Justice and Development Party lost Istanbul to the CHP.'])).toContain('Justice and Development Party=akp');
    expect(ids(['Morocco\'s Justice and Development Party, led by Benkirane, lost the Rabat vote.'])).not.toContain('akp');
    expect(ids(['Le Parti de la justice et du développement d\'Erdogan a perdu Ankara.'], 'fr')).toContain('akp');
    expect(ids(['Le Parti de la justice et du développement, au Maroc, a perdu les élections.'], 'fr')).not.toContain('akp');
    expect(ids(['El Partido de la Justicia y el Desarrollo de Erdogan ganó en Turquía.'], 'es')).toContain('akp');
    expect(ids(['Партия справедливости и развития Эрдогана проиграла в Турции.'], 'ru')).toContain('akp');
    expect(ids(['Партія справедливості та розвитку Ердогана програла в Туреччині.'], 'uk')).toContain('akp');
    expect(ids(['Partia Sprawiedliwości i Rozwoju Erdogana przegrała w Turcji, Turcja jest podzielona.'], 'pl')).toContain('akp');
    expect(ids(['Il Partito della Giustizia e dello Sviluppo di Erdogan ha perso in Turchia.'], 'it')).toContain('akp');
    expect(ids(['O Partido da Justiça e Desenvolvimento de Erdogan perdeu na Turquia.'], 'pt')).toContain('akp');
    expect(ids(['Il Partito della Giustizia e dello Sviluppo del Marocco ha perso.'], 'it')).not.toContain('akp');
  });

  it('PiS in Russian and Ukrainian: Poland\'s party, not the words "law and justice"', () => {
    expect(ids(['Право и справедливость Качиньского проиграла выборы в Польше.'], 'ru')).toContain('pis');
    expect(ids(['Право и справедливость должны восторжествовать, заявил судья.'], 'ru')).not.toContain('pis');
    expect(ids(['Право і справедливість Качинського програла вибори в Польщі.'], 'uk')).toContain('pis');
    expect(ids(['Право і справедливість понад усе, сказав суддя.'], 'uk')).not.toContain('pis');
    expect(ids(['India\'s Ministry of Law and Justice issued the notification.'])).not.toContain('pis');
    expect(ids(['The PIS/Pasep payment is due in February.'], 'pt')).not.toContain('pis');
  });

  it('Republican Party in other languages: the US party, not France\'s or Italy\'s', () => {
    expect(ids(['Die Republikaner von Trump gewannen den Senat.'], 'de')).toContain('republican-party');
    expect(ids(['Le Parti républicain de Trump contrôle le Congrès américain.'], 'fr')).toContain('republican-party');
    expect(ids(['El Partido Republicano de Trump controla el Congreso de Estados Unidos.'], 'es')).toContain('republican-party');
    expect(ids(['O Partido Republicano de Trump controla o Congresso dos Estados Unidos.'], 'pt')).toContain('republican-party');
    expect(ids(['Республиканская партия Трампа контролирует Конгресс США.'], 'ru')).toContain('republican-party');
    expect(ids(['Республіканська партія Трампа контролює Конгрес США.'], 'uk')).toContain('republican-party');
    expect(ids(['Il Partito Repubblicano di Trump controlla il Congresso degli Stati Uniti.'], 'it')).toContain('republican-party');
    expect(ids(['Il Partito Repubblicano Italiano fu fondato da Mazzini.'], 'it')).not.toContain('republican-party');
    expect(ids(['Die Republikaner waren eine rechte Partei in Bayern.'], 'de')).not.toContain('republican-party');
    expect(ids(['El Partido Republicano de Bolivia presentó candidatos.'], 'es')).not.toContain('republican-party');
  });

  it('Democratic Party: the US party, not Japan\'s, Korea\'s or Italy\'s', () => {
    expect(senses(['The Democratic Party chose its leaders after Harris lost to Trump.'])).toContain('Democratic Party=democratic-party');
    expect(ids(['South Korea\'s Democratic Party won the vote in Seoul.'])).not.toContain('democratic-party');
    expect(ids(['Japan\'s Liberal Democratic Party elected a new leader.'])).not.toContain('democratic-party');
    expect(ids(['Die Demokratische Partei der USA verlor gegen Trump.'], 'de')).toContain('democratic-party');
    expect(ids(['Le Parti démocrate de Harris a perdu face à Trump.'], 'fr')).toContain('democratic-party');
    expect(ids(['Le Parti démocrate italien a choisi Elly Schlein, en Italie.'], 'fr')).not.toContain('democratic-party');
    expect(ids(['El Partido Demócrata de Biden perdió ante Trump.'], 'es')).toContain('democratic-party');
    expect(ids(['Partia Demokratyczna Bidena przegrała z Trumpem w USA.'], 'pl')).toContain('democratic-party');
    expect(ids(['O Partido Democrata de Biden perdeu para Trump.'], 'pt')).toContain('democratic-party');
    expect(ids(['El Partido Demócrata de Japón perdió en Tokio.'], 'es')).not.toContain('democratic-party');
  });

  it('Autonomiebehörde and ANP: the Palestinian Authority, not other authorities or Brazil\'s oil agency', () => {
    expect(ids(['Die Autonomiebehörde von Abbas in Ramallah kritisierte Israel.'], 'de')).toContain('palestinian-authority');
    expect(ids(['Die Autonomiebehörde der Gemeindeverwaltung prüft den Antrag.'], 'de')).not.toContain('palestinian-authority');
    expect(ids(['La ANP de Abbas pidió a Israel que liberara los fondos de Cisjordania.'], 'es')).toContain('palestinian-authority');
    expect(ids(["L'ANP di Abbas chiede a Israele di sbloccare i fondi palestinesi."], 'it')).toContain('palestinian-authority');
    expect(ids(['A ANP, a Agência Nacional do Petróleo, leiloou blocos de petróleo.'], 'pt')).not.toContain('palestinian-authority');
  });

  it('OLP, ООП and ОВП: the PLO, not object-oriented programming', () => {
    expect(ids(["L'OLP d'Abbas a reconnu Israël, selon les Palestiniens."], 'fr')).toContain('plo');
    expect(ids(['ООП во главе с Аббасом признала Израиль.'], 'ru')).toContain('plo');
    expect(ids(['ООП и функциональное программирование: что выбрать программисту.'], 'ru')).not.toContain('plo');
    expect(ids(['ОВП на чолі з Аббасом визнала Ізраїль.'], 'uk')).toContain('plo');
  });

  it('GHF: the Gaza Humanitarian Foundation, only with Gaza in view', () => {
    expect(senses(['Palestinians were shot near a GHF food distribution site in Rafah, Gaza.'])).toContain('GHF=gaza-humanitarian-foundation');
    expect(ids(['The GHF, the Global Health Fund, awarded new grants.'])).not.toContain('gaza-humanitarian-foundation');
  });

  it('Union State: Russia and Belarus, not the State of the Union or a federal state', () => {
    expect(senses(['Putin and Lukashenko met in Minsk to deepen the Union State of the two countries, Russia and Belarus.'])).toContain('Union State=union-state');
    expect(ids(['Biden delivered the State of the Union in Congress.'])).not.toContain('union-state');
    expect(ids(['Der Unionsstaat von Russland und Belarus plant eine gemeinsame Währung, sagte Lukaschenko in Minsk und Putin in Moskau.'], 'de')).toContain('union-state');
    expect(ids(['Państwo Związkowe Rosji i Białorusi ma wspólną doktrynę, mówi Łukaszenka.'], 'pl')).toContain('union-state');
    expect(ids(['Niemcy to państwo federalne; Bawaria jest krajem związkowym, a nie Państwo Związkowe w sensie Rosji.'], 'pl')).not.toContain('union-state');
  });

  it('NBU: the National Bank of Ukraine, not Uzbekistan\'s', () => {
    expect(senses(['The NBU held its key rate as Ukraine\'s inflation eased, Pyshnyi said in Kyiv.'])).toContain('NBU=national-bank-of-ukraine');
    expect(ids(['Uzbekistan\'s NBU opened new branches in Tashkent.'])).not.toContain('national-bank-of-ukraine');
  });

  it('DPP: Taiwan\'s Democratic Progressive Party, not Malawi\'s or a prosecutor', () => {
    expect(senses(['Lai\'s DPP lost ground in Taiwan\'s legislature to the KMT.'])).toContain('DPP=dpp');
    expect(senses(['The Democratic Progressive Party governs Taiwan and rejects Beijing\'s claims.'])).toContain('Democratic Progressive Party=dpp');
    expect(ids(['Mutharika\'s Democratic Progressive Party won the election in Malawi.'])).not.toContain('dpp');
    expect(ids(['The DPP decided not to prosecute, the Director of Public Prosecutions said in Dublin, Ireland.'])).not.toContain('dpp');
    expect(ids(['Die Demokratische Fortschrittspartei regiert Taiwan.'], 'de')).toContain('dpp');
    expect(ids(['Le Parti démocrate progressiste gouverne Taïwan.'], 'fr')).toContain('dpp');
    expect(ids(['El Partido Democrático Progresista gobierna Taiwán.'], 'es')).toContain('dpp');
    expect(ids(['Демократическая прогрессивная партия правит на Тайване.'], 'ru')).toContain('dpp');
    expect(ids(['Демократична прогресивна партія править на Тайвані.'], 'uk')).toContain('dpp');
    expect(ids(['Demokratyczna Partia Postępowa rządzi na Tajwan.'], 'pl')).toContain('dpp');
    expect(ids(['Il Partito Progressista Democratico governa Taiwan.'], 'it')).toContain('dpp');
    expect(ids(['O Partido Democrático Progressista governa Taiwan.'], 'pt')).toContain('dpp');
    expect(ids(['O Partido Democrático Progressista venceu no Malawi.'], 'pt')).not.toContain('dpp');
  });

  it('NABU: Ukraine\'s anti-corruption bureau, not the German nature conservation union', () => {
    expect(senses(['NABU detectives searched the homes of Energoatom managers in Kyiv in a corruption case.'])).toContain('NABU=nabu');
    expect(ids(['Der NABU zählt im Winter die Vögel im Garten.'], 'de')).not.toContain('nabu');
    expect(ids(['Der NABU ermittelt gegen Mindich wegen Korruption in der Ukraine.'], 'de')).toContain('nabu');
  });

  it('Белый дом: the US White House, not the Russian government building', () => {
    expect(ids(['Белый дом заявил, что Трамп встретится с Путиным.'], 'ru')).toContain('white-house');
    expect(ids(['В 1993 году танки обстреляли Белый дом на Краснопресненской набережной.'], 'ru')).not.toContain('white-house');
  });

  it('LDP: Japan\'s Liberal Democratic Party, not Russia\'s LDPR or Britain\'s Liberal Democrats', () => {
    expect(senses(['Takaichi\'s LDP won a two-thirds majority in Japan\'s lower house.'])).toContain('LDP=ldp-japan');
    expect(senses(['The Liberal Democratic Party chose Takaichi as leader in Tokyo.'])).toContain('Liberal Democratic Party=ldp-japan');
    expect(ids(['Russia\'s Liberal Democratic Party, founded by Zhirinovsky, backed the war.'])).not.toContain('ldp-japan');
    expect(ids(['Russia\'s Liberal Democratic Party, founded by Zhirinovsky, backed the war.'])).not.toContain('democratic-party');
    expect(ids(['The LDP councillor in Leeds, a Liberal Democrats member, won again in Britain.'])).not.toContain('ldp-japan');
    expect(ids(['Die Liberaldemokratische Partei von Takaichi gewann in Japan.'], 'de')).toContain('ldp-japan');
    expect(ids(['Le Parti libéral-démocrate de Takaichi a gagné au Japon.'], 'fr')).toContain('ldp-japan');
    expect(ids(['El Partido Liberal Democrático de Takaichi ganó en Japón.'], 'es')).toContain('ldp-japan');
    expect(ids(['Partia Liberalno-Demokratyczna Takaichi wygrała w Japonii.'], 'pl')).toContain('ldp-japan');
    expect(ids(['Il Partito Liberal Democratico di Takaichi ha vinto in Giappone.'], 'it')).toContain('ldp-japan');
    expect(ids(['O Partido Liberal Democrata de Takaichi venceu no Japão.'], 'pt')).toContain('ldp-japan');
    expect(ids(['El Partido Liberal Democrático de Rusia apoyó la guerra.'], 'es')).not.toContain('ldp-japan');
  });

  it('Servant of the People: Zelensky\'s party, not the TV series', () => {
    expect(senses(['The Servant of the People faction in the Rada backed the bill.'])).toContain('Servant of the People=servant-of-the-people');
    expect(ids(['Zelensky starred as a teacher in the TV series Servant of the People, now on Netflix.'])).not.toContain('servant-of-the-people');
    expect(ids(['Die Fraktion Diener des Volkes stimmte im Parlament zu.'], 'de')).toContain('servant-of-the-people');
    expect(ids(['Le parti Serviteur du peuple a voté au Parlement.'], 'fr')).toContain('servant-of-the-people');
    expect(ids(['El partido Servidor del Pueblo votó en el parlamento.'], 'es')).toContain('servant-of-the-people');
    expect(ids(['Фракция Слуга народа проголосовала в Раде.'], 'ru')).toContain('servant-of-the-people');
    expect(ids(['Фракція Слуга народу проголосувала у Раді.'], 'uk')).toContain('servant-of-the-people');
    expect(ids(['Серіал Слуга народу вийшов на Netflix.'], 'uk')).not.toContain('servant-of-the-people');
    expect(ids(['Partia Sługa Narodu poparła ustawę w parlamencie.'], 'pl')).toContain('servant-of-the-people');
    expect(ids(['Il partito Servitore del popolo ha votato in parlamento.'], 'it')).toContain('servant-of-the-people');
    expect(ids(['O partido Servo do Povo votou no parlamento.'], 'pt')).toContain('servant-of-the-people');
  });

  it('House of Representatives: the US House, not Australia\'s, Japan\'s or Belgium\'s', () => {
    expect(senses(['The House of Representatives passed the bill and Speaker Johnson sent it to the Senate.'])).toContain('House of Representatives=us-house');
    expect(ids(['Australia\'s House of Representatives sat late in Canberra.'])).not.toContain('us-house');
    expect(ids(['Das Repräsentantenhaus in Washington stimmte für Trumps Haushalt.'], 'de')).toContain('us-house');
    expect(ids(['La Chambre des représentants de Belgique a voté la loi.'], 'fr')).not.toContain('us-house');
    expect(ids(['La Chambre des représentants à Washington a voté le budget de Trump.'], 'fr')).toContain('us-house');
    expect(ids(['La Cámara de Representantes de Estados Unidos aprobó el presupuesto de Trump.'], 'es')).toContain('us-house');
    expect(ids(['La Cámara de Representantes de Colombia aprobó la reforma.'], 'es')).not.toContain('us-house');
    expect(ids(['Izba Reprezentantów w Waszyngtonie przyjęła budżet Trumpa, USA.'], 'pl')).toContain('us-house');
    expect(ids(['La Camera dei rappresentanti americana ha approvato il bilancio di Trump.'], 'it')).toContain('us-house');
    expect(ids(['A Câmara dos Representantes americana aprovou o orçamento de Trump.'], 'pt')).toContain('us-house');
  });

  it('ICE: the US immigration agency, not the German train or the exchange', () => {
    expect(senses(['ICE agents detained dozens of immigrants in raids in Minneapolis.'])).toContain('ICE=ice');
    expect(ids(['Der ICE nach München fiel wegen einer Störung bei der Deutschen Bahn aus.'], 'de')).not.toContain('ice');
    expect(ids(['ICE Brent futures rose 2% on Monday.'])).not.toContain('ice');
    expect(ids(['Proteste gegen die Abschiebungen der ICE in Minneapolis.'], 'de')).toContain('ice');
  });

  it('Assembly of Experts in German, Russian and Ukrainian: Iran\'s, not any expert panel', () => {
    expect(ids(['Der Expertenrat in Teheran ernannte Mojtaba Khamenei zum Nachfolger.'], 'de')).toContain('assembly-of-experts');
    expect(ids(['Der Expertenrat für Klimafragen der Bundesregierung legte sein Gutachten vor.'], 'de')).not.toContain('assembly-of-experts');
    expect(ids(['Совет экспертов Ирана избрал нового верховного лидера.'], 'ru')).toContain('assembly-of-experts');
    expect(ids(['Совет экспертов Минздрава рекомендовал новую вакцину.'], 'ru')).not.toContain('assembly-of-experts');
    expect(ids(['Рада експертів Ірану обрала нового верховного лідера.'], 'uk')).toContain('assembly-of-experts');
    expect(ids(['Рада експертів при міністерстві освіти України зібралася у Києві.'], 'uk')).not.toContain('assembly-of-experts');
  });

  it('Majlis: Iran\'s parliament, not the Maldivian or Uzbek one', () => {
    expect(senses(['Iran\'s Majlis voted to suspend cooperation with the IAEA, Ghalibaf said in Tehran.'])).toContain('Majlis=islamic-consultative-assembly');
    expect(ids(['The People\'s Majlis in the Maldives passed the media bill.'])).not.toContain('islamic-consultative-assembly');
    expect(ids(['Uzbekistan\'s Oliy Majlis approved the budget.'])).not.toContain('islamic-consultative-assembly');
  });

  it('CHP: Turkey\'s opposition party, not combined heat and power or the California Highway Patrol', () => {
    expect(senses(['The CHP called mass protests after İmamoğlu was detained in Istanbul.'])).toContain('CHP=chp');
    expect(ids(['The plant uses CHP, combined heat and power, to cut emissions.'])).not.toContain('chp');
    expect(ids(['The CHP closed the highway after the crash, California officials said.'])).not.toContain('chp');
  });

  it('PTI: Imran Khan\'s party, not the Press Trust of India', () => {
    expect(senses(['Imran Khan\'s PTI called protests in Islamabad over his detention.'])).toContain('PTI=pti');
    expect(ids(['The minister told PTI that the talks in New Delhi went well.'])).not.toContain('pti');
    expect(ids(['PTI After Mountbatten\'s decision, it was decided to establish two dominions, India and Pakistan.'])).not.toContain('pti');
  });

  it('BNP: the Bangladesh Nationalist Party, not BNP Paribas or the British National Party', () => {
    expect(senses(['The BNP of Tarique Rahman won the election in Bangladesh.'])).toContain('BNP=bnp');
    expect(ids(['BNP Paribas shares rose in Paris.'])).not.toContain('bnp');
    expect(ids(['The BNP, the British National Party, once led by Nick Griffin, fielded candidates.'])).not.toContain('bnp');
  });

  it('EPP, EVP and PPE: the European People\'s Party, not protective equipment or a Swiss party', () => {
    expect(senses(['The EPP, led by Weber, is the largest group in the European Parliament.'])).toContain('EPP=european-peoples-party');
    expect(ids(['Die EVP im Europaparlament unterstützte von der Leyen.'], 'de')).toContain('european-peoples-party');
    expect(ids(['Die EVP, die Evangelische Volkspartei der Schweiz, verlor Sitze.'], 'de')).not.toContain('european-peoples-party');
    expect(ids(['Le PPE de Weber reste le premier groupe au Parlement européen.'], 'fr')).toContain('european-peoples-party');
    expect(ids(['La PPE, la programmation pluriannuelle de l\'énergie, prévoit de nouveaux réacteurs.'], 'fr')).not.toContain('european-peoples-party');
    expect(ids(['El PPE de Weber sigue siendo el mayor grupo del Parlamento Europeo.'], 'es')).toContain('european-peoples-party');
  });
});
