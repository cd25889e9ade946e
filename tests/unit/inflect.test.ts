// Case forms made at build time (lib/dataset/inflect.ts): each rule on words and sentences written
// for these tests, the stop list, and the forms at work through the matcher.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, entry } from './helpers';
import { compileIndex } from '../../lib/dataset/compile';
import { INFLECTING, STOP, inflect, inflectedAliases, type InflectOptions } from '../../lib/dataset/inflect';
import { ALIAS_AMBIGUOUS } from '../../lib/dataset/compile';
import type { Alias, Category, Entry } from '../../lib/dataset/schema';
import { validateDataset } from '../../lib/dataset/validate';
import { findMentions } from '../../lib/match/mentions';
import { aliasKey } from '../../lib/text/normalize';
import { senses } from './senses-lib';

const person: InflectOptions = { category: 'person' };
const place: InflectOptions = { category: 'place' };
const org: InflectOptions = { category: 'organization' };
const woman: InflectOptions = { category: 'person', female: true };

const named = (id: string, category: Category, aliases: (string | Alias)[], extra: Partial<Entry> = {}) =>
  entry(id, aliases, { category, ...extra });

describe('Polish', () => {
  it('declines surnames as animate nouns: genitive, dative, instrumental, locative', () => {
    expect(inflect('Skripal', 'pl', person)).toEqual(['Skripala', 'Skripalowi', 'Skripalem', 'Skripalu']);
    expect(inflect('Pieskow', 'pl', person)).toEqual(['Pieskowa', 'Pieskowowi', 'Pieskowem', 'Pieskowie']);
    expect(inflect('Putin', 'pl', person)).toEqual(['Putina', 'Putinowi', 'Putinem', 'Putinie']);
    expect(inflect('Sunak', 'pl', person)).toEqual(['Sunaka', 'Sunakowi', 'Sunakiem', 'Sunaku']);
    expect(inflect('Scholz', 'pl', person)).toEqual(['Scholza', 'Scholzowi', 'Scholzem', 'Scholzu']);
  });

  it('declines -ski surnames as adjectives, and men in -a like feminine nouns', () => {
    expect(inflect('Zełenski', 'pl', person)).toEqual(['Zełenskiego', 'Zełenskiemu', 'Zełenskim']);
    expect(inflect('Kaddafi', 'pl', person)).toEqual(['Kaddafiego', 'Kaddafiemu', 'Kaddafim']);
    expect(inflect('Obama', 'pl', person)).toEqual(['Obamy', 'Obamie', 'Obamę', 'Obamą']);
  });

  it('declines feminine places by their ending, with the softening before -e', () => {
    expect(inflect('Gruzja', 'pl', place)).toEqual(['Gruzji', 'Gruzję', 'Gruzją']);
    expect(inflect('Ukraina', 'pl', place)).toEqual(['Ukrainy', 'Ukrainie', 'Ukrainę', 'Ukrainą']);
    expect(inflect('Syria', 'pl', place)).toEqual(['Syrii', 'Syrię', 'Syrią']);
    expect(inflect('Korea', 'pl', place)).toEqual(['Korei', 'Koreę', 'Koreą']);
    expect(inflect('Ameryka', 'pl', place)).toEqual(['Ameryki', 'Ameryce', 'Amerykę', 'Ameryką']);
    expect(inflect('Polska', 'pl', place)).toEqual(['Polski', 'Polsce', 'Polskę', 'Polską']);
    expect(inflect('Łotwa', 'pl', place)).toEqual(['Łotwy', 'Łotwie', 'Łotwę', 'Łotwą']);
  });

  it('gives masculine places -u, -a only where listed, and the -ów of cities', () => {
    expect(inflect('Iran', 'pl', place)).toEqual(['Iranu', 'Iranowi', 'Iranem', 'Iranie']);
    expect(inflect('Brexit', 'pl', { category: 'event' })).toEqual(['Brexitu', 'Brexitowi', 'Brexitem', 'Brexicie']);
    expect(inflect('Kreml', 'pl', org)).toEqual(['Kremla', 'Kremlowi', 'Kremlem', 'Kremlu']);
    expect(inflect('Kijów', 'pl', place)).toEqual(['Kijowa', 'Kijowowi', 'Kijowem', 'Kijowie']);
    expect(inflect('Kosowo', 'pl', place)).toEqual(['Kosowa', 'Kosowu', 'Kosowem', 'Kosowie']);
  });

  it('declines a feminine head with its adjectives, and leaves its genitive or prepositional phrase', () => {
    expect(inflect('Unia Europejska', 'pl', org)).toEqual(['Unii Europejskiej', 'Unię Europejską', 'Unią Europejską']);
    expect(inflect('Strefa Gazy', 'pl', place)).toEqual(['Strefy Gazy', 'Strefie Gazy', 'Strefę Gazy', 'Strefą Gazy']);
    expect(inflect('Chińska Republika Ludowa', 'pl', place)).toContain('Chińskiej Republiki Ludowej');
    expect(inflect('wojna w Ukrainie', 'pl', { category: 'event' })).toContain('wojny w Ukrainie');
    expect(inflect('Rada Najwyższa Ukrainy', 'pl', org)).toContain('Radzie Najwyższej Ukrainy');
  });

  it('declines a masculine, neuter or plural head with its adjectives', () => {
    const treaty: InflectOptions = { category: 'treaty' };
    expect(inflect('Układ Warszawski', 'pl', org)).toEqual(['Układu Warszawskiego', 'Układowi Warszawskiemu', 'Układem Warszawskim', 'Układzie Warszawskim']);
    expect(inflect('Departament Stanu', 'pl', org)).toContain('Departamencie Stanu');
    expect(inflect('traktat INF', 'pl', treaty)).toContain('traktatem INF');
    expect(inflect('Protokół Miński', 'pl', treaty)).toContain('Protokołu Mińskiego'); // ó opens to o
    expect(inflect('porozumienie paryskie', 'pl', treaty)).toEqual(['porozumienia paryskiego', 'porozumieniu paryskiemu', 'porozumieniem paryskim', 'porozumieniu paryskim']);
    expect(inflect('Państwo Islamskie', 'pl', org)).toContain('Państwie Islamskim');
    expect(inflect('memorandum budapeszteńskie', 'pl', treaty)).toContain('memorandum budapeszteńskiego');
    // Plural: the dative, instrumental and locative; the genitive only where it is regular (-ń).
    expect(inflect('porozumienia mińskie', 'pl', treaty)).toEqual(['porozumieniom mińskim', 'porozumieniami mińskimi', 'porozumieniach mińskich', 'porozumień mińskich']);
    expect(inflect('kraje bałtyckie', 'pl', place)).toEqual(['krajom bałtyckim', 'krajami bałtyckimi', 'krajach bałtyckich']);
  });

  it('declines a given name and surname together', () => {
    expect(inflect('Boris Johnson', 'pl', person)).toEqual(['Borisa Johnsona', 'Borisowi Johnsonowi', 'Borisem Johnsonem', 'Borisie Johnsonie']);
  });

  it('makes no form where the rule cannot be sure', () => {
    expect(inflect('zimna wojna', 'pl', { category: 'event' })).toEqual([]); // which word is the noun?
    expect(inflect('Niemiec', 'pl', person)).toEqual([]); // fleeting vowel
    expect(inflect('Maduro', 'pl', person)).toEqual([]);
    expect(inflect('Barack Obama', 'pl', person)).toEqual([]); // Barack: English spelling
    expect(inflect('NATO', 'pl', org)).toEqual([]);
    expect(inflect('ChRL', 'pl', place)).toEqual([]);
    expect(inflect('Chiny', 'pl', place)).toEqual([]); // plural: Chin, Chinach are listed in the data
  });

  it("leaves a woman's foreign surname as it is and declines her given name", () => {
    expect(inflect('Merkel', 'pl', woman)).toEqual([]);
    expect(inflect('Kaja Kallas', 'pl', woman)).toEqual(['Kai Kallas', 'Kaję Kallas', 'Kają Kallas']);
  });
});

