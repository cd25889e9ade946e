// The general checks that overrule a match (lib/match/evidence.ts), on sentences written for them,
// alone and through the whole text side with small hand-made datasets.
import { describe, expect, it } from 'vitest';
import { beganAfter, caseBlind, inLanguageList, inLongerName } from '../../lib/match/evidence';
import { findMentions, type PageText } from '../../lib/match/mentions';
import { build, entry } from './helpers';

/** Offsets of the first `word` in `text`. */
function at(text: string, word: string): [number, number] {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${text}`);
  return [i, i + word.length];
}
const blind = (text: string, word: string) => caseBlind(text, ...at(text, word));
const longer = (text: string, word: string) => inLongerName(text, ...at(text, word));

describe('text whose letter case says nothing', () => {
  it('capitals around the match', () => {
    expect(blind('TAYLOR SWIFT ANNOUNCES NEW TOUR DATES', 'SWIFT')).toBe(true);
    expect(blind('BREAKING: BANKS CUT FROM SWIFT AS SANCTIONS BITE', 'SWIFT')).toBe(true);
    expect(blind('Russian banks were cut off from SWIFT on Saturday.', 'SWIFT')).toBe(false);
  });

  it('headline case in a short block, not a run of names in running prose', () => {
    expect(blind('The Best Turkey Recipes for a Crowd', 'Turkey')).toBe(true);
    expect(blind('Putin and Xi Meet in Beijing', 'Putin')).toBe(true);
    expect(blind('Erdogan said Turkey would not back the plan.', 'Turkey')).toBe(false);
    const prose =
      'At the summit, Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement on energy, trade and security cooperation.';
    expect(blind(prose, 'Putin')).toBe(false);
    // A short sentence that names places side by side is not a headline: its other words are lower case.
    expect(blind('The delegation flew from Tel Aviv to Jerusalem on Monday.', 'Jerusalem')).toBe(false);
    expect(blind('Tel Aviv And Jerusalem Brace For Strikes', 'Jerusalem')).toBe(true);
    // Headline case capitalises words; it cannot make an acronym or a code of one.
    expect(blind('The Oligarch, Right Sector, MH-17 and Joe Biden', 'MH-17')).toBe(false);
    expect(blind('Banks Cut From SWIFT as Sanctions Bite', 'SWIFT')).toBe(false);
  });

  it('too few words to judge', () => {
    expect(blind('SWIFT', 'SWIFT')).toBe(false);
    expect(blind('Turkey', 'Turkey')).toBe(false);
  });
});

describe('a name inside a longer proper name', () => {
  it('places followed or led by the words that make another name', () => {
    expect(longer('Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday.', 'Donetsk')).toBe(true);
    expect(longer('Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday.', 'Kyiv')).toBe(true);
    expect(longer('She studied at the University of Georgia before law school.', 'Georgia')).toBe(true);
    expect(longer('Shares rose on Nasdaq Helsinki after the results.', 'Helsinki')).toBe(true);
    expect(longer('Voters in New Mexico backed the measure.', 'Mexico')).toBe(true);
    expect(longer('He wrote for the Kyiv Independent for two years.', 'Kyiv')).toBe(true);
    expect(longer('Guests stayed at Trump Tower in Manhattan.', 'Trump')).toBe(true);
  });

  it('not the place itself, nor a name beside punctuation or in lower case', () => {
    expect(longer('Missiles struck Kyiv overnight, officials said.', 'Kyiv')).toBe(false);
    expect(longer("Kyiv's university reopened.", 'Kyiv')).toBe(false);
    expect(longer('Donetsk, Luhansk and Zaporizhzhia were annexed.', 'Donetsk')).toBe(false);
    expect(longer('Trump said the talks would go on.', 'Trump')).toBe(false);
    expect(longer('the new Georgia of the 1990s', 'Georgia')).toBe(false);
  });

  it("an organisation's name in words that goes on with 'of' and a capitalised word", () => {
    const org = (text: string, word: string) => inLongerName(text, ...at(text, word), true);
    expect(org('The Congress of Vienna redrew the borders.', 'Congress')).toBe(true);
    expect(org('Licensed by the New York State Department of Education.', 'State Department')).toBe(true);
    expect(org('The RN of Le Pen topped the polls.', 'RN')).toBe(false);
    expect(org('A law passed by Congress of the United States.', 'Congress')).toBe(false);
    expect(longer('The Russia of Putin is not the Russia of Yeltsin.', 'Russia')).toBe(false);
  });
});

describe('a language in a list of languages', () => {
  const lang = (text: string, word: string) => inLanguageList(text, ...at(text, word));
  it('the language in a list of three or more languages, whatever separates them', () => {
    expect(lang('Available in Finnish, French, German, Hindi, Hungarian and Japanese.', 'Hungarian')).toBe(true);
    expect(lang('Stemmers: Polish/Czech/Hungarian/Romanian', 'Hungarian')).toBe(true);
    expect(lang('Estonian Georgian German Greek', 'Georgian')).toBe(true);
  });

  it('not a list of adjectives before a noun, nor a short one', () => {
    expect(lang('Hungarian, Slovak and Czech officials met.', 'Hungarian')).toBe(false);
    expect(lang('She speaks Hungarian and German.', 'Hungarian')).toBe(false);
    expect(lang('Hungarian troops crossed.', 'Hungarian')).toBe(false);
    expect(lang('Hungary, Slovakia and Czechia met.', 'Hungary')).toBe(false);
  });
});

describe('time', () => {
  const war = { id: 'war', tier: 'core' as const, category: 'event' as const, since: '2023-10-07' };
  it('an entry that began more than a year after the page cannot be what it means', () => {
    expect(beganAfter(war, '2014-07-20')).toBe(true);
    expect(beganAfter(war, '2023-03-01')).toBe(false); // within a year: named before it happened
    expect(beganAfter(war, '2024-01-01')).toBe(false);
    expect(beganAfter(war, undefined)).toBe(false);
    expect(beganAfter({ ...war, since: undefined }, '2014-07-20')).toBe(false);
  });
});

describe('through the text side', () => {
  const page = (texts: string[], published?: string): PageText => ({ texts, inArticle: texts.map(() => true), lang: 'en', published });
  const dated = (d: string) => [{ date: d, event: 'began' }, { date: '2025', event: 'went on' }];

  it('prefers the sense that existed when the page was written, or none', () => {
    const { index, matcher } = build([
      entry('gaza-war-2023', [{ text: 'Gaza war', case: 'any' }], { category: 'event', timeline: dated('2023-10-07') }),
    ]);
    const text = ['The Gaza war left the strip in ruins, the report said.'];
    expect(findMentions(page(text, '2014-08-30'), index, matcher).mentions).toEqual([]);
    expect(findMentions(page(text, '2024-05-01'), index, matcher).mentions.map((m) => m.id)).toEqual(['gaza-war-2023']);
    expect(findMentions(page(text), index, matcher).mentions.map((m) => m.id)).toEqual(['gaza-war-2023']);
  });

  it('asks a form set in capitals for evidence: a plain mention elsewhere on the page', () => {
    const { index, matcher } = build([entry('swift', [{ text: 'SWIFT', case: 'exact' }], { category: 'organization' })]);
    const headline = 'TAYLOR SWIFT ADDS THREE LONDON SHOWS';
    expect(findMentions(page([headline, 'The singer will play Wembley in June.']), index, matcher).mentions).toEqual([]);
    const sanctions = ['BANKS CUT FROM SWIFT AS SANCTIONS BITE', 'Seven Russian banks were removed from SWIFT on Saturday.'];
    expect(findMentions(page(sanctions), index, matcher).mentions.map((m) => m.block)).toEqual([0, 1]);
  });

  it('reads no place inside a longer name', () => {
    const { index, matcher } = build([entry('kyiv', ['Kyiv'], { category: 'place' })]);
    const found = findMentions(page(['Dynamo Kyiv lost at home.', 'Drones struck Kyiv overnight.']), index, matcher).mentions;
    expect(found.map((m) => m.block)).toEqual([1]);
  });
});
