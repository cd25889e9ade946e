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
  it('Mikołajów in Polish: the Ukrainian city, not a Polish village', () => {
    expect(senses(['Rosyjski atak rakietowy na Mikołajów na południu Ukrainy.'], 'pl')).toContain('Mikołajów=mykolaiv');
    expect(ids(['Mikołajów to wieś w gminie Strzelin, w powiecie strzelińskim.'], 'pl')).not.toContain('mykolaiv');
  });
});

describe('Сана, Sana: the Yemeni capital, not a given name', () => {
  it('the city held by the Houthis', () => {
    expect(senses(['Израиль нанёс удар по Сане, столице Йемена, которую контролируют хуситы; Сана осталась без электричества.'], 'ru')).toContain('Сана=sanaa');
    expect(senses(['Izraelskie lotnictwo zbombardowało Sana, stolicę Jemenu kontrolowaną przez Huti.'], 'pl')).toContain('Sana=sanaa');
  });
  it('not a person', () => {
    expect(ids(['Сана рассказала журналистам о новом альбоме и предстоящем туре.'], 'ru')).not.toContain('sanaa');
    expect(ids(['Sana wygrała konkurs piosenki w swojej szkole.'], 'pl')).not.toContain('sanaa');
  });
});

describe('Rafah: the city, the crossing is its own entry', () => {
  it('the city', () => {
    expect(ids(['Israeli tanks pushed into the centre of Rafah, where a million displaced people had sheltered.'])).toContain('rafah');
  });
  it('the crossing goes to its own entry', () => {
    const found = ids(['Egypt said the Rafah crossing would reopen for medical evacuations.']);
    expect(found).toContain('rafah-crossing');
    expect(found).not.toContain('rafah');
  });
});

describe('Jerusalem: the city, not the newspaper or the vegetable', () => {
  it('the city', () => {
    expect(ids(['The United States opened its embassy in Jerusalem in May 2018.'])).toContain('jerusalem');
  });
  it('not the Jerusalem Post or artichokes', () => {
    expect(ids(['The Jerusalem Post reported the cabinet vote late on Sunday.'])).not.toContain('jerusalem');
    expect(ids(['Roast the Jerusalem artichokes with garlic and thyme.'])).not.toContain('jerusalem');
    expect(ids(['The al-Quds Brigades, the armed wing of Islamic Jihad, claimed the rocket fire.'])).not.toContain('jerusalem');
    expect(ids(['Palestinian officials call the city Al-Quds.'])).toContain('jerusalem');
  });
  it('East Jerusalem is its own entry', () => {
    const found = ids(['Palestinians want East Jerusalem as the capital of a future state.']);
    expect(found).toContain('east-jerusalem');
    expect(found).not.toContain('jerusalem');
  });
});

describe('Goma: the Congolese city, not rubber or gum', () => {
  it('the city taken by M23', () => {
    expect(senses(['M23 rebels backed by Rwanda captured Goma, the largest city in eastern Congo.'])).toContain('Goma=goma');
    expect(senses(['Los rebeldes del M23 tomaron Goma, en el este de la República Democrática del Congo.'], 'es')).toContain('Goma=goma');
  });
  it('not chewing gum', () => {
    expect(ids(['Goma de mascar sin azúcar: los dentistas recomiendan su consumo moderado.'], 'es')).not.toContain('goma');
    expect(ids(['Goma arábica é usada como espessante em doces e bebidas.'], 'pt')).not.toContain('goma');
  });
});

describe('Amhara: the Ethiopian region, not the people or the language', () => {
  it('the region at war', () => {
    expect(senses(['Fano militias seized several towns in Amhara as the government declared a state of emergency.'])).toContain('Amhara=amhara');
  });
  it('not the people or the language', () => {
    expect(ids(['Amharic, the language of the Amhara, is written in the Ge\'ez script.'])).not.toContain('amhara');
    expect(ids(['Amhara families gathered in Washington to celebrate the new year.'])).not.toContain('amhara');
  });
});

describe('Levant, Levante: the eastern Mediterranean, not the football club, the wind or Japan', () => {
  it('the region', () => {
    expect(senses(['Iran built a network of allied militias across the Levant, from Syria to Lebanon.'])).toContain('Levant=levant');
    expect(senses(['La guerra en Siria y Líbano ha desestabilizado todo el Levante, según el informe.'], 'es')).toContain('Levante=levant');
  });
  it('not the club, the Spanish coast, the wind or Japan', () => {
    expect(ids(['Levante UD lost 2-0 at home in LaLiga on Sunday.'], 'es')).not.toContain('levant');
    expect(ids(['El Levante español sufrirá lluvias torrenciales en Valencia y Alicante este fin de semana.'], 'es')).not.toContain('levant');
    expect(ids(["Le Japon, l'empire du Soleil levant, a élu un nouveau Premier ministre."], 'fr')).not.toContain('levant');
  });
});

describe('Narva: the city, not the river', () => {
  it('the Estonian city', () => {
    expect(ids(['Residents of Narva, on the Russian border, mostly speak Russian.'])).toContain('narva');
  });
  it('not the river', () => {
    expect(ids(['Russian border guards removed buoys from the Narva River.'])).not.toContain('narva');
  });
});