describe('Russian', () => {
  it('declines surnames in -ин and -ов with the instrumental -ым', () => {
    expect(inflect('Путин', 'ru', person)).toEqual(['Путина', 'Путину', 'Путиным', 'Путине']);
    expect(inflect('Песков', 'ru', person)).toEqual(['Пескова', 'Пескову', 'Песковым', 'Пескове']);
    expect(inflect('Трамп', 'ru', person)).toEqual(['Трампа', 'Трампу', 'Трампом', 'Трампе']);
    expect(inflect('Шольц', 'ru', person)).toEqual(['Шольца', 'Шольцу', 'Шольцем', 'Шольце']);
  });

  it('declines adjectival surnames and -а nouns', () => {
    expect(inflect('Зеленский', 'ru', person)).toEqual(['Зеленского', 'Зеленскому', 'Зеленским', 'Зеленском']);
    expect(inflect('Навальный', 'ru', person)).toEqual(['Навального', 'Навальному', 'Навальным', 'Навальном']);
    expect(inflect('Обама', 'ru', person)).toEqual(['Обамы', 'Обаме', 'Обаму', 'Обамой']);
  });

  it('declines places: -ия, -а, hard and soft masculine nouns', () => {
    expect(inflect('Россия', 'ru', place)).toEqual(['России', 'Россию', 'Россией']);
    expect(inflect('Украина', 'ru', place)).toEqual(['Украины', 'Украине', 'Украину', 'Украиной']);
    expect(inflect('Польша', 'ru', place)).toEqual(['Польши', 'Польше', 'Польшу', 'Польшей']);
    expect(inflect('Крым', 'ru', place)).toEqual(['Крыма', 'Крыму', 'Крымом', 'Крыме']);
    expect(inflect('Харьков', 'ru', place)).toContain('Харьковом'); // a city in -ов: -ом, not -ым
    expect(inflect('Кремль', 'ru', org)).toEqual(['Кремля', 'Кремлю', 'Кремлем', 'Кремле']);
    expect(inflect('Китай', 'ru', place)).toEqual(['Китая', 'Китаю', 'Китаем', 'Китае']);
    expect(inflect('Беларусь', 'ru', place)).toEqual(['Беларуси', 'Беларусью']);
  });

  it('declines adjectives before the head noun and leaves what follows it', () => {
    expect(inflect('Российская Федерация', 'ru', place)).toEqual([
      'Российской Федерации',
      'Российскую Федерацию',
      'Российской Федерацией',
    ]);
    expect(inflect('Совет Безопасности ООН', 'ru', org)).toEqual([
      'Совета Безопасности ООН',
      'Совету Безопасности ООН',
      'Советом Безопасности ООН',
      'Совете Безопасности ООН',
    ]);
    expect(inflect('холодная война', 'ru', { category: 'event' })).toContain('холодной войны');
  });

  it('declines neuter and plural heads with their adjectives', () => {
    const treaty: InflectOptions = { category: 'treaty' };
    expect(inflect('Парижское соглашение', 'ru', treaty)).toEqual(['Парижского соглашения', 'Парижскому соглашению', 'Парижским соглашением', 'Парижском соглашении']);
    expect(inflect('расширение НАТО', 'ru', { category: 'event' })).toContain('расширения НАТО');
    expect(inflect('Исламское государство', 'ru', org)).toContain('Исламским государством');
    // Plural: the dative, instrumental and prepositional; the genitive where it is regular.
    expect(inflect('Минские соглашения', 'ru', treaty)).toEqual(['Минских соглашений', 'Минским соглашениям', 'Минскими соглашениями', 'Минских соглашениях']);
    expect(inflect('Вооружённые силы Украины', 'ru', org)).toEqual(['Вооружённым силам Украины', 'Вооружёнными силами Украины', 'Вооружённых силах Украины']);
  });

  it('leaves foreign names in vowels, and women’s in consonants, as they are', () => {
    expect(inflect('Мадуро', 'ru', person)).toEqual([]);
    expect(inflect('Меркель', 'ru', woman)).toEqual([]);
    expect(inflect('Захарова', 'ru', woman)).toEqual(['Захаровой', 'Захарову']);
    expect(inflect('Ангела Меркель', 'ru', woman)).toContain('Ангелы Меркель');
  });
});

