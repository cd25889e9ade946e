// Ambiguous country names (UN members A–K and the Holy See), each in real news sentences.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('Jordan: the kingdom, not the people or the river', () => {
  it('the country in Middle East news', () => {
    expect(senses(['King Abdullah said Jordan would not accept the displacement of Palestinians from the West Bank.'])).toContain('Jordan=jordan');
    expect(senses(['Foreign Minister Ayman Safadi said Jordan had intercepted drones crossing its airspace from Syria.'])).toContain('Jordan=jordan');
  });
  it('not a person or the river', () => {
    expect(ids(['Michael Jordan won six NBA titles with the Chicago Bulls.'])).not.toContain('jordan');
    expect(ids(['Jordan scored 30 points as the Bulls beat the Knicks in the playoffs.'])).not.toContain('jordan');
    expect(ids(['Rep. Jim Jordan, the Ohio Republican who chairs the Judiciary Committee, issued a subpoena.'])).not.toContain('jordan');
    expect(ids(['Jordan Bardella, president of the National Rally, called for a snap election.'])).not.toContain('jordan');
    expect(ids(['Pilgrims were baptised in the Jordan River near Jericho.'])).not.toContain('jordan');
  });
});

describe('Congo: two states, decided by the cities and leaders around it', () => {
  it('the Democratic Republic of the Congo', () => {
    expect(senses(['M23 rebels backed by Rwanda advanced on Goma, the largest city in eastern Congo.'])).toContain('Congo=democratic-republic-of-the-congo');
    expect(senses(['Tshisekedi said Congo would not cede its mineral wealth in exchange for peace.'])).toContain('Congo=democratic-republic-of-the-congo');
  });
  it('the Republic of the Congo', () => {
    expect(senses(['President Denis Sassou Nguesso has ruled Congo from Brazzaville for most of the past four decades.'])).toContain('Congo=republic-of-the-congo');
  });
  it('neither without evidence, nor the river', () => {
    expect(ids(['The explorer set out to map the Congo River in 1874.'])).not.toContain('democratic-republic-of-the-congo');
    expect(ids(['The explorer set out to map the Congo River in 1874.'])).not.toContain('republic-of-the-congo');
    expect(ids(['Congo is a new album by the band, out on Friday.'])).toEqual([]);
    expect(ids(['FEMA opened a DRC in the county library for residents affected by the hurricane.'])).not.toContain('democratic-republic-of-the-congo');
    expect(ids(['Appartement lumineux en RDC avec jardin, proche des commerces.'], 'fr')).not.toContain('democratic-republic-of-the-congo');
  });
  it('DRC and RDC with African evidence', () => {
    expect(ids(['The DRC accused Rwanda of backing the M23 rebels who hold Goma.'])).toContain('democratic-republic-of-the-congo');
    expect(ids(["Le président de la RDC, Félix Tshisekedi, s'est rendu à Kinshasa."], 'fr')).toContain('democratic-republic-of-the-congo');
  });
});

describe('Dania (Polish): Denmark, not dishes', () => {
  it('the country', () => {
    expect(senses(['Dania zapowiedziała wzmocnienie obecności wojskowej na Grenlandii.'], 'pl')).toContain('Dania=denmark');
  });
  it('not dishes on a menu', () => {
    expect(ids(['Dania wegetariańskie są dostępne w menu restauracji przez cały tydzień.'], 'pl')).not.toContain('denmark');
  });
});

describe('Ireland: not Northern Ireland', () => {
  it('the republic', () => {
    expect(ids(['Ireland will hold the EU Council presidency in the second half of 2026.'])).toContain('ireland');
  });
  it('Northern Ireland is something else', () => {
    expect(ids(['Voters in Northern Ireland elected a new assembly at Stormont.'])).not.toContain('ireland');
  });
});

describe('Chad: the country, not a first name or fumes', () => {
  it('the Sahel state', () => {
    expect(senses(["Chad's president Mahamat Déby ended the defence pact with France, and hundreds of thousands of Sudanese refugees crossed from Darfur."])).toContain('Chad=chad');
    expect(senses(['Czad zerwał umowę obronną z Francją i przyjął uchodźców z Sudanu.'], 'pl')).toContain('Czad=chad');
    expect(senses(['Чад, страна в Центральной Африке, разорвал оборонное соглашение с Францией.'], 'ru')).toContain('Чад=chad');
  });
  it('not a person or carbon monoxide', () => {
    expect(ids(['Chad Wolf, the former acting homeland security secretary, testified on Tuesday.'])).not.toContain('chad');
    expect(ids(['Chad threw for 300 yards as the quarterback led a late touchdown drive in the NFL opener.'])).not.toContain('chad');
    expect(ids(['Czad w mieszkaniu: strażacy apelują o montaż czujnika tlenku węgla.'], 'pl')).not.toContain('chad');
    expect(ids(['Fishermen on Lake Chad say the water has receded for decades.'])).not.toContain('chad');
  });
});

describe('Guinea: the state, not Papua New Guinea, the gulf or the pig', () => {
  it('Guinea-Conakry', () => {
    expect(senses(['Guinea\'s junta leader Mamadi Doumbouya was sworn in as president in Conakry.'])).toContain('Guinea=guinea');
  });
  it('not other Guineas', () => {
    expect(ids(['Papua New Guinea\'s prime minister James Marape signed a defence pact.'])).not.toContain('guinea');
    expect(ids(['Piracy in the Gulf of Guinea has fallen since 2020.'])).not.toContain('guinea');
    expect(ids(['Премьер-министр Папуа — Новой Гвинеи Джеймс Марапе подписал соглашение об обороне.'], 'ru')).not.toContain('guinea');
    expect(ids(['Gwinea ogłosiła wyniki wyborów; Doumbouya wygrał w Konakry.'], 'pl')).toContain('guinea');
    expect(ids(['Guinea pigs need company and a diet rich in vitamin C.'])).not.toContain('guinea');
    expect(ids(['Equatorial Guinea\'s president Teodoro Obiang has ruled since 1979.'])).toContain('equatorial-guinea');
    expect(ids(['Equatorial Guinea\'s president Teodoro Obiang has ruled since 1979.'])).not.toContain('guinea');
  });
});

describe('Island (German): Iceland, not the English word', () => {
  it('Iceland on a German page', () => {
    expect(senses(['Island meldet einen neuen Vulkanausbruch auf der Halbinsel Reykjanes.'], 'de')).toContain('Island=iceland');
  });
  it('not an English island', () => {
    expect(ids(['Island nations in the Pacific face rising seas.'])).not.toContain('iceland');
    expect(ids(['Island nations in the Pacific face rising seas.'], '')).not.toContain('iceland');
  });
});
