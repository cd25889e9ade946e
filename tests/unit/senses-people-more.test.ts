// Ambiguous names of the people in data/entries/people-more.json, each in news sentences, decided by
// the real dataset's rules: the person where the context says so, nobody otherwise.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('more people: ambiguous names', () => {
  it('Gallant: the former Israeli defence minister, not the word or other Gallants', () => {
    expect(senses(['Gallant told the Knesset that the IDF needed more troops for Gaza.'])).toContain('Gallant=yoav-gallant');
    expect(ids(['Gallant Fox won the Triple Crown, and the racehorse is still remembered.'])).not.toContain('yoav-gallant');
    expect(senses(['Галант заявил, что Израиль продолжит операцию в Газе.'], 'ru')).toContain('Галант=yoav-gallant');
    expect(ids(['Галант — так называлась модель автомобиля Mitsubishi.'], 'ru')).not.toContain('yoav-gallant');
  });

  it('Greer: the US trade representative, not Germaine Greer', () => {
    expect(senses(['Greer said the tariffs would stay until the trade deal was signed.'])).toContain('Greer=jamieson-greer');
    expect(ids(['Germaine Greer, the feminist author of The Female Eunuch, spoke at the festival.'])).not.toContain('jamieson-greer');
    expect(ids(['Greer played the mother in the comedy and was praised by critics.'])).not.toContain('jamieson-greer');
    expect(senses(['Грир заявил, что пошлины сохранятся, пока не будет подписана сделка.'], 'ru')).toContain('Грир=jamieson-greer');
    expect(senses(['Грір заявив, що мита залишаться до підписання угоди.'], 'uk')).toContain('Грір=jamieson-greer');
  });

  it('Larijani: the late Iranian security chief, not his brother', () => {
    expect(senses(['Larijani, the secretary of the security council, said Iran would not negotiate under fire.'])).toContain('Larijani=ali-larijani');
    expect(ids(['Sadegh Larijani, the former judiciary chief, chairs the Expediency Council.'])).not.toContain('ali-larijani');
    expect(senses(['Лариджани заявил, что Иран не будет вести переговоры под огнём.'], 'ru')).toContain('Лариджани=ali-larijani');
    expect(senses(['Ларіджані заявив, що Іран не вестиме переговорів.'], 'uk')).toContain('Ларіджані=ali-larijani');
  });

  it('Fedorov: the Ukrainian defence minister, not other Fedorovs', () => {
    expect(senses(['Fedorov said Ukraine would double drone production this year.'])).toContain('Fedorov=mykhailo-fedorov');
    expect(ids(['Ivan Fedorov, the governor of Zaporizhzhia, reported new shelling.'])).not.toContain('mykhailo-fedorov');
    expect(ids(['Fedorov scored twice for Detroit as the hockey season opened.'])).not.toContain('mykhailo-fedorov');
    expect(senses(['Fedorow kündigte an, die Ukraine werde mehr Drohnen bauen.'], 'de')).toContain('Fedorow=mykhailo-fedorov');
    expect(senses(['Федоров заявил, что Украина удвоит производство дронов.'], 'ru')).toContain('Федоров=mykhailo-fedorov');
    expect(ids(['Федоров забил две шайбы в матче НХЛ.'], 'ru')).not.toContain('mykhailo-fedorov');
  });

  it('Georgieva: the IMF chief, not another Georgieva', () => {
    expect(senses(['Georgieva said the IMF would cut its forecast for the global economy.'])).toContain('Georgieva=kristalina-georgieva');
    expect(ids(['Georgieva won the floor final as the Bulgarian gymnastics team took gold.'])).not.toContain('kristalina-georgieva');
    expect(senses(['Георгиева заявила, что МВФ понизит прогноз роста.'], 'ru')).toContain('Георгиева=kristalina-georgieva');
    expect(senses(['Георгієва заявила, що МВФ знизить прогноз.'], 'uk')).toContain('Георгієва=kristalina-georgieva');
  });

  it('Lagarde: the ECB president, not Jean-Christophe Lagarde', () => {
    expect(senses(['Lagarde said the ECB would keep interest rates on hold until inflation eased.'])).toContain('Lagarde=christine-lagarde');
    expect(ids(['Jean-Christophe Lagarde, the UDI deputy for Drancy, criticised the bill.'], 'fr')).not.toContain('christine-lagarde');
    expect(ids(['Lagarde, a local baker, opened a second shop in the village.'])).not.toContain('christine-lagarde');
    expect(senses(['Лагард заявила, что ЕЦБ сохранит ставки.'], 'ru')).toContain('Лагард=christine-lagarde');
  });

  it('Tom Fletcher: the UN aid chief, not the McFly musician', () => {
    expect(senses(['Tom Fletcher, the UN humanitarian chief, said aid trucks were blocked at the Gaza crossings.'])).toContain('Tom Fletcher=tom-fletcher');
    expect(ids(['Tom Fletcher of McFly said the band would tour again next year.'])).not.toContain('tom-fletcher');
    expect(senses(['Том Флетчер, глава гуманитарного ведомства ООН, предупредил о голоде.'], 'ru')).toContain('Том Флетчер=tom-fletcher');
  });

  it('Lazzarini: the UNRWA chief, not another Lazzarini', () => {
    expect(senses(['Lazzarini said UNRWA could not keep schools open in Gaza without funding.'])).toContain('Lazzarini=philippe-lazzarini');
    expect(ids(['Lazzarini scored in the second half as the Serie A side won.'])).not.toContain('philippe-lazzarini');
    expect(senses(['Лаццарини заявил, что БАПОР не сможет работать в Газе.'], 'ru')).toContain('Лаццарини=philippe-lazzarini');
    expect(senses(['Лаццаріні заявив, що БАПОР не зможе працювати в Газі без фінансування ООН.'], 'uk')).toContain('Лаццаріні=philippe-lazzarini');
  });

  it('Wiles: the White House chief of staff, not Andrew Wiles', () => {
    expect(senses(['Wiles, the White House chief of staff, told Trump the bill lacked votes.'])).toContain('Wiles=susie-wiles');
    expect(ids(['Andrew Wiles proved Fermat\'s Last Theorem; Wiles worked on it for seven years.'])).not.toContain('susie-wiles');
    expect(senses(['Уайлс, глава администрации Белого дома, встретилась с сенаторами.'], 'ru')).toContain('Уайлс=susie-wiles');
    expect(senses(['Вайлс, голова адміністрації Білого дому, зустрілася з сенаторами.'], 'uk')).toContain('Вайлс=susie-wiles');
  });

  it('Leavitt: the White House press secretary, not Mike Leavitt', () => {
    expect(senses(['Leavitt told the White House briefing that Trump would not back down.'])).toContain('Leavitt=karoline-leavitt');
    expect(ids(['Mike Leavitt, a former governor of Utah, led the health department; Leavitt later ran a consultancy.'])).not.toContain('karoline-leavitt');
    expect(senses(['Левитт, пресс-секретарь Белого дома, заявила, что Трамп не отступит.'], 'ru')).toContain('Левитт=karoline-leavitt');
    expect(senses(['Лівітт, речниця Білого дому, заявила, що Трамп не відступить.'], 'uk')).toContain('Лівітт=karoline-leavitt');
  });

  it('Stephen Miller: the Trump aide, not another Stephen Miller', () => {
    expect(senses(['Stephen Miller said the White House would expand deportations this summer.'])).toContain('Stephen Miller=stephen-miller');
    expect(ids(['Stephen Miller, the guitarist, joined the band on stage for an encore.'])).not.toContain('stephen-miller');
    expect(senses(['Стивен Миллер заявил, что Белый дом расширит депортации.'], 'ru')).toContain('Стивен Миллер=stephen-miller');
    expect(senses(['Стівен Міллер заявив, що Білий дім розширить депортації.'], 'uk')).toContain('Стівен Міллер=stephen-miller');
  });

  it('Barrack: the US envoy for Syria, not Obama or barracks', () => {
    expect(senses(['Barrack met al-Sharaa in Damascus to discuss sanctions on Syria.'])).toContain('Barrack=tom-barrack');
    expect(ids(['Barrack Street runs past the old harbour, lined with cafes.'])).not.toContain('tom-barrack');
    expect(senses(['Баррак встретился в Дамаске с руководством Сирии.'], 'ru')).toContain('Баррак=tom-barrack');
    expect(senses(['Баррак зустрівся в Дамаску з керівництвом Сирії.'], 'uk')).toContain('Баррак=tom-barrack');
  });

  it('Bondi: the US attorney general, not the Sydney beach', () => {
    expect(senses(['Bondi said the Justice Department would release more of the Epstein files.'])).toContain('Bondi=pam-bondi');
    expect(ids(['Surfers crowded Bondi Beach as Sydney sweltered in the heat.'])).not.toContain('pam-bondi');
    expect(ids(['Bondi was packed with tourists as Australia marked the holiday.'])).not.toContain('pam-bondi');
    expect(senses(['Бонди заявила, что Министерство юстиции опубликует документы ФБР.'], 'ru')).toContain('Бонди=pam-bondi');
    expect(senses(['Бонді заявила, що генеральний прокурор США оприлюднить документи.'], 'uk')).toContain('Бонді=pam-bondi');
  });

  it('Boulos: the US adviser for Africa, not Michael Boulos', () => {
    expect(senses(['Boulos said Congo and Rwanda would sign the deal in Washington.'])).toContain('Boulos=massad-boulos');
    expect(ids(['Michael Boulos married Tiffany at Mar-a-Lago; Boulos grew up in Nigeria.'])).not.toContain('massad-boulos');
    expect(senses(['Булос заявил, что Конго и Руанда подпишут соглашение.'], 'ru')).toContain('Булос=massad-boulos');
    expect(senses(['Булос заявив, що Конго і Руанда підпишуть угоду.'], 'uk')).toContain('Булос=massad-boulos');
  });

  it('Sikorski: the Polish foreign minister, not the wartime general', () => {
    expect(senses(['Sikorski said Poland would keep backing Ukraine in the EU.'])).toContain('Sikorski=radoslaw-sikorski');
    expect(ids(['Władysław Sikorski led the Polish government in exile; Sikorski died at Gibraltar in 1943.'])).not.toContain('radoslaw-sikorski');
    expect(senses(['Сикорский заявил, что Польша продолжит помогать Украине.'], 'ru')).toContain('Сикорский=radoslaw-sikorski');
    expect(senses(['Сікорський заявив, що Польща й далі допомагатиме Україні.'], 'uk')).toContain('Сікорський=radoslaw-sikorski');
  });

  it('Cabello: the Venezuelan interior minister, not Camila Cabello or hair', () => {
    expect(senses(['Cabello said Venezuela\'s police would guard Caracas after the vote.'])).toContain('Cabello=diosdado-cabello');
    expect(ids(['Camila Cabello released a new single; Cabello will tour Europe in spring.'])).not.toContain('diosdado-cabello');
    expect(ids(['Se cortó el cabello antes de la boda.'], 'es')).not.toContain('diosdado-cabello');
    expect(senses(['Кабельо заявил, что полиция Венесуэлы будет охранять Каракас.'], 'ru')).toContain('Кабельо=diosdado-cabello');
    expect(senses(['Кабельо заявив, що поліція Венесуели охоронятиме Каракас.'], 'uk')).toContain('Кабельо=diosdado-cabello');
  });

  it('Osmani: the Kosovo president, not Bujar Osmani', () => {
    expect(senses(['Osmani said Kosovo would never accept a Serbian veto on its statehood.'])).toContain('Osmani=vjosa-osmani');
    expect(ids(['Bujar Osmani, North Macedonia\'s foreign minister, chaired the OSCE; Osmani spoke in Skopje.'])).not.toContain('vjosa-osmani');
    expect(senses(['Османи заявила, что Косово не примет вето Сербии.'], 'ru')).toContain('Османи=vjosa-osmani');
    expect(senses(['Османі заявила, що Косово не прийме вето Сербії.'], 'uk')).toContain('Османі=vjosa-osmani');
  });

  it('Zardari: the Pakistani president, not Bilawal', () => {
    expect(senses(['President Zardari signed the constitutional amendment in Islamabad.'])).toContain('Zardari=asif-ali-zardari');
    expect(ids(['Bilawal Bhutto Zardari, the PPP chairman, addressed a rally in Karachi.'])).not.toContain('asif-ali-zardari');
    expect(senses(['Bilawal Bhutto Zardari, the PPP chairman, addressed a rally in Karachi.'])).toContain('Bilawal Bhutto Zardari=bilawal-bhutto-zardari');
    expect(senses(['Зардари подписал поправку как президент Пакистана.'], 'ru')).toContain('Зардари=asif-ali-zardari');
    expect(senses(['Зардарі підписав поправку як президент Пакистану.'], 'uk')).toContain('Зардарі=asif-ali-zardari');
  });

  it('Barghouti: Marwan, not Mustafa or Omar Barghouti', () => {
    expect(senses(['Hamas demanded that Israel free Barghouti in the prisoner exchange.'])).toContain('Barghouti=marwan-barghouti');
    expect(ids(['Mustafa Barghouti, of the Palestinian National Initiative, called for elections.'])).not.toContain('marwan-barghouti');
    expect(ids(['Omar Barghouti, a founder of the BDS movement, spoke at the campus event.'])).not.toContain('marwan-barghouti');
    expect(senses(['ХАМАС потребовал освободить Баргути в рамках обмена пленными с Израилем.'], 'ru')).toContain('Баргути=marwan-barghouti');
    expect(senses(['ХАМАС вимагав звільнити Баргуті в обміні полоненими з Ізраїлем.'], 'uk')).toContain('Баргуті=marwan-barghouti');
  });

  it('Bennett: the former Israeli prime minister, not another Bennett', () => {
    expect(senses(['Bennett said his party would not sit with Netanyahu after the Knesset election.'])).toContain('Bennett=naftali-bennett');
    expect(ids(['Tony Bennett sang at the gala; Bennett was 95.'])).not.toContain('naftali-bennett');
    expect(ids(['Bennett scored a late try as the home side won the rugby final.'])).not.toContain('naftali-bennett');
    expect(senses(['Беннет заявил, что его партия не войдёт в правительство с Нетаньяху, и Израиль ждут выборы.'], 'ru')).toContain('Беннет=naftali-bennett');
    expect(senses(['Беннет заявив, що Ізраїль потребує нового уряду.'], 'uk')).toContain('Беннет=naftali-bennett');
  });

  it('Radev: the former Bulgarian president, not another Radev', () => {
    expect(senses(['Radev said his new party would fight corruption in Bulgaria.'])).toContain('Radev=rumen-radev');
    expect(ids(['Radev scored the winner for Levski in the derby.'])).not.toContain('rumen-radev');
    expect(senses(['Radew kündigte an, in Bulgarien eine neue Partei zu gründen.'], 'de')).toContain('Radew=rumen-radev');
    expect(senses(['Радев заявил, что его партия будет бороться с коррупцией в Болгарии.'], 'ru')).toContain('Радев=rumen-radev');
  });

  it('Kabila: Joseph, not his father Laurent-Désiré', () => {
    expect(senses(['Kabila was sentenced to death in absentia after Tshisekedi accused him of backing the M23.'])).toContain('Kabila=joseph-kabila');
    expect(ids(['Laurent-Désiré Kabila seized power in 1997 and was assassinated in 2001.'])).not.toContain('joseph-kabila');
    expect(senses(['Кабила был заочно приговорён к смертной казни в Конго.'], 'ru')).toContain('Кабила=joseph-kabila');
    expect(senses(['Кабіла був заочно засуджений до страти в Конго.'], 'uk')).toContain('Кабіла=joseph-kabila');
  });

  it('Halevi: the former Israeli army chief, not the poet', () => {
    expect(senses(['Halevi said the IDF had failed to protect Israel on October 7.'])).toContain('Halevi=herzi-halevi');
    expect(ids(['Judah Halevi, the medieval poet, wrote the Kuzari; Halevi died around 1141.'])).not.toContain('herzi-halevi');
    expect(senses(['Халеви признал, что ЦАХАЛ не смог защитить Израиль 7 октября.'], 'ru')).toContain('Халеви=herzi-halevi');
    expect(senses(['Галеві визнав, що ЦАХАЛ не зміг захистити Ізраїль.'], 'uk')).toContain('Галеві=herzi-halevi');
  });

  it('Klitschko: the Kyiv mayor, not his brother Wladimir', () => {
    expect(senses(['Klitschko said Kyiv would open more heating points after the strikes.'])).toContain('Klitschko=vitali-klitschko');
    expect(ids(['Wladimir Klitschko defended his heavyweight titles in Düsseldorf.'])).not.toContain('vitali-klitschko');
    expect(ids(['Klitschko knocked out his challenger in the ninth round of the bout.'])).not.toContain('vitali-klitschko');
    expect(senses(['Кличко заявил, что в Киеве откроют новые пункты обогрева.'], 'ru')).toContain('Кличко=vitali-klitschko');
    expect(senses(['Кличко заявив, що в Києві відкриють нові пункти обігріву.'], 'uk')).toContain('Кличко=vitali-klitschko');
    expect(senses(['Kliczko powiedział, że w Kijowie otwarte zostaną punkty grzewcze.'], 'pl')).toContain('Kliczko=vitali-klitschko');
  });

  it('Volodin: the Duma chairman, not another Volodin', () => {
    expect(senses(['Volodin told the State Duma that Russia would not yield to sanctions.'])).toContain('Volodin=vyacheslav-volodin');
    expect(ids(['Volodin scored twice for the hockey club in the final.'])).not.toContain('vyacheslav-volodin');
    expect(senses(['Володин заявил, что Госдума рассмотрит закон на этой неделе.'], 'ru')).toContain('Володин=vyacheslav-volodin');
    expect(senses(['Володін заявив, що Держдума розгляне закон.'], 'uk')).toContain('Володін=vyacheslav-volodin');
    expect(senses(['Wolodin sagte, die Staatsduma werde das Gesetz beraten.'], 'de')).toContain('Wolodin=vyacheslav-volodin');
    expect(senses(['Wołodin powiedział, że Rosja nie ustąpi wobec sankcji.'], 'pl')).toContain('Wołodin=vyacheslav-volodin');
  });

  it('Amina Mohammed: the UN deputy chief, not a namesake', () => {
    expect(senses(['Amina Mohammed, the UN deputy secretary-general, opened the conference.'])).toContain('Amina Mohammed=amina-mohammed');
    expect(ids(['Amina Mohammed won the 800 metres at the school athletics meeting.'])).not.toContain('amina-mohammed');
  });

  it('Гринкевич: the NATO commander in Europe, not a namesake', () => {
    expect(senses(['Гринкевич, командующий силами НАТО в Европе, прибыл в Брюссель.'], 'ru')).toContain('Гринкевич=alexus-grynkewich');
    expect(ids(['Гринкевич забил гол за минскую команду.'], 'ru')).not.toContain('alexus-grynkewich');
    expect(senses(['Гринкевич, командувач сил НАТО в Європі, прибув до Брюсселя.'], 'uk')).toContain('Гринкевич=alexus-grynkewich');
  });

  it('Le Pen: Marine, not her father Jean-Marie', () => {
    expect(senses(['Le Pen said the Rassemblement National would win the 2027 presidential election.'])).toContain('Le Pen=marine-le-pen');
    expect(ids(['Jean-Marie Le Pen founded the Front National in 1972; Le Pen died in 2025.'])).not.toContain('marine-le-pen');
    expect(senses(['Ле Пен заявила, что Национальное объединение победит на выборах 2027 года.'], 'ru')).toContain('Ле Пен=marine-le-pen');
  });

  it('Bardella: the RN president, and Jordan Bardella is not the country', () => {
    expect(senses(['Bardella said the RN would table a censure motion against the government.'])).toContain('Bardella=jordan-bardella');
    expect(ids(['Jordan Bardella addressed supporters in Perpignan.'])).not.toContain('jordan');
  });

  it('Lieberman: the Israeli politician, not Joe Lieberman', () => {
    expect(senses(['Lieberman said Yisrael Beiteinu would not join a Netanyahu coalition.'])).toContain('Lieberman=avigdor-lieberman');
    expect(senses(['Liberman told the Knesset that Israel needed a draft law for all.'])).toContain('Liberman=avigdor-lieberman');
    expect(ids(['Joe Lieberman, the Connecticut senator, was Al Gore\'s running mate; Lieberman died in 2024.'])).not.toContain('avigdor-lieberman');
    expect(senses(['Либерман заявил, что его партия не войдёт в коалицию с Нетаньяху, и Израиль ждут выборы.'], 'ru')).toContain('Либерман=avigdor-lieberman');
    expect(senses(['Ліберман заявив, що Ізраїль потребує нового уряду.'], 'uk')).toContain('Ліберман=avigdor-lieberman');
  });
});