describe("a place's adjective (the -ski type, in lower case)", () => {
  it('gets every gender, number and case in Russian, Ukrainian and Polish', () => {
    const ru = inflect('сирийский', 'ru', place);
    for (const f of ['сирийского', 'сирийскому', 'сирийским', 'сирийском', 'сирийская', 'сирийской', 'сирийскую', 'сирийское', 'сирийские', 'сирийских', 'сирийскими']) expect(ru).toContain(f);
    const uk = inflect('український', 'uk', place);
    for (const f of ['українського', 'українському', 'українським', 'українськім', 'українська', 'української', 'українській', 'українську', 'українською', 'українське', 'українські', 'українських', 'українськими']) expect(uk).toContain(f);
    const pl = inflect('radziecki', 'pl', place);
    for (const f of ['radzieckiego', 'radzieckiemu', 'radzieckim', 'radziecka', 'radzieckiej', 'radziecką', 'radzieckie', 'radzieckich', 'radzieckimi', 'radzieccy']) expect(pl).toContain(f);
  });

  it('leaves a capitalised name of the same ending to the name rules', () => {
    expect(inflect('Зеленский', 'ru', place)).toEqual([]);
    expect(inflect('Kaliński', 'pl', place)).not.toContain('Kalińscy');
  });

  it('finds the adjective in any form, and leaves the language it names', () => {
    const ukraine = named('ukraine', 'place', ['Ukraine', { text: 'український', lang: 'uk', case: 'any' }], { notThis: ['українською мовою'] });
    const { index, matcher } = build([ukraine]);
    const found = (text: string) => findMentions({ texts: [text], inArticle: [true], lang: 'uk' }, index, matcher).mentions.map((m) => text.slice(m.start, m.end));
    expect(found('Українські військові тримають оборону.')).toEqual(['Українські']);
    expect(found('Урок проходив українською мовою.')).toEqual([]);
  });
});

