// Agreements told by where they were reached (lib/match/told-made.ts), on sentences written for them:
// with a small hand-made dataset through the whole text side, then with the real dataset.
import { describe, expect, it } from 'vitest';
import { findMentions, type PageText } from '../../lib/match/mentions';
import { build, entry } from './helpers';
import { ids, senses } from './senses-lib';

const { index, matcher } = build([
  entry('minsk', ['Minsk', { text: 'Mińsku', lang: 'pl' }], { category: 'place' }),
  entry('ukraine', ['Ukraine', { text: 'Ukrainy', lang: 'pl' }], { category: 'place' }),
  entry('accords', ['Minsk accords'], {
    category: 'treaty',
    timeline: [
      { date: '2014-09-05', event: 'signed' },
      { date: '2015-02-12', event: 'signed again' },
    ],
    made: { at: ['minsk'], support: ['@ukraine', 'separatists'], until: '2022-02-22' },
  }),
]);

/** "text=id" for the agreements a page of these paragraphs tells. */
function told(texts: string[], lang = 'en', published?: string): string[] {
  const page: PageText = { texts, inArticle: texts.map(() => true), lang, published };
  return findMentions(page, index, matcher)
    .mentions.filter((m) => m.id === 'accords')
    .map((m) => `${texts[m.block].slice(m.start, m.end)}=${m.id}`);
}

describe('an agreement told by where it was reached', () => {
  it('reads an agreement’s word a few words from the place, either side, where the page speaks for it', () => {
    expect(told(['Cease-fire agreement reached in Minsk', 'Ukraine welcomed it.'])).toEqual(['agreement=accords']);
    expect(told(['In Minsk the sides signed a preliminary protocol on Friday.', 'Ukraine welcomed it.'])).toEqual(['protocol=accords']);
    expect(told(['W Mińsku podpisano porozumienie o zawieszeniu broni na wschodzie Ukrainy.'], 'pl')).toEqual(['porozumienie=accords']);
    // A cue in the sentence does as well as the page's other terms.
    expect(told(['The separatists signed the deal in Minsk overnight.'])).toEqual(['deal=accords']);
  });

  it('needs a cue: an agreement reached in a city is not always this one', () => {
    expect(told(['A trade agreement was signed in Minsk on Tuesday.'])).toEqual([]);
  });

  it('needs the place within a few words, in the same sentence', () => {
    expect(told(['Ukraine said the agreement would hold. Talks resume in Minsk.'])).toEqual([]);
    expect(told(['The agreement that the leaders of four countries finally reached after the long night was signed in Minsk.', 'Ukraine'])).toEqual([]);
  });

  it('leaves a word inside a name to the name', () => {
    expect(told(['The Minsk accords were signed in Minsk.', 'Ukraine'])).toEqual(['Minsk accords=accords']);
  });

  it('is ruled out by a year before the agreement, and after its end unless its years are named', () => {
    expect(told(['The agreement signed in Minsk in 1991 ended the union.', 'Ukraine'])).toEqual([]);
    expect(told(['A new agreement was signed in Minsk.', 'Ukraine'], 'en', '2024-05-01')).toEqual([]);
    expect(told(['The agreement signed in Minsk in 2015 never held.', 'Ukraine'], 'en', '2024-05-01')).toEqual(['agreement=accords']);
    expect(told(['Cease-fire agreement reached in Minsk', 'Ukraine'], 'en', '2014-09-05')).toEqual(['agreement=accords']);
    expect(told(['Cease-fire agreement reached in Minsk', 'Ukraine'], 'en', '2013-01-01')).toEqual([]);
  });
});

