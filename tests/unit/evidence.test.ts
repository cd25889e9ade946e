// The general checks that overrule a match (lib/match/evidence.ts), on sentences written for them,
// alone and through the whole text side with small hand-made datasets.
import { describe, expect, it } from 'vitest';
import { beganAfter, inLanguageList, inLongerName } from '../../lib/match/evidence';
import { caseBlind } from '../../lib/match/letter-case';
import { findMentions, type PageText } from '../../lib/match/mentions';
import { isOwnName } from '../../lib/match/names';
import { capitalisedInName } from '../../lib/match/name-tails';
import { build, entry } from './helpers';

/** Offsets of the first `word` in `text`. */
function at(text: string, word: string): [number, number] {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${text}`);
  return [i, i + word.length];
}
/** Each case: a text, the word in it, and whether the check holds for that word there. */
type Case = [text: string, word: string, holds: boolean];
function judge(check: (text: string, start: number, end: number) => boolean, cases: Case[]): void {
  for (const [text, word, holds] of cases) expect(check(text, ...at(text, word)), `${word} in "${text}"`).toBe(holds);
}
const PROSE =
  'At the summit, Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement on energy, trade and security cooperation.';

describe('text whose letter case says nothing', () => {
  it('capitals around the match', () => {
    judge(caseBlind, [
      ['TAYLOR SWIFT ANNOUNCES NEW TOUR DATES', 'SWIFT', true],
      ['BREAKING: BANKS CUT FROM SWIFT AS SANCTIONS BITE', 'SWIFT', true],
      ['Russian banks were cut off from SWIFT on Saturday.', 'SWIFT', false],
      // A kicker in capitals set apart by a dash or a colon, before a sentence in lower case.
      ['ABBATTUTO UN JET RUSSO – La nascente coalizione internazionale dovrebbe combattere', 'UN', true],
      ['TAYLOR SWIFT TOUR: The singer sold out the stadium again on Friday', 'SWIFT', true],
      ['Russian banks were cut off from SWIFT – the network said so on Saturday.', 'SWIFT', false],
    ]);
  });

  it('headline case in a short block, not a run of names in running prose', () => {
    judge(caseBlind, [
      ['The Best Turkey Recipes for a Crowd', 'Turkey', true],
      ['Putin and Xi Meet in Beijing', 'Putin', true],
      ['Erdogan said Turkey would not back the plan.', 'Turkey', false],
      [PROSE, 'Putin', false],
      // A short sentence that names places side by side is not a headline: its other words are lower case.
      ['The delegation flew from Tel Aviv to Jerusalem on Monday.', 'Jerusalem', false],
      ['Tel Aviv And Jerusalem Brace For Strikes', 'Jerusalem', true],
      // Headline case capitalises words; it cannot make an acronym or a code of one.
      ['The Oligarch, Right Sector, MH-17 and Joe Biden', 'MH-17', false],
      ['Banks Cut From SWIFT as Sanctions Bite', 'SWIFT', false],
    ]);
  });

  it('too few words to judge', () => {
    judge(caseBlind, [
      ['SWIFT', 'SWIFT', false],
      ['Turkey', 'Turkey', false],
    ]);
  });
});

describe('a name inside a longer proper name', () => {
  const longer = (text: string, start: number, end: number) => inLongerName(text, start, end);
  it('places followed or led by the words that make another name', () => {
    judge(longer, [
      ['Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday.', 'Donetsk', true],
      ['Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday.', 'Kyiv', true],
      ['She studied at the University of Georgia before law school.', 'Georgia', true],
      ['Shares rose on Nasdaq Helsinki after the results.', 'Helsinki', true],
      ['Voters in New Mexico backed the measure.', 'Mexico', true],
      ['He wrote for the Kyiv Independent for two years.', 'Kyiv', true],
      ['Guests stayed at Trump Tower in Manhattan.', 'Trump', true],
      ['The paper was quoted by The Times of Israel on Friday.', 'Israel', true],
      ['The Navy moved the carrier USS "Ronald Reagan" north of the strait.', 'Ronald Reagan', true],
      ['Marynarka przesunęła lotniskowiec USS „Ronald Reagan” w ten rejon.', 'Ronald Reagan', true],
      // A club: its mark and own name before the place, in the languages' spellings and cases.
      ['FC Zoria Luhansk lost at home on Sunday.', 'Luhansk', true],
      ['Legia zmierzy się z ukraińskim potentatem - Szachtarem Donieck.', 'Donieck', true],
      ['To przerwało hegemonię Dynama Kijów w lidze.', 'Kijów', true],
      ['Für die Fußballer von Schachtar Donezk geht es weiter.', 'Donezk', true],
      ['Матч между «Шахтёр» Донецк и «Зенитом» перенесли.', 'Донецк', true],
      ['Flights to Ronald Reagan Washington National Airport were delayed.', 'Ronald Reagan', true],
      ['Police set up barricades at the Damascus Gate of the Old City.', 'Damascus', true],
      ['The new Moto G20 comes with a 90Hz display.', 'G20', true],
      // In brackets inside a company's name, before its legal form; not a bracketed name after prose.
      ['Nord Stream AG sued Arch Insurance (EU) DAC in London.', 'EU', true],
      ['The loans went through Acme Trading (UK) Ltd last year.', 'UK', true],
      ['Trade with the European Union (EU) fell by a tenth.', 'EU', false],
      // A ticker in capitals after the word for it or its exchange.
      ['The drugmaker changed its ticker symbol to "IONS" from "ISIS" on Monday.', 'ISIS', true],
      ['Shares of the firm (NYSE: ISIS) rose on the news.', 'ISIS', true],
      ['ISIS claimed the attack, a symbol of its reach.', 'ISIS', false],
      ['The town became a symbol of resistance against ISIS fighters.', 'ISIS', false],
      // A name's short form or ticker in brackets after the longer name it begins; not an acronym spelt out.
      ['Shares of Isis Pharmaceuticals (ISIS) fell on the report.', 'ISIS', true],
      ['Swift Holdings, Inc. (SWIFT) filed its accounts late.', 'SWIFT', true],
      ['The Islamic State of Iraq and Syria (ISIS) claimed the attack.', 'ISIS', false],
      ['Banks left the network run by the cooperative (SWIFT) in March.', 'SWIFT', false],
    ]);
  });

  it('not the place itself, nor a name beside punctuation or in lower case', () => {
    judge(longer, [
      ['Missiles struck Kyiv overnight, officials said.', 'Kyiv', false],
      ["Kyiv's university reopened.", 'Kyiv', false],
      ['Donetsk, Luhansk and Zaporizhzhia were annexed.', 'Donetsk', false],
      ['Klub miał siedzibę w Doniecku, ale po 2014 r. przeniesiono go do Lwowa.', 'Doniecku', false],
      ['The FC said Russian shelling hit Luhansk overnight.', 'Luhansk', false],
      ['Trump Blasts Harvard University', 'Trump', false],
      ['Leaders arrived for the G20 summit in Rio on Monday.', 'G20', false],
      ['Trump said the talks would go on.', 'Trump', false],
      ['the new Georgia of the 1990s', 'Georgia', false],
      ['The Russia of Putin is not the Russia of Yeltsin.', 'Russia', false],
      ['In times of Israel at war, prices rose.', 'Israel', false],
      ['Ronald Reagan met Gorbachev in Reykjavik.', 'Ronald Reagan', false],
      ['Documents seen by USA Today show Reagan signed it.', 'Reagan', false],
    ]);
  });

  it("an organisation's name in words that goes on with 'of' and a capitalised word", () => {
    judge((text, start, end) => inLongerName(text, start, end, true), [
      ['The Congress of Vienna redrew the borders.', 'Congress', true],
      ['Licensed by the New York State Department of Education.', 'State Department', true],
      ['The RN of Le Pen topped the polls.', 'RN', false],
      ['A law passed by Congress of the United States.', 'Congress', false],
    ]);
  });
});

describe('names in the languages that decline them', () => {
  it("tells a person's own given name across Cyrillic spellings and cases from another's", () => {
    const own = new Set(['михаил', 'ходорковский', 'петро', 'порошенко']);
    expect(isOwnName('Михайло', own)).toBe(true); // Ukrainian form of Михаил
    expect(isOwnName('Михаила', own)).toBe(true);
    expect(isOwnName('Петром', own)).toBe(true); // instrumental
    expect(isOwnName('Евгений', own)).toBe(false);
    expect(isOwnName('Павлом', own)).toBe(false);
  });

  it('takes a lower-case form capitalised mid-sentence for part of a name, in languages that write it so', () => {
    const at = (text: string, word: string) => text.indexOf(word);
    const paper = 'Про це написав тижневик «Вісник Український» у середу.';
    expect(capitalisedInName(paper, at(paper, 'Український'), 'український', 'uk')).toBe(true);
    const opening = 'Український уряд схвалив допомогу.';
    expect(capitalisedInName(opening, 0, 'український', 'uk')).toBe(false); // a sentence opens
    const region = 'в районах Донецкой и Луганской областей';
    expect(capitalisedInName(region, at(region, 'Донецкой'), 'донецкой', 'ru')).toBe(false); // the region is the place
    const list = 'на територіях Донецької, Запорізької, Луганської та Херсонської областей';
    expect(capitalisedInName(list, at(list, 'Донецької'), 'донецької', 'uk')).toBe(false); // first of a list of regions
    const name = 'Газета Українська правда пише в області про це.';
    expect(capitalisedInName(name, at(name, 'Українська'), 'українська', 'uk')).toBe(true); // other words before the region's noun
    const french = 'Le gouvernement Ukrainien a parlé.';
    expect(capitalisedInName(french, at(french, 'Ukrainien'), 'ukrainien', 'fr')).toBe(false); // not a language that writes it so
    const treaty = 'Москва нарушила Договор о ликвидации ракет.';
    expect(capitalisedInName(treaty, at(treaty, 'Договор'), 'договор о ликвидации ракет', 'ru')).toBe(false); // a phrase: the name itself
  });
});

describe('a language in a list of languages', () => {
  it('the language in a list of three or more languages, whatever separates them', () => {
    judge(inLanguageList, [
      ['Available in Finnish, French, German, Hindi, Hungarian and Japanese.', 'Hungarian', true],
      ['Stemmers: Polish/Czech/Hungarian/Romanian', 'Hungarian', true],
      ['Estonian Georgian German Greek', 'Georgian', true],
    ]);
  });

  it('not a list of adjectives before a noun, nor a short one', () => {
    judge(inLanguageList, [
      ['Hungarian, Slovak and Czech officials met.', 'Hungarian', false],
      ['She speaks Hungarian and German.', 'Hungarian', false],
      ['Hungarian troops crossed.', 'Hungarian', false],
      ['Hungary, Slovakia and Czechia met.', 'Hungary', false],
    ]);
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

  it('gives a week, not a year, to an event told by what befell: nobody names an invasion before it comes', () => {
    const invasion = { ...war, since: '2022-02-24', told: { kinds: ['invasion' as const], parties: [], began: [] } };
    expect(beganAfter(invasion, '2022-02-02')).toBe(true); // "an invasion of Ukraine", three weeks before
    expect(beganAfter(invasion, '2022-02-20')).toBe(false); // a live page opened days before
    const summit = { ...war, category: 'summit' as const, since: '2018-06-12', told: { kinds: ['summit' as const], parties: [], began: [] } };
    expect(beganAfter(summit, '2018-03-10')).toBe(false); // announced months ahead
  });
});

describe('through the text side', () => {
  const page = (texts: string[], published?: string): PageText => ({ texts, inArticle: texts.map(() => true), lang: 'en', published });
  const dated = (d: string) => [{ date: d, event: 'began' }, { date: '2025', event: 'went on' }];

  it('prefers the sense that existed when the page was written, or none', () => {
    const { index, matcher } = build([
      entry('gaza-war-2023', [{ text: 'Gaza war', case: 'any' }], { category: 'event', timeline: dated('2023-10-07') }),
      entry('gaza', ['Gaza'], { category: 'place' }),
    ]);
    const text = ['The Gaza war left the strip in ruins, the report said.'];
    // The war of 2023 is not what a 2014 page means; the place its name holds still is.
    expect(findMentions(page(text, '2014-08-30'), index, matcher).mentions.map((m) => m.id)).toEqual(['gaza']);
    expect(findMentions(page(text, '2024-05-01'), index, matcher).mentions.map((m) => m.id)).toEqual(['gaza-war-2023', 'gaza']);
    expect(findMentions(page(text), index, matcher).mentions.map((m) => m.id)).toEqual(['gaza-war-2023', 'gaza']);
  });

  it('asks a form set in capitals for evidence: a plain mention elsewhere on the page', () => {
    const { index, matcher } = build([entry('swift', [{ text: 'SWIFT', case: 'exact' }], { category: 'organization' })]);
    const headline = 'TAYLOR SWIFT ADDS THREE LONDON SHOWS';
    expect(findMentions(page([headline, 'The singer will play Wembley in June.']), index, matcher).mentions).toEqual([]);
    const sanctions = ['BANKS CUT FROM SWIFT AS SANCTIONS BITE', 'Seven Russian banks were removed from SWIFT on Saturday.'];
    expect(findMentions(page(sanctions), index, matcher).mentions.map((m) => m.block)).toEqual([0, 1]);
  });

  it('asks no evidence of a form with a digit among capitals: its digits tell it apart', () => {
    const { index, matcher } = build([entry('start-i', [{ text: 'СНВ-1', case: 'exact' }], { category: 'treaty' })]);
    const list = '«ОСВ-1, ОСВ-2, СНВ-1, СНВ-2 — все это в прошлом», — написал он.';
    expect(findMentions(page([list]), index, matcher).mentions.map((m) => m.id)).toEqual(['start-i']);
  });

  it('takes a name in headline case as plain where the page never writes it in lower case', () => {
    const { index, matcher } = build([
      entry('russia', ['Russia'], { category: 'place' }),
      entry('turkey', ['Turkey'], { category: 'place' }),
    ]);
    const found = (texts: string[]) => findMentions(page(texts), index, matcher).mentions.map((m) => `${m.block}:${m.id}`);
    expect(found(['Baltic States Gearing Up Against Russia', 'Officials met in Riga on Monday.'])).toEqual(['0:russia']);
    expect(found(['The Best Smoked Turkey for a Crowd', 'Brine the turkey overnight, then smoke it slowly.'])).toEqual([]);
  });

  it('reads no lower-case form that ends another\'s name, and reads the names inside it alone', () => {
    const { index, matcher } = build([
      entry('helsinki-summit', [{ text: 'summit in Helsinki', case: 'any' }], { category: 'summit' }),
      entry('finland', ['Finland'], { category: 'place' }),
    ]);
    const found = (t: string) => findMentions(page([t]), index, matcher).mentions.map((m) => m.id);
    expect(found('Leaders met at the Baltic Sea Allies Summit in Helsinki, Finland, on Tuesday.')).toEqual(['finland']);
    expect(found('Critics attacked the summit in Helsinki for weeks.')).toEqual(['helsinki-summit']);
    // A word capitalised because it opens the sentence is no name.
    expect(found('Critics spoke for weeks. The Summit in Helsinki ended without a deal.')).toEqual(['helsinki-summit']);
  });

  it('reads no place inside a longer name', () => {
    const { index, matcher } = build([entry('kyiv', ['Kyiv'], { category: 'place' })]);
    const found = findMentions(page(['Dynamo Kyiv lost at home.', 'Drones struck Kyiv overnight.']), index, matcher).mentions;
    expect(found.map((m) => m.block)).toEqual([1]);
  });
});
