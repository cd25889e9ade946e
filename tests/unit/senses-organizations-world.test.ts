// Ambiguous names of international organisations (data/entries/organizations-world.json), each in
// news sentences: the sense Backstory should find, and sentences where the same letters mean something else.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('international organisations: ambiguous names', () => {
  it('WHO: the World Health Organization, never the word "who"', () => {
    // "the WHO" in running text is the organisation; the bare letters need a cue or a full mention.
    expect(ids(['The WHO declared the mpox outbreak a public health emergency of international concern.'])).toContain('who');
    expect(ids(['Officials at the WHO said the new strain spread faster.'])).toContain('who');
    expect(senses(['WHO chief Tedros said experts would help contain the Ebola outbreak.'])).toContain('WHO=who');
    expect(senses(['The World Health Organization met on Monday. WHO officials said vaccines would arrive next week.'])).toContain('WHO=who');
    expect(ids(['Die WHO warnt vor einer neuen Pandemie.'], 'de')).toContain('who');
    expect(ids(['Those who voted for the bill said it would cut health costs.'])).not.toContain('who');
    expect(ids(['Who will pay for the vaccine programme?'])).not.toContain('who');
    // Headlines in capitals: the word, even next to health words.
    expect(ids(['WHO WILL PAY FOR THE PANDEMIC? VOTERS DEMAND ANSWERS'])).not.toContain('who');
    expect(ids(['WHO IS TO BLAME FOR THE VIRUS OUTBREAK? THE PARTY CANNOT AGREE'])).not.toContain('who');
    expect(ids(['WHO GETS THE VACCINE FIRST? HEALTH MINISTERS SPLIT'])).not.toContain('who');
    expect(ids(['THE WHO ANNOUNCE FAREWELL TOUR WITH DALTREY'])).not.toContain('who');
    expect(ids(['The Who played their hits with Roger Daltrey and Pete Townshend in Hyde Park.'])).not.toContain('who');
    expect(ids(['Doctor Who returns to screens with a new Doctor this Christmas.'])).not.toContain('who');
    // No cue at all: the letters alone do not make the organisation.
    expect(ids(['WHO said it would meet the minister next week.'])).not.toContain('who');
  });

  it('COP: the UN climate conference, not the police officer or the Colombian peso', () => {
    expect(senses(['Delegates at COP agreed a deal on climate finance after talks ran into overtime.'])).toContain('COP=cop-climate');
    expect(ids(['Negotiators arrived in Antalya for COP31.'])).toContain('cop-climate');
    expect(ids(['The COP was suspended after the police inquiry into the shooting.'])).not.toContain('cop-climate');
    expect(ids(['The exchange rate fell to 4,000 COP per dollar as the Colombian peso weakened.'])).not.toContain('cop-climate');
    expect(ids(['COP SHOOTS SUSPECT AFTER CHASE'])).not.toContain('cop-climate');
  });

  it('BIS: the Bank for International Settlements, not the US export-control bureau', () => {
    expect(senses(['The BIS, the Basel-based bank for central banks, warned about stablecoins.'])).toContain('BIS=bis');
    expect(ids(['The Commerce Department\'s BIS added 30 Chinese firms to the Entity List under new export controls.'])).not.toContain('bis');
    expect(ids(['Der Waffenstillstand gilt BIS Freitag.'], 'de')).not.toContain('bis');
  });

  it('Fed: the Federal Reserve, not "fed up" or the past tense', () => {
    expect(senses(['The Fed left interest rates unchanged and Warsh said inflation was still too high.'])).toContain('Fed=federal-reserve');
    expect(ids(['Fed up with delays, the residents blocked the road.'])).not.toContain('federal-reserve');
    expect(ids(['Fed by melting snow, the river burst its banks and flooded the town.'])).not.toContain('federal-reserve');
    expect(ids(['She won the Fed Cup for Spain.'])).not.toContain('federal-reserve');
  });

  it('AES: the Sahel alliance, not the encryption standard', () => {
    expect(senses(['The juntas of Mali, Burkina Faso and Niger said the AES would field a joint force against jihadists.'])).toContain('AES=alliance-of-sahel-states');
    expect(ids(['The files are protected with AES-256 encryption, the company said.'])).not.toContain('alliance-of-sahel-states');
    expect(ids(['AES Corp, the US power utility, agreed to be taken private.'])).not.toContain('alliance-of-sahel-states');
  });

  it('EAC: the East African Community, not the US Election Assistance Commission', () => {
    expect(senses(['EAC leaders met in Arusha to discuss the fighting in eastern Congo.'])).toContain('EAC=eac');
    expect(ids(['The EAC certifies voting machines and advises state election officials.'])).not.toContain('eac');
  });

  it('OAS: the Organization of American States, not the Algerian war OAS or pensions', () => {
    expect(senses(['OAS election observers said the vote in Venezuela lacked transparency.'])).toContain('OAS=oas');
    expect(ids(['The OAS carried out bombings in Algeria in 1962 to stop independence.'])).not.toContain('oas');
    expect(ids(['Seniors will see their Old Age Security (OAS) pension rise in January.'])).not.toContain('oas');
  });

  it('Commonwealth: the association of nations, not a US state or the CIS', () => {
    expect(senses(['Commonwealth leaders gathered for CHOGM, where King Charles addressed the summit.'])).toContain('Commonwealth=commonwealth');
    expect(ids(['The Commonwealth of Massachusetts sued the company over the spill.'])).not.toContain('commonwealth');
    expect(ids(['Prosecutors for the Commonwealth said the defendant fled.'])).not.toContain('commonwealth');
    expect(ids(['Commonwealth Bank shares fell after the results.'])).not.toContain('commonwealth');
  });

  it('ESA: the space agency, not the Endangered Species Act', () => {
    expect(senses(['ESA will launch the satellite on an Ariane 6 rocket from Kourou.'])).toContain('ESA=esa');
    expect(ids(['The grey wolf is protected under the ESA, the Endangered Species Act, wildlife officials said.'])).not.toContain('esa');
    expect(ids(['Her dog is registered as an ESA, an emotional support animal.'])).not.toContain('esa');
  });

  it('IEA: the energy agency, not the London think tank', () => {
    expect(senses(['The IEA said oil demand would peak before 2030 as renewables grow.'])).toContain('IEA=iea');
    expect(ids(['The IEA, a free-market think tank close to Liz Truss, praised the tax cuts.'])).not.toContain('iea');
  });

  it('IMO: the maritime agency, not "in my opinion"', () => {
    expect(senses(['The IMO said every tanker must carry a unique number so the shadow fleet can be tracked.'])).toContain('IMO=imo');
    expect(ids(['IMO the best film of the year, lol.'])).not.toContain('imo');
    expect(ids(['IMO THE BEST FILM OF THE DECADE'])).not.toContain('imo');
  });

  it('NSG: the Nuclear Suppliers Group, not India\'s National Security Guard', () => {
    expect(senses(['China again blocked India\'s bid to join the NSG, which controls nuclear exports.'])).toContain('NSG=nuclear-suppliers-group');
    expect(ids(['NSG commandos stormed the hotel in Mumbai to free the hostages.'])).not.toContain('nuclear-suppliers-group');
  });

  it('RSF: Sudan\'s paramilitaries or Reporters Without Borders, by context', () => {
    expect(senses(['The RSF seized El Fasher after an 18-month siege, Sudanese army officials said.'])).toContain('RSF=rsf-sudan');
    expect(senses(['RSF said 2024 was the deadliest year for journalists in its World Press Freedom Index.'])).toContain('RSF=rsf-press');
    expect(ids(['The RSF seized El Fasher after an 18-month siege, Sudanese army officials said.'])).not.toContain('rsf-press');
    expect(ids(['RSF said 2024 was the deadliest year for journalists in its World Press Freedom Index.'])).not.toContain('rsf-sudan');
    // Neither sense without a cue, and not when the cues disagree.
    expect(ids(['RSF issued a statement on Tuesday.'])).toEqual([]);
    expect(ids(['RSF condemned the killing of journalists by the RSF in Darfur.'])).not.toContain('rsf-press');
  });

  it('M23: the Congolese rebels, not the motorway', () => {
    expect(senses(['M23 fighters entered Goma, the capital of North Kivu, as Congolese troops fled.'])).toContain('M23=m23');
    expect(ids(['The M23 was closed between junction 9 and Gatwick after a crash.'])).not.toContain('m23');
  });

  it('al-Shabaab: the Somali group, not the Mozambican insurgents', () => {
    expect(ids(['Al-Shabaab fighters attacked a military base near Mogadishu.'])).toContain('al-shabaab');
    expect(ids(['Insurgents known locally as al-Shabab attacked Mocímboa da Praia in Cabo Delgado, Mozambique.'])).not.toContain('al-shabaab');
  });

  it('Amnesty: the rights group, not a pardon', () => {
    expect(senses(['Amnesty said the report documented torture of prisoners in the camps.'])).toContain('Amnesty=amnesty-international');
    expect(ids(['Amnesty for undocumented migrants was a key demand of the protesters.'])).not.toContain('amnesty-international');
    expect(ids(['Parliament passed an amnesty law for those convicted over the referendum. Amnesty will apply to 400 people.'])).not.toContain('amnesty-international');
  });

  it('IOM: the migration agency, not the Isle of Man', () => {
    expect(senses(['The IOM said more than 2,000 migrants died crossing the Mediterranean this year.'])).toContain('IOM=iom');
    expect(ids(['Ferries between Heysham and Douglas, IOM, were cancelled because of the storm.'])).not.toContain('iom');
  });

  it('V4: the Visegrád Group, not an engine', () => {
    expect(senses(['Orbán and Fico blocked a joint V4 statement on Ukraine, exposing the rift with Poland.'])).toContain('V4=visegrad-group');
    expect(ids(['The motorcycle\'s V4 engine produces 210 horsepower.'])).not.toContain('visegrad-group');
  });

  it('Board of Peace: the Gaza body; its translated names are generic words', () => {
    expect(ids(['Trump said the Board of Peace would meet in Washington to raise money for Gaza.'])).toContain('board-of-peace');
    expect(ids(['Der Friedensrat unter Vorsitz von Trump soll den Wiederaufbau in Gaza überwachen.'], 'de')).toContain('board-of-peace');
    expect(ids(['Der Friedensrat der Stadt lädt zur Mahnwache am Rathaus ein.'], 'de')).not.toContain('board-of-peace');
    expect(ids(['Afghanistans Hoher Friedensrat traf sich in Kabul.'], 'de')).not.toContain('board-of-peace');
  });

  it('Islamic Jihad: the Palestinian group, only in a Palestinian context', () => {
    expect(ids(['Islamic Jihad said its fighters fired rockets from Gaza at Israeli towns.'])).toContain('palestinian-islamic-jihad');
    expect(ids(['Egyptian Islamic Jihad, led by Ayman al-Zawahiri, merged with al-Qaeda in 2001. Islamic Jihad had plotted against Sadat.'])).not.toContain('palestinian-islamic-jihad');
  });

  it('PMF: the Iraqi militias, not other uses', () => {
    expect(senses(['PMF factions in Iraq threatened to attack US bases after the strike near Baghdad.'])).toContain('PMF=popular-mobilization-forces');
    expect(ids(['The PMF fund rose 4 per cent as wealth managers rotated into bonds.'])).not.toContain('popular-mobilization-forces');
  });

  it('coalition of the willing: the Ukraine group, not the 2003 Iraq coalition', () => {
    expect(ids(['Starmer and Macron hosted the coalition of the willing to discuss security guarantees for Ukraine.'])).toContain('coalition-of-the-willing');
    expect(ids(['Die Koalition der Willigen berät in Paris über Sicherheitsgarantien für die Ukraine.'], 'de')).toContain('coalition-of-the-willing');
    expect(ids(['Bush assembled a coalition of the willing to invade Iraq in 2003.'])).not.toContain('coalition-of-the-willing');
  });

  it('BLA: the Baloch separatists, not a degree', () => {
    expect(senses(['The BLA claimed the attack on a convoy in Balochistan that killed six Pakistani soldiers.'])).toContain('BLA=baloch-liberation-army');
    expect(ids(['She earned a BLA, a Bachelor of Liberal Arts, before law school.'])).not.toContain('baloch-liberation-army');
  });

  it('Gavi: the vaccine alliance, not the wine', () => {
    expect(ids(['Gavi said the US funding cut would leave millions of children without vaccines.'])).toContain('gavi');
    expect(ids(['A chilled Gavi, the crisp Cortese white from Piedmont, pairs well with fish.'])).not.toContain('gavi');
  });

  it('ISF: the Gaza stabilisation force, not Lebanon\'s police', () => {
    expect(senses(['Indonesia offered troops for the ISF, which is to secure Gaza while Hamas disarms.'])).toContain('ISF=international-stabilization-force');
    expect(ids(['The ISF, Lebanon\'s Internal Security Forces, arrested the suspect in Beirut.'])).not.toContain('international-stabilization-force');
  });

  it('B9: the Bucharest Nine, not the vitamin', () => {
    expect(senses(['Leaders of the B9 met before the NATO summit to press for more troops on the eastern flank.'])).toContain('B9=bucharest-nine');
    expect(ids(['Pregnant women are advised to take vitamin B9, also called folic acid.'])).not.toContain('bucharest-nine');
  });
});