describe('with the real dataset', () => {
  it('tells the Minsk agreements in the languages Backstory reads', () => {
    const ukraine = 'Die Ukraine und die Separatisten einigten sich.';
    expect(senses(['Cease-fire agreement reached in Minsk', 'Poroshenko said Ukraine would keep it.'])).toContain('agreement=minsk-agreements');
    expect(senses(["Cessate il fuoco: a Minsk e' stato firmato un accordo preliminare per fermare il conflitto in Ucraina."], 'it')).toContain('accordo=minsk-agreements');
    expect(senses([ukraine, 'In der weißrussischen Hauptstadt Minsk wurde ein vorläufiges Protokoll unterzeichnet.'], 'de')).toContain('Protokoll=minsk-agreements');
    expect(senses(["Porochenko a confirmé qu'un accord de cessez-le-feu avait été signé à Minsk, en Ukraine."], 'fr')).toContain('accord=minsk-agreements');
    expect(senses(['Obama wezwał Rosję do przestrzegania ustaleń z Mińska o zawieszeniu broni na Ukrainie.'], 'pl')).toContain('ustaleń=minsk-agreements');
    expect(senses(['Die Ukraine hält die Waffenruhe.', 'Ein 2015 in Minsk vereinbarter Friedensplan liegt auf Eis.'], 'de')).toContain('Friedensplan=minsk-agreements');
  });

  it('tells the Iran deal by the country it binds, where the sentence speaks of its nuclear programme', () => {
    expect(senses(['Oil fell after a landmark deal between world powers and Iran on its nuclear program.'], 'en', '2015-07-15')).toContain('deal=jcpoa');
    expect(senses(['O Irã e o grupo 5+1 buscam um acordo duradouro sobre o programa nuclear iraniano.'], 'pt')).toContain('acordo=jcpoa');
    // Not a deal on anything else, nor one its context rule speaks against, nor the talks on a new deal of 2025.
    expect(senses(['Iran and Saudi Arabia reached a deal in Beijing.'])).not.toContain('deal=jcpoa');
    expect(senses(['Russia and Iran signed an agreement on a nuclear power plant at Bushehr.'])).not.toContain('agreement=jcpoa');
    expect(senses(['Witkoff said a deal with Iran on its nuclear program was close.'], 'en', '2025-05-20')).not.toContain('deal=jcpoa');
    // A deal not (yet) made, by its noun or an ambiguous name: "under any prospective nuclear deal".
    expect(ids(['Iran met the US in Geneva.', 'What Iran would grant under any prospective nuclear deal is unclear.'])).not.toContain('jcpoa');
    expect(ids(['Il faut un futur accord sur le programme nucléaire de l’Iran.'], 'fr')).not.toContain('jcpoa');
    expect(ids(['Iran said the nuclear deal of 2015 still binds Europe.'])).toContain('jcpoa');
  });

  it('tells a summit by the group that held it, with its city in the sentence, and no other year', () => {
    expect(senses(['Police arrived in Hamburg to join the operation to secure the G20 summit.'])).toContain('summit=g20-hamburg-2017');
    expect(senses(['Putin e Trump se reuniram durante a Cúpula do G20, em Hamburgo, na Alemanha.'], 'pt')).toContain('Cúpula=g20-hamburg-2017');
    expect(ids(['Leaders met for the G20 summit in Osaka.'])).not.toContain('g20-hamburg-2017');
    expect(ids(['Hamburg hosted a conference on the 2018 G20 summit in Buenos Aires.'])).not.toContain('g20-hamburg-2017');
  });

  it("tells a summit by its group's name alone, with its city a few words away in the sentence", () => {
    expect(senses(['Ha preso il via ad Amburgo il G20, con la prima stretta di mano tra Trump e Putin.'], 'it')).toContain('Amburgo il G20=g20-hamburg-2017');
    expect(senses(['Die Proteste gegen den G20 in Hamburg eskalierten am Freitag.'], 'de')).toContain('G20 in Hamburg=g20-hamburg-2017');
    // Farther, in another sentence, or in the group's other year, it is the group only.
    expect(ids(['The G20 leaders later agreed on a communiqué that was first drafted in Hamburg.'])).not.toContain('g20-hamburg-2017');
    expect(ids(['The G20 met in New Delhi. Hamburg remembered its own summit.'])).not.toContain('g20-hamburg-2017');
    expect(ids(['The G20 in Hamburg in 2023 was only a workshop.'])).not.toContain('g20-hamburg-2017');
  });

  it("tells a summit by its group's meeting, with the city a few words from the meeting", () => {
    expect(senses(['7-8 липня у німецькому Гамбурзі відбудеться зустріч лідерів "Великої двадцятки".'], 'uk', '2017-07-05')).toContain(
      'Гамбурзі відбудеться зустріч лідерів "Великої двадцятки=g20-hamburg-2017',
    );
    expect(senses(['The G20 leaders will meet in Hamburg on Friday.'], 'en', '2017-07-05')).toContain('G20 leaders will meet in Hamburg=g20-hamburg-2017');
    // The city far from the meeting, or the meeting far from the group: another meeting.
    expect(ids(['The G20 leaders will meet in Osaka; in 2017 they met in Hamburg.'], 'en', '2019-06-20')).not.toContain('g20-hamburg-2017');
    expect(ids(['Finance ministers met in Hamburg to prepare for talks with the G20 next year.'], 'en', '2016-05-01')).not.toContain('g20-hamburg-2017');
  });

  it('tells an agreement by its year beside it, tied by the page and spoken for by its block', () => {
    const iran = 'The IAEA cannot say that Iran’s nuclear programme is peaceful.';
    expect(ids([`${iran} Trump left the 2015 deal in 2018.`])).toContain('jcpoa');
    expect(senses(['A AIEA cobra o programa nuclear do Irã. As conversas em Viena buscam salvar o acordo de 2015.'], 'pt')).toContain('acordo=jcpoa');
    // Another year is another agreement; without the tie on the page, or a cue in the block, it is none.
    expect(ids([`${iran} Trump left the 2016 deal in 2018.`])).not.toContain('jcpoa');
    expect(ids(['The nuclear industry recalls the 2015 deal.'])).not.toContain('jcpoa');
    expect(ids(['Iran signed trade accords.', 'Its exports grew under the 2015 deal.'])).not.toContain('jcpoa');
  });

  it('tells a summit by its city in the sentence, where the page names those who met there', () => {
    expect(senses(['Biden and Putin shook hands.', 'The summit at the lakeside Villa La Grange in Geneva lasted four hours.'])).toContain('summit=geneva-summit-2021');
    // Others who met there, another year, or talks rather than a summit.
    expect(ids(['Reagan and Gorbachev met at the summit in Geneva.'])).not.toContain('geneva-summit-2021');
    expect(ids(['Biden and Putin spoke.', 'The summit in Geneva in 1985 was recalled.'])).not.toContain('geneva-summit-2021');
    expect(ids(['Trump and Putin spoke.', 'Talks in Geneva ended.'])).not.toContain('geneva-summit-2021');
  });

  it('tells the Helsinki Final Act by its year or its conference', () => {
    expect(senses(['The accords signed in Helsinki in 1975 recognised the borders of Europe.'])).toContain('accords=helsinki-accords');
    expect(senses(['Trump and Putin reached no agreement in Helsinki in 2018.'])).not.toContain('agreement=helsinki-accords');
  });
});