describe('Ukrainian', () => {
  it('declines feminine places with -ою and the alternation before -і', () => {
    expect(inflect('Україна', 'uk', place)).toEqual(['України', 'Україні', 'Україну', 'Україною']);
    // "In" is в or у by the sounds around it, the same phrase either way.
    const war = inflect('війна в Газі', 'uk', { category: 'event' });
    for (const f of ['війна у Газі', 'війни в Газі', 'війни у Газі', 'війною у Газі']) expect(war).toContain(f);
    expect(war).not.toContain('війна в Газі');
    expect(inflect('Росія', 'uk', place)).toEqual(['Росії', 'Росію', 'Росією']);
    expect(inflect('Америка', 'uk', place)).toEqual(['Америки', 'Америці', 'Америку', 'Америкою']);
    expect(inflect('Польща', 'uk', place)).toEqual(['Польщі', 'Польщу', 'Польщею']);
  });

  it('declines surnames: adjectival, -ін with -им, -енко', () => {
    expect(inflect('Зеленський', 'uk', person)).toEqual(['Зеленського', 'Зеленському', 'Зеленським']);
    expect(inflect('Путін', 'uk', person)).toEqual(['Путіна', 'Путіну', 'Путіним']);
    expect(inflect('Трамп', 'uk', person)).toEqual(['Трампа', 'Трампу', 'Трампові', 'Трампом']);
    expect(inflect('Порошенко', 'uk', person)).toEqual(['Порошенка', 'Порошенку', 'Порошенкові', 'Порошенком']);
  });

  it('gives masculine places their instrumental only, and nothing where the vowel changes', () => {
    expect(inflect('Крим', 'uk', place)).toEqual(['Кримом']);
    expect(inflect('Київ', 'uk', place)).toEqual([]); // Києва
    expect(inflect('Запоріжжя', 'uk', place)).toEqual([]); // neuter
    expect(inflect('Саудівська Аравія', 'uk', place)).toContain('Саудівської Аравії');
  });

  it('finds the head of a phrase whose noun looks like an adjective in -на', () => {
    const event: InflectOptions = { category: 'event' };
    const inUkraine = ['війни в Україні', 'війні в Україні', 'війну в Україні', 'війною в Україні'];
    expect(inflect('війна в Україні', 'uk', event)).toEqual([...inUkraine, 'війна у Україні', ...inUkraine.map((f) => f.replace(' в ', ' у '))]);
    expect(inflect('холодна війна', 'uk', event)).toContain('холодною війною');
    expect(inflect('Верховна Рада', 'uk', org)).toContain('Верховною Радою');
    // A common noun before a name heads the phrase; the name, its genitive, stays.
    const concept: InflectOptions = { category: 'concept' };
    expect(inflect('доктрина Герасимова', 'uk', concept)).toEqual(['доктрини Герасимова', 'доктрині Герасимова', 'доктрину Герасимова', 'доктриною Герасимова']);
    expect(inflect('доктрина Монро', 'uk', concept)).toContain('доктрини Монро');
  });

  it('declines plural heads after plural adjectives, and neuter heads in -ння', () => {
    const treaty: InflectOptions = { category: 'treaty' };
    expect(inflect('Мінські угоди', 'uk', treaty)).toEqual(['Мінським угодам', 'Мінськими угодами', 'Мінських угодах']);
    expect(inflect('розширення НАТО', 'uk', { category: 'event' })).toEqual(['розширенню НАТО', 'розширенням НАТО', 'розширенні НАТО']);
  });
});

describe('French, Spanish, Italian and Portuguese', () => {
  it("make the other genders and numbers of a place's adjective", () => {
    expect(inflect('irakienne', 'fr', place)).toEqual(['irakiennes', 'irakiens', 'irakien']);
    expect(inflect('iraquí', 'es', place)).toEqual(['iraquíes']);
    expect(inflect('sovietici', 'it', org)).toEqual(['sovietiche', 'sovietico', 'sovietica']);
    expect(inflect('norte-coreano', 'pt', place)).toEqual(['norte-coreanos', 'norte-coreanas', 'norte-coreana']);
    expect(inflect('kazakh', 'fr', place)).toEqual([]); // no family of endings
    expect(inflect('Irak', 'fr', place)).toEqual([]); // names are not adjectives
    expect(inflect('oligarque', 'fr', { category: 'concept' })).toEqual([]);
  });
});

