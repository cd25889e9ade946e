// Ambiguous surnames of world leaders (data/entries/people-world.json), each in news sentences,
// decided by the real dataset's rules: the leader where the context says so, nobody otherwise.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('world leaders: ambiguous surnames', () => {
  it('Sánchez: the Spanish prime minister, not a footballer', () => {
    expect(senses(['Sánchez told the Spanish parliament in Madrid that the budget would pass.'])).toContain('Sánchez=pedro-sanchez');
    expect(ids(['Sánchez scored twice as Inter came from behind to win in the league.'])).not.toContain('pedro-sanchez');
    expect(ids(['Sánchez hit a two-run homer for the Yankees in the eighth inning.'])).not.toContain('pedro-sanchez');
  });

  it('Fico: the Slovak prime minister, not Roberto Fico or the Italian word', () => {
    expect(senses(['Fico said Slovakia would not send weapons to Ukraine from army stocks.'])).toContain('Fico=robert-fico');
    expect(ids(['Fico, presidente della Campania, ha incontrato i sindaci a Napoli.'], 'it')).not.toContain('robert-fico');
  });

  it('Frederiksen: the Danish prime minister, not another Frederiksen', () => {
    expect(senses(['Frederiksen said Greenland was not for sale and that Denmark would boost Arctic defence.'])).toContain('Frederiksen=mette-frederiksen');
    expect(ids(['Frederiksen scored seven goals as the handball team reached the final.'])).not.toContain('mette-frederiksen');
  });

  it('Sisi: the Egyptian president, not the Austrian empress', () => {
    expect(senses(['Sisi hosted the talks in Cairo as Egypt pressed for a lasting ceasefire in Gaza.'])).toContain('Sisi=abdel-fattah-el-sisi');
    expect(ids(['Sisi, Kaiserin von Österreich, war mit Franz Joseph verheiratet.'], 'de')).not.toContain('abdel-fattah-el-sisi');
    expect(ids(['The musical follows Sisi, the Habsburg empress, through her unhappy marriage.'])).not.toContain('abdel-fattah-el-sisi');
  });

  it('King Abdullah: Jordan, not Saudi Arabia', () => {
    expect(senses(['King Abdullah warned in Amman that Jordan would not accept displaced Gazans.'])).toContain('King Abdullah=abdullah-ii');
    expect(ids(['King Abdullah of Saudi Arabia died in Riyadh in January 2015.'])).not.toContain('abdullah-ii');
  });

  it('Aoun: Joseph Aoun, not Michel Aoun', () => {
    expect(senses(['Aoun told Lebanese officials in Baabda that Hezbollah must disarm.'])).toContain('Aoun=joseph-aoun');
    expect(ids(['Michel Aoun, a former army chief, was president from 2016 to 2022; Aoun founded the Free Patriotic Movement.'])).not.toContain('joseph-aoun');
  });

  it('Salam: the Lebanese prime minister, not the greeting or Tammam Salam', () => {
    expect(senses(['Salam said the Lebanese government would extend state authority over all weapons.'])).toContain('Salam=nawaf-salam');
    expect(ids(['Tammam Salam led the cabinet while the presidency was vacant; Salam left office in 2016.'])).not.toContain('nawaf-salam');
    expect(ids(['He greeted the guests with a warm salam and a smile.'])).not.toContain('nawaf-salam');
  });

  it('Burhan: the Sudanese army chief, not another Burhan', () => {
    expect(senses(['Burhan vowed that the army would retake Darfur from the RSF.'])).toContain('Burhan=abdel-fattah-al-burhan');
    expect(ids(['Burhan Wani was killed in Kashmir in 2016, setting off months of unrest.'])).not.toContain('abdel-fattah-al-burhan');
  });

  it('Qassem: the Hezbollah leader, not Soleimani', () => {
    expect(senses(['Qassem said Hezbollah would not hand over its weapons while Israel occupied Lebanese land.'])).toContain('Qassem=naim-qassem');
    expect(ids(['The Quds Force commander Qassem was killed by a US drone at Baghdad airport.'])).not.toContain('naim-qassem');
  });

  it('Abbas: the Palestinian president, not Abbas Araghchi', () => {
    expect(senses(['Abbas told the Palestinian leadership in Ramallah that elections would be held.'])).toContain('Abbas=mahmoud-abbas');
    expect(ids(['Abbas, the Iranian foreign minister, said Iran was ready for indirect talks; Araghchi spoke in Muscat.'])).not.toContain('mahmoud-abbas');
  });

  it('Sharif: Shehbaz, not Nawaz', () => {
    expect(senses(['Sharif said Pakistan wanted peace with India after the ceasefire.'])).toContain('Sharif=shehbaz-sharif');
    expect(ids(['Nawaz Sharif returned from exile in London; Sharif had been ousted by the supreme court in 2017.'])).not.toContain('shehbaz-sharif');
  });

  it('Machado: the Venezuelan opposition leader, not the poet', () => {
    expect(senses(['Machado said the Venezuelan opposition had won the election against Maduro.'])).toContain('Machado=maria-corina-machado');
    expect(ids(['Machado, the Spanish poet, died in exile in France in 1939.'])).not.toContain('maria-corina-machado');
  });

  it('Katz: the Israeli defence minister, not another Katz', () => {
    expect(senses(['Katz said the Israeli army would stay in southern Lebanon until Hezbollah disarmed.'])).toContain('Katz=israel-katz');
    expect(ids(['Katz, a Harvard economist, argued that wages had stagnated for decades.'])).not.toContain('israel-katz');
  });

  it('Saar: the Israeli foreign minister, not the German region', () => {
    expect(senses(['Saar, the Israeli foreign minister, met his counterpart in Jerusalem.'])).toContain('Saar=gideon-saar');
    expect(ids(['Die Saar ist in Saarbrücken über die Ufer getreten.'], 'de')).not.toContain('gideon-saar');
  });

  it('Lapid: the Israeli opposition leader, not the film director', () => {
    expect(senses(['Lapid, the leader of the opposition, accused the Israeli government of abandoning the hostages.'])).toContain('Lapid=yair-lapid');
    expect(ids(['Nadav Lapid won the Golden Bear; the new film by the director premiered at Cannes.'])).not.toContain('yair-lapid');
  });

  it('Herzog: the Israeli president, not Werner Herzog', () => {
    expect(senses(['Herzog said he would consider the pardon request with the gravity it deserved, Israel\'s president told reporters.'])).toContain('Herzog=isaac-herzog');
    expect(ids(['Werner Herzog narrates the documentary; Herzog shot the film in Antarctica.'])).not.toContain('isaac-herzog');
  });

  it('Ганц: Benny Gantz on Russian pages, not the actor Bruno Ganz', () => {
    expect(ids(['Ганц заявил, что Израиль должен вернуть заложников.'], 'ru')).toContain('benny-gantz');
    expect(ids(['Бруно Ганц сыграл в фильме «Бункер»; Ганц умер в 2019 году.'], 'ru')).not.toContain('benny-gantz');
  });

  it('Stocker: the Austrian chancellor, not the word', () => {
    expect(senses(['Stocker said Austria would stay neutral but support EU sanctions, the chancellor told reporters in Vienna.'])).toContain('Stocker=christian-stocker');
    expect(ids(['Stocker cattle prices rose at the livestock auction this week.'])).not.toContain('christian-stocker');
  });

  it('Abela: the Maltese prime minister, not George Abela', () => {
    expect(senses(['Abela said Malta would host the talks in Valletta.'])).toContain('Abela=robert-abela');
    expect(ids(['George Abela served as president from 2009; Abela was a footballer before entering politics.'])).not.toContain('robert-abela');
  });

  it('Bayramov: the Azerbaijani foreign minister, not a footballer', () => {
    expect(senses(['Bayramov said Azerbaijan was ready to sign the peace treaty with Armenia.'])).toContain('Bayramov=jeyhun-bayramov');
    expect(ids(['Bayramov scored the winner for Qarabağ in the Champions League qualifier.'])).not.toContain('jeyhun-bayramov');
  });

  it('Mohammad Mustafa: the Palestinian prime minister, not a namesake', () => {
    expect(senses(['Mohammad Mustafa, the Palestinian prime minister, presented a reform plan in Ramallah.'])).toContain('Mohammad Mustafa=mohammad-mustafa');
    expect(ids(['Mohammad Mustafa scored a century as Pakistan beat the visitors at the cricket ground.'])).not.toContain('mohammad-mustafa');
  });

  it('Zamir: the Israeli army chief, not Zamir Kabulov', () => {
    expect(senses(['Zamir, the IDF chief of staff, presented the Gaza plan to the Israeli cabinet.'])).toContain('Zamir=eyal-zamir');
    expect(ids(['Zamir Kabulov, the Russian envoy for Afghanistan, met Taliban officials; Zamir said talks would continue.'])).not.toContain('eyal-zamir');
  });

  it('Berri: the Lebanese speaker, not Claude Berri', () => {
    expect(senses(['Berri, the speaker of the Lebanese parliament, met the US envoy in Beirut.'])).toContain('Berri=nabih-berri');
    expect(ids(['Claude Berri directed the film; Berri also produced it.'])).not.toContain('nabih-berri');
  });

  it('Golob: the Slovenian prime minister, not another Golob', () => {
    expect(senses(['Golob said Slovenia would recognise the State of Palestine, the prime minister told parliament in Ljubljana.'])).toContain('Golob=robert-golob');
    expect(ids(['Golob, the goalkeeper, saved two penalties in the shoot-out.'])).not.toContain('robert-golob');
  });
});