describe("Tripoli: Libya's capital, not Lebanon's Tripoli", () => {
  it('the Libyan capital', () => {
    expect(senses(['Militias clashed in Tripoli after the killing of a commander allied to Libya\'s prime minister Dbeibah.'])).toContain('Tripoli=tripoli-libya');
    expect(senses(['Scontri armati a Tripoli dopo l\'uccisione di un capo milizia: il governo della Libia invita alla calma.'], 'it')).toContain('Tripoli=tripoli-libya');
  });
  it('not the Lebanese city', () => {
    expect(ids(['Protesters gathered in Tripoli, Lebanon\'s second city, over the economic crisis.'])).not.toContain('tripoli-libya');
    expect(ids(['Clashes broke out in Tripoli in northern Lebanon between rival neighbourhoods.'])).not.toContain('tripoli-libya');
    expect(ids(['Tripoli is a lovely place for a summer holiday.'])).not.toContain('tripoli-libya');
  });
});

describe('Aden: the Yemeni port, not a Somali name', () => {
  it('the city', () => {
    expect(senses(['Saudi-backed forces entered Aden as the Southern Transitional Council lost ground in Yemen.'])).toContain('Aden=aden');
  });
  it('not a person, not the gulf', () => {
    expect(ids(["Kenya's defence minister Aden Duale visited troops in Nairobi."])).not.toContain('aden');
    expect(ids(['Pirates attacked a tanker in the Gulf of Aden.'])).not.toContain('aden');
  });
});

describe('Dimitrov: the Russian name of Myrnohrad, not a Bulgarian surname', () => {
  it('the Donbas town', () => {
    expect(senses(['Gerasimov said Russian forces had taken Dimitrov, next to Pokrovsk, in the Donetsk region.'])).toContain('Dimitrov=myrnohrad');
  });
  it('not the tennis player', () => {
    expect(ids(['Grigor Dimitrov of Bulgaria reached the quarter-finals at Wimbledon.'])).not.toContain('myrnohrad');
    expect(ids(['Dimitrov served for the match in the third set.'])).not.toContain('myrnohrad');
  });
});

describe('Tel Aviv and Haifa: the cities, not the football clubs or the singer', () => {
  it('the cities', () => {
    expect(ids(['Iranian missiles struck Tel Aviv and Haifa overnight.'])).toEqual(expect.arrayContaining(['tel-aviv', 'haifa']));
  });
  it('not the clubs or the singer', () => {
    expect(ids(['Maccabi Tel Aviv beat Maccabi Haifa 2-1 in the league.'])).not.toContain('tel-aviv');
    expect(ids(['Maccabi Tel Aviv beat Maccabi Haifa 2-1 in the league.'])).not.toContain('haifa');
    expect(ids(['The Lebanese singer Haifa Wehbe performed in Dubai.'])).not.toContain('haifa');
  });
});

describe('Dara (Polish): Daraa in Syria, not a given name', () => {
  it('the Syrian city', () => {
    expect(senses(['Protesty w Dara na południu Syrii zapoczątkowały powstanie przeciwko Asadowi.'], 'pl')).toContain('Dara=daraa');
  });
  it('not a person', () => {
    expect(ids(['Dara opowiedziała o swojej nowej książce w radiu.'], 'pl')).not.toContain('daraa');
  });
});

describe('Hebron: the West Bank city, not the US towns', () => {
  it('the West Bank city', () => {
    expect(senses(['Israeli settlers attacked Palestinian homes in Hebron, in the occupied West Bank.'])).toContain('Hebron=hebron');
  });
  it('not Hebron, Kentucky', () => {
    expect(ids(['The new warehouse in Hebron, Kentucky, near the Cincinnati airport, will employ 500 people.'])).not.toContain('hebron');
    expect(ids(['Hebron High School won the state football title on Friday night.'])).not.toContain('hebron');
  });
});

describe("Juba: South Sudan's capital, not the Somali regions or river", () => {
  it('the capital', () => {
    expect(ids(['Fighting broke out in Juba between forces loyal to Kiir and Machar.'])).toContain('juba');
  });
  it('not Jubaland or the Juba regions of Somalia', () => {
    expect(ids(['Al-Shabaab fighters attacked a base in Lower Juba, in southern Somalia.'])).not.toContain('juba');
    expect(ids(['Jubaland forces clashed with federal troops near Kismayo.'])).not.toContain('juba');
  });
});

describe('Славянск (Russian): Sloviansk, not Slavyansk-na-Kubani', () => {
  it('the Donbas city', () => {
    expect(ids(['Российская армия обстреляла Славянск в Донецкой области.'], 'ru')).toContain('sloviansk');
  });
  it('not the town in Krasnodar region', () => {
    expect(ids(['В Славянске-на-Кубани открыли новый парк.'], 'ru')).not.toContain('sloviansk');
    expect(ids(['Славянск-на-Кубани — город в Краснодарском крае.'], 'ru')).not.toContain('sloviansk');
  });
});

describe('Kostiantynivka: the Donetsk-region city, not the villages of the same name', () => {
  it('the city near Kramatorsk', () => {
    expect(senses(['Russian troops infiltrated Kostiantynivka, the gateway to Kramatorsk and Sloviansk in Donetsk region.'])).toContain('Kostiantynivka=kostiantynivka');
    expect(senses(['Бои идут на окраинах Константиновки, сообщил глава ДНР.'], 'ru')).toContain('Константиновки=kostiantynivka');
  });
  it('not the village in Sumy region', () => {
    expect(ids(["Russia said it had taken the village of Kostyantynivka in Ukraine's Sumy region."])).not.toContain('kostiantynivka');
    expect(ids(['Kostiantynivka is a common village name in Ukraine.'])).not.toContain('kostiantynivka');
  });
});
