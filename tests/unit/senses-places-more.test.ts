// Ambiguous place names added in data/entries/places-more.json, each in real news sentences.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('Sumy: the Ukrainian city, not Polish or Ukrainian sums', () => {
  it('the city in war news', () => {
    expect(senses(['A Russian ballistic missile struck the centre of Sumy on Palm Sunday, killing dozens of civilians.'])).toContain('Sumy=sumy');
    expect(senses(['Rosyjski atak rakietowy na Sumy: zginęło ponad 30 osób, poinformowały władze Ukrainy.'], 'pl')).toContain('Sumy=sumy');
    expect(senses(['Росія завдала ракетного удару по Сумах; Суми зазнали обстрілу вранці, повідомили в області.'], 'uk')).toContain('Суми=sumy');
  });
  it('not sums of money', () => {
    expect(ids(['Sumy przeznaczone na ten cel zostaną wypłacone do końca roku.'], 'pl')).not.toContain('sumy');
    expect(ids(['Суми виплат зростуть з наступного місяця, повідомив Пенсійний фонд.'], 'uk')).not.toContain('sumy');
  });
});

describe('Dnipro: the city, not the river', () => {
  it('the city under attack', () => {
    expect(senses(['A Russian missile hit an apartment block in Dnipro, killing 46 residents.'])).toContain('Dnipro=dnipro');
    expect(senses(['Унаслідок атаки на Дніпро у місті пошкоджено багатоповерхівку, повідомив мер.'], 'uk')).toContain('Дніпро=dnipro');
    expect(senses(['У Дніпрі після обстрілу загинули троє людей, повідомив мер.'], 'uk')).toContain('Дніпрі=dnipro');
  });
  it('not the river', () => {
    expect(ids(['Russian troops hold the left bank of the Dnipro after withdrawing from Kherson.'])).not.toContain('dnipro');
    expect(ids(['The Dnipro River flooded villages after the Kakhovka dam was destroyed.'])).not.toContain('dnipro');
    expect(ids(['Wojska rosyjskie okopały się na lewym brzegu Dniepru.'], 'pl')).not.toContain('dnipro');
    expect(ids(['Російські війська закріпилися на лівому березі Дніпра.'], 'uk')).not.toContain('dnipro');
  });
});

describe('Северск (Russian): Siversk in Donetsk region, not the city in Tomsk region', () => {
  it('the Donbas town', () => {
    expect(senses(['Герасимов доложил о взятии Северска в ДНР, ВСУ отрицают это.'], 'ru')).toContain('Северска=siversk');
  });
  it('not Seversk near Tomsk', () => {
    expect(ids(['В Северске Томской области открыли новую школу.'], 'ru')).not.toContain('siversk');
  });
});

describe('Николаев (Russian): Mykolaiv, not a surname', () => {
  it('the city', () => {
    expect(senses(['Ракетный удар по Николаеву: в городе повреждено здание областной администрации.'], 'ru')).toContain('Николаеву=mykolaiv');
  });
  it('not a person', () => {
    expect(ids(['Хоккеист Николаев забросил шайбу в третьем периоде.'], 'ru')).not.toContain('mykolaiv');
  });
});