describe('German', () => {
  it('adds the genitive to names that end in a masculine or neuter head noun, whatever their category', () => {
    const treaty: InflectOptions = { category: 'treaty' };
    expect(inflect('INF-Vertrag', 'de', treaty)).toEqual(['INF-Vertrags', 'INF-Vertrages']);
    expect(inflect('Warschauer Pakt', 'de', org)).toEqual(['Warschauer Pakts', 'Warschauer Paktes']);
    expect(inflect('Budapester Memorandum', 'de', treaty)).toEqual(['Budapester Memorandums']);
    expect(inflect('Atomabkommen', 'de', treaty)).toEqual(['Atomabkommens']);
    expect(inflect('Kalter Krieg', 'de', { category: 'event' })).toEqual([]); // the adjective declines too: listed
    expect(inflect('Murat', 'de', person)).toEqual(['Murats']); // a person's name is no head noun
  });

  it('adds the genitive to a head noun with its place or party after it', () => {
    const event: InflectOptions = { category: 'event' };
    expect(inflect('Konflikt in der Ostukraine', 'de', event)).toEqual(['Konflikts in der Ostukraine', 'Konfliktes in der Ostukraine']);
    expect(inflect('Einmarsch in die Ukraine', 'de', event)).toEqual(['Einmarsches in die Ukraine', 'Einmarschs in die Ukraine']);
    expect(inflect('Gipfel in Helsinki', 'de', { category: 'summit' })).toEqual(['Gipfels in Helsinki']);
    expect(inflect('Krieg der Sterne', 'de', event)).toEqual([]); // no place after the head
  });

  it('adds the genitive -s to names and neuter places', () => {
    expect(inflect('Putin', 'de', person)).toEqual(['Putins']);
    expect(inflect('Wladimir Putin', 'de', person)).toEqual(['Wladimir Putins']);
    expect(inflect('Russland', 'de', place)).toEqual(['Russlands']);
    expect(inflect('China', 'de', place)).toEqual(['Chinas']);
    expect(inflect('Kreml', 'de', org)).toEqual(['Kremls']);
  });

  it('not after s, x, z, nor on feminine, plural or multi-word places, nor on abbreviations', () => {
    for (const [text, opts] of [
      ['Scholz', person],
      ['Merz', person],
      ['Vance', person],
      ['Ukraine', place],
      ['Türkei', place],
      ['Krim', place],
      ['Sowjetunion', org],
      ['Taliban', org],
      ['Republik Moldau', place],
      ['UdSSR', org],
      ['Kenia', place],
    ] as const) {
      expect(inflect(text, 'de', opts), text).toEqual([]);
    }
  });
});

describe('the stop list', () => {
  it('keeps forms that are common words out of the index', () => {
    const rows = inflectedAliases([
      named('gaza', 'place', [{ text: 'Gaza', lang: ['en', 'pl'] }]),
      named('essen', 'place', [{ text: 'Essen', lang: ['en', 'de'] }]),
      named('rada', 'organization', [{ text: 'Рада', lang: 'ru' }]),
    ]).map((r) => r[0]);
    expect(inflect('Gaza', 'pl', place)).toContain('Gazy');
    expect(inflect('Essen', 'de', place)).toContain('Essens');
    expect(inflect('Рада', 'ru', org)).toContain('Рады');
    expect(rows).toContain('Gazie');
    expect(rows).not.toContain('Gazy');
    expect(rows).not.toContain('Essens');
    expect(rows).not.toContain('Рады');
    expect(rows).toContain('Радой');
  });

  it('holds lower-case keys of the inflecting languages only', () => {
    expect(Object.keys(STOP).sort()).toEqual([...INFLECTING].sort());
    for (const list of Object.values(STOP)) for (const w of list) expect(w).toBe(aliasKey(w));
  });
});

