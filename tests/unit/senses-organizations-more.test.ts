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
});
