// Ambiguous names of international organisations (data/entries/organizations-world.json), each in
// news sentences: the sense Backstory should find, and sentences where the same letters mean something else.
import { describe, expect, it } from 'vitest';
import index from '../../lib/generated/matcher.json';
import type { CompiledIndex } from '../../lib/dataset/compile';
import { Matcher } from '../../lib/match/matcher';
import { mentionText, scanDocument } from '../../lib/scan';
import { dom } from './helpers';
import nlp from 'compromise';
import { firstNameCheck } from '../../lib/match/names';

const compiled = index as CompiledIndex;
const matcher = new Matcher(compiled);

/** "text=id" for every mention Backstory reports in an article made of these paragraphs. */
function senses(paragraphs: string[], lang = 'en'): string[] {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const doc = dom(`<html lang="${lang}"><body><article><h1>News</h1>${body}</article></body></html>`);
  return scanDocument({ doc, index: compiled, matcher, nameCheck: firstNameCheck(nlp) }).mentions.map((m) => `${mentionText(m)}=${m.id}`);
}
const ids = (paragraphs: string[], lang = 'en') => senses(paragraphs, lang).map((s) => s.split('=')[1]);

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
});