describe('generated aliases', () => {
  const entries = [
    named('peskov', 'person', ['Peskov', { text: 'Pieskow', lang: 'pl' }, { text: 'Песков', lang: 'ru' }]),
    named('skripal', 'event', ['Skripal', { text: 'Skripala', lang: 'pl', inflected: true }]),
    named('georgia', 'place', [{ text: 'Georgia', ambiguous: true }, { text: 'Gruzja', lang: 'pl', ambiguous: true }], {
      context: { support: ['Tbilisi'], against: [] },
    }),
    named('cold-war', 'event', [{ text: 'холодная война', lang: 'ru', case: 'any' }]),
  ];
  const rows = inflectedAliases(entries);

  it('carries its language only, and the case rule and ambiguity of its alias', () => {
    expect(rows.find((r) => r[0] === 'Pieskowa')).toEqual(['Pieskowa', 0, 0, 'pl']);
    expect(rows.find((r) => r[0] === 'Пескова')).toEqual(['Пескова', 0, 0, 'ru']);
    expect(rows.find((r) => r[0] === 'Gruzji')?.[2]).toBe(2); // ambiguous
    expect(rows.find((r) => r[0] === 'холодной войны')?.[2]).toBe(1); // any case
  });

  it('declines neither English-only aliases nor listed case forms', () => {
    expect(rows.map((r) => r[0])).not.toContain('Peskova'); // "Peskov" is not marked as Polish
    expect(rows.map((r) => r[0])).not.toContain('Skripaly');
    expect(rows.every((r) => (INFLECTING as readonly string[]).includes(r[3]))).toBe(true);
  });

  it('keeps a generic form for every entry whose alias it is when each needs evidence, and merges one entry\'s two', () => {
    const civil = (id: string) =>
      named(id, 'event', [{ text: 'гражданская война', lang: 'ru', case: 'any', ambiguous: true }], { context: { support: [id], against: [] } });
    const rows = inflectedAliases([
      civil('syria'),
      civil('yemen'),
      named('maidan', 'event', [{ text: 'Майдан', lang: 'ru', ambiguous: true }, { text: 'майдан', lang: 'ru', case: 'any', ambiguous: true }], {
        context: { support: ['x'], against: [] },
      }),
    ]);
    expect(rows.filter((r) => r[0] === 'гражданской войне').map((r) => r[1])).toEqual([0, 1]);
    expect(rows.filter((r) => aliasKey(r[0]) === 'майдана')).toEqual([['Майдана', 2, 3, 'ru']]); // any case, ambiguous
  });

  it('declines the phrases of concepts, treaties, summits and laws in the Slavic languages only', () => {
    const made = inflectedAliases([
      named('missile-defense', 'concept', [{ text: 'obrona przeciwrakietowa', lang: 'pl', case: 'any' }, { text: 'Raketenabwehr', lang: 'de' }]),
      named('nuclear-triad', 'concept', [{ text: 'ядерная триада', lang: 'ru', case: 'any' }]),
      named('helsinki-summit', 'summit', [{ text: 'Helsinki-Gipfel', lang: 'de' }, { text: 'саммит в Хельсинки', lang: 'ru' }]),
      named('iron-dome', 'weapon', [{ text: 'Żelazna Kopuła', lang: 'pl' }]),
    ]).map((r) => r[0]);
    expect(made).toEqual(expect.arrayContaining(['obrony przeciwrakietowej', 'obronę przeciwrakietową', 'ядерной триады', 'саммите в Хельсинки', 'Helsinki-Gipfels']));
    expect(made).not.toContain('Raketenabwehrs'); // a feminine noun: German's genitive -s is a name's or a masculine or neuter head's
    expect(made).not.toContain('Żelaznej Kopuły'); // weapons keep their listed forms
  });

  it('drops a form that is an alias already, or that two entries would make', () => {
    const two = inflectedAliases([
      named('a', 'place', [{ text: 'Ukraina', lang: 'pl' }, { text: 'Ukrainy', lang: 'pl', inflected: true }]),
      named('b', 'place', [{ text: 'Rosja', lang: 'pl' }]),
      named('c', 'place', [{ text: 'Rosja', lang: 'pl', ambiguous: true }], { context: { support: ['x'], against: [] } }),
    ]).map((r) => r[0]);
    expect(two).not.toContain('Ukrainy');
    expect(two).toContain('Ukrainie');
    expect(two).not.toContain('Rosji');
  });

  it('keeps a form that the entry lists only in another case (as some media write it)', () => {
    const made = inflectedAliases([
      named('putin', 'person', [{ text: 'Путін', lang: 'uk' }, { text: 'путіна', lang: 'uk', inflected: true }, { text: 'Путіну', lang: 'uk', case: 'any', inflected: true }]),
    ]).map((r) => r[0]);
    expect(made).toContain('Путіна'); // the lower-case "путіна" does not match it
    expect(made).not.toContain('Путіну'); // an any-case "Путіну" does
  });
});

describe('through the matcher', () => {
  const entries = [
    named('peskov', 'person', ['Peskov', 'Dmitry Peskov', { text: 'Pieskow', lang: 'pl' }, { text: 'Dmitrij Pieskow', lang: 'pl' }]),
    named('kremlin', 'organization', ['Kremlin', { text: 'Kreml', lang: ['de', 'pl'] }]),
    named('russia', 'place', ['Russia', { text: 'Rosja', lang: 'pl' }, { text: 'Russland', lang: 'de' }]),
    named('ukraine', 'place', ['Ukraine', { text: 'Ukraina', lang: 'pl' }]),
    named('skripal', 'event', ['Skripal', { text: 'Skripala', lang: 'pl', inflected: true }]),
    named('russo-ukrainian-war', 'event', [{ text: 'war in Ukraine', case: 'any' }, { text: 'wojna w Ukrainie', lang: 'pl', case: 'any' }]),
  ];
  const { index, matcher } = build(entries);
  const ids = (text: string) =>
    findMentions({ texts: [text], inArticle: [true], lang: '' }, index, matcher, { density: 'all', includeCommon: true, hiddenCategories: [] })
      .mentions.map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

  it('finds the entries of a Polish sentence in their case forms', () => {
    expect(
      ids(
        'Rzecznik Kremla Dmitrij Pieskow powiedział, że Rosja nie jest gotowa do rozmów, które proponuje Ukraina, i że przez sprawę ' +
          'Skripala nie zmieni zdania. Jak dodał, w Rosji już o tym wiedzą, a słowa Pieskowa potwierdził Kreml.',
      ),
    ).toEqual([
      'kremlin:Kremla',
      'peskov:Dmitrij Pieskow',
      'russia:Rosja',
      'ukraine:Ukraina',
      'skripal:Skripala',
      'russia:Rosji',
      'peskov:Pieskowa',
      'kremlin:Kreml',
    ]);
  });

  it('applies the case rule to generated forms: exact stays exact, any stays any', () => {
    expect(ids('Rzecznik powiedział, że PIESKOWA nie ma, a o WOJNIE W UKRAINIE już jest mowa przez ten czas, jak od lat.')).toEqual([
      'russo-ukrainian-war:WOJNIE W UKRAINIE',
    ]);
  });

  it('does not use Polish forms on an English page, nor German ones on a Polish page', () => {
    expect(ids('The report said that Pieskowa and Kremla are not English words, and that the Kremlin was wrong about it.')).toEqual([
      'kremlin:Kremlin',
    ]);
    expect(matcher.findAll('Russlands Kremla', 'pl').map((m) => 'Russlands Kremla'.slice(m.start, m.end))).toEqual(['Kremla']);
    expect(matcher.findAll('Russlands Kremla', 'de').map((m) => 'Russlands Kremla'.slice(m.start, m.end))).toEqual(['Russlands']);
  });

  it('compiles each form once per language, after the aliases, with nothing added for English', () => {
    const compiled = compileIndex(entries);
    expect(compiled.aliases.filter((a) => a[0] === 'Kremla').map((a) => a[3])).toEqual(['pl']);
    expect(compiled.aliases.filter((a) => a[0] === 'Kremls').map((a) => a[3])).toEqual(['de']);
    // The Polish spelling of the full name is for every page (a person's full name), its case forms are not.
    expect(compiled.aliases.filter((a) => a[3] === '').map((a) => a[0]).sort()).toEqual(
      ['Dmitrij Pieskow', 'Dmitry Peskov', 'Kremlin', 'Peskov', 'Russia', 'Skripal', 'Ukraine', 'war in Ukraine'].sort(),
    );
  });
});

describe('the real dataset', () => {
  const DIR = join(import.meta.dirname, '..', '..', 'data', 'entries');
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8') }));
  const { entries } = validateDataset(files);

  it('marks as women only people, and every person its text calls "she"', () => {
    expect(entries.filter((e) => e.feminine && e.category !== 'person').map((e) => e.id)).toEqual([]);
    const she = entries.filter((e) => e.category === 'person' && /\b(she|her|She|Her)\b/.test(`${e.summary} ${e.timeline.map((t) => t.event).join(' ')}`));
    expect(she.filter((e) => !e.feminine).map((e) => e.id)).toEqual([]);
  });

  it('adds no form that is an alias on the same pages, and finds the Polish forms of the failing page', () => {
    const rows = inflectedAliases(entries);
    const byKey = new Map<string, typeof rows>();
    for (const r of rows) byKey.set(`${r[3]}:${aliasKey(r[0])}`, [...(byKey.get(`${r[3]}:${aliasKey(r[0])}`) ?? []), r]);
    // A form two entries share is one each of them must be decided by evidence for.
    const shared = [...byKey.values()].filter((g) => g.length > 1).flat();
    expect(shared.filter((r) => !(r[2] & ALIAS_AMBIGUOUS))).toEqual([]);
    const keys = new Map(rows.map((r) => [`${r[3]}:${aliasKey(r[0])}`, r]));
    const id = (text: string) => entries[keys.get(`pl:${aliasKey(text)}`)?.[1] ?? -1]?.id;
    expect(['Gruzji', 'Pieskowa', 'Ławrowa', 'Zełenskiego', 'Ukrainie', 'Rosji', 'Kremla'].map(id)).toEqual([
      'georgia-country',
      'peskov',
      'lavrov',
      'zelenskyy',
      'ukraine',
      'russia',
      'kremlin',
    ]);
  });
});

describe('a name with its capitals set without their accents', () => {
  it('is a form of the name, with its flags and languages, unless the data lists it', () => {
    const index = compileIndex([named('baltic', 'place', [{ text: 'États baltes', lang: 'fr' }, { text: 'Égypte', lang: 'fr', ambiguous: true }, { text: 'Egypte', lang: 'fr' }])]);
    expect(index.aliases.filter((a) => a[0] === 'Etats baltes')).toEqual([['Etats baltes', 0, 0, 'fr']]);
    // Listed already: not twice. Small letters keep their accents, and German umlauts are no accents.
    expect(index.aliases.filter((a) => a[0] === 'Egypte')).toHaveLength(1);
    expect(compileIndex([named('x', 'place', ['Österreich', 'Genève'])]).aliases.map((a) => a[0]).sort()).toEqual(['Genève', 'Österreich']);
  });

  it('is found in the text', () => {
    expect(senses(['Les Etats baltes craignent la Russie.'], 'fr')).toContain('Etats baltes=baltic-states');
  });
});

describe('a person’s full name in another language’s spelling', () => {
  it('is used on every page; a single word, an inflected form and another category stay with their languages', () => {
    const index = compileIndex([
      named('navalny', 'person', ['Navalny', { text: 'Alexei Navalni', lang: 'pt' }, { text: 'Navalni', lang: 'es' }, { text: 'Aleksieja Nawalnego', lang: 'pl', inflected: true }]),
      named('kyiv', 'place', [{ text: 'Kijów Pasażerski', lang: 'pl' }]),
    ]);
    const langOf = (text: string) => index.aliases.filter((a) => a[0] === text).map((a) => a[3]);
    expect(langOf('Alexei Navalni')).toEqual(['']);
    expect(langOf('Navalni')).toEqual(['es']);
    expect(langOf('Aleksieja Nawalnego')).toEqual(['pl']);
    expect(langOf('Kijów Pasażerski')).toEqual(['pl']);
  });

  it('is found on an English page', () => {
    expect(senses(['The prominent opposition member Alexei Navalni was poisoned in August.'], 'en')).toContain('Alexei Navalni=navalny');
  });
});

describe('an organisation’s acronym with a full stop after each letter', () => {
  it('is a form of the acronym, with its flags, unless the data lists it', () => {
    const index = compileIndex([
      named('gru', 'organization', ['GRU', { text: 'SVR', ambiguous: true }]),
      named('us', 'place', ['US', 'U.S.']),
    ]);
    const forms = index.aliases.filter((a) => a[1] === 0).map((a) => a[0]);
    expect(forms).toEqual(expect.arrayContaining(['G.R.U.', 'S.V.R.']));
    expect(index.aliases.find((a) => a[0] === 'S.V.R.')![2] & ALIAS_AMBIGUOUS).toBeTruthy();
    // Anything's of three letters or more ("the I.N.F. Treaty"); two are initials as often ("J.D.").
    const treaty = compileIndex([named('inf', 'treaty', ['INF', 'US'])]).aliases.map((a) => a[0]);
    expect(treaty).toContain('I.N.F.');
    expect(treaty).not.toContain('U.S.');
    // A place's is left to the data ("U.S."), and a longer word is no acronym.
    expect(index.aliases.filter((a) => a[0] === 'U.S.')).toHaveLength(1);
  });

  it('is found in the text', () => {
    const { index, matcher } = build([named('gru', 'organization', ['GRU'])]);
    const texts = ['Six officers of the G.R.U. were charged.'];
    const found = findMentions({ texts, inArticle: [true], lang: 'en' }, index, matcher).mentions.map((m) => texts[m.block].slice(m.start, m.end));
    expect(found).toEqual(['G.R.U.']);
  });
});
