// First names the name check knows beside compromise's lexicon, which is English-centred: the
// given names of the news this dataset covers (Russian, Ukrainian and Belarusian names in their
// usual English spellings, names of the Caucasus, Central Asia, Turkey, Iran, Israel and the Arab world),
// and a few of sport's, common German names compromise does not know ("Gerd Mueller", the striker, is not Robert), and common Russian and Ukrainian names in Cyrillic (nominative and genitive;
// none a first name of a person in the dataset: "Даниил Медведев" is not Дмитрий), and common Chinese
// surnames and given names ("Li Xi", a party chief, is not Xi Jinping). Without them "Daniil Medvedev", the tennis player, was Dmitry Medvedev, and
// so were his bare surnames after it (lib/match/names.ts). Only names compromise does not tag as
// first names are listed; none is an alias of the dataset (a test checks both).
import { ruWord } from '../dataset/inflect/russian';
import { ukWord } from '../dataset/inflect/ukrainian';

/** A patronymic, in any case, which stands between a first name and the surname: "Юрьевича", "Викторович", "Андріївна", "Sergeyevich". */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ьич|овн|евн|івн|ївн|ovich|evich|ovych|evych|ovna|evna|ivna)\p{Ll}*$/u;

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `Daniil Daniił Daniiła Daniiłem Danylo Andriy Andrii Oleksiy Oleksii Vitali Vitaliy Vitaly Vitalii Oleg Oleh Gennady Gennadiy
  Hennadiy Arkady Arkadiy Arseniy Arseny Bohdan Taras Maksym Maxim Timur Ruslan Marat Artyom Grigory
  Grigoriy Hryhoriy Yevgeniy Yevhen Evgeniy Alexey Aleksey Dmitriy Dmytro Mykola Mykhailo Vasyl Vasiliy
  Valeriy Valerii Valeri Walerij Waleri Vyacheslav Viacheslav Svyatoslav Rostislav Rostyslav Vsevolod Kyrylo Fedir Semyon
  Yurii Georgiy Heorhiy Konstantin Kostiantyn Kostyantyn Anatolii Valentyn Vadim Vadym Ihor Illia
  Sergiy Serhiy Serhii Sergii Vladyslav Zakhar Yegor Yehor Gleb Matvei Matvey Yefim Rinat Rashid Ramzan
  Akhmat Dzhokhar Shamil Magomed Aslan Murat Rustam Nursultan Shavkat Emomali Sadyr Almazbek
  Gurbanguly Serdar Ilham Nikol Serzh Levon Mikheil Bidzina Irakli Zurab Alyaksandr Aliaksandr
  Sviatlana Siarhei Uladzimir Yulia Yuliya Iuliia Svetlana Olena Tetiana Tatyana Galina Halyna
  Lyudmila Liudmyla Ksenia Kseniya Yekaterina Kateryna Veronika Iryna Aryna Olha Nataliya Nataliia
  Lyubov Nadezhda Nadiya Valentyna Zoya Inna Maryna Anastasiya Darya Mariya Sofiya Evgenia Yevgenia
  Zhanna Javad Bashar Hafez Maher Asma Mevlut Hakan Binali Ekrem Kemal Ebrahim Mojtaba Qasem Abolfazl
  Yahya Hamad Tamim Khalifa Mansour Nabih Naim Walid Saad Nawaf Rafik Ayman Jannik Novak Casper
  Holger Grigor Taylor Judd Kyren Evgeni Rifaat Rifat Uday Qusay Hosni Gamal Muammar Saif Usama Yasser
  Marwan Faisal Bushra Mehriban Yair Jair Yoav Yoni Naftali Avigdor Itamar Bezalel Gadi Ehud Yitzhak Shimon
  Reuven Gideon
  Gerd Jürgen Juergen Uwe Horst Helmut Lothar Rudi Joachim Heinz Bernd Timo Heiko Hansi Jupp Ottmar Detlef Reinhard Egon Miroslav
  Даниил Даниила Артём Артёма Артем Артема Егор Егора Тимофей Тимофея Глеб Глеба Степан Степана Матвей Матвея
  Илья Ильи Максим Максима Денис Дениса Антон Антона Станислав Станислава Ярослав Ярослава Вадим Вадима Семён
  Семёна Данило Богдан Богдана Тарас Тараса Анастасия Анастасии Дарья Дарьи Екатерина Екатерины Анна Анны Ольга
  Ольги Елена Елены Наталья Натальи Ирина Ирины Татьяна Татьяны Ксения Ксении Полина Полины Алина Алины Юлия
  Юлии Олена Оксана Ірина Юлія Тетяна
  Li Wang Zhang Liu Chen Yang Zhao Huang Xu Sun Zhu Gao Guo Luo Liang Zheng Xie Xiao Cheng Cao Yuan Shen Zeng
  Peng Cai Jia Ding Pan Xia Zhong Ren Fang Tan Liao Zou Xiong Cui Qiu Qin Hou Shao Meng Duan Qian Niu Nan
  Jingjing Jiao Xin Jun Ming Hui Hong Qiang Ling`.split(/\s+/).concat(cyrillicGivenNames()),
);

/**
 * The common given names of Russian and Ukrainian news in every case ("Евгений Медведев", the hockey
 * player, is not Дмитрий; nor is "Евгения Медведева"), declined by the dataset's own rules
 * (lib/dataset/inflect). Many are also the first names of people in the dataset ("Владимир",
 * "Сергей"): a person's own first name is told apart by the entry's words, inflected forms included,
 * before this list is asked (isOwnName in ./names.ts), so "Владимира Путина" stays Putin.
 */
function cyrillicGivenNames(): string[] {
  const lists: [decline: typeof ruWord, female: boolean, names: string][] = [
    [ruWord, false, `Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артур Борис Вадим Валентин Валерий Василий Виктор
      Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Григорий Денис Дмитрий Евгений Иван Игорь Кирилл Константин
      Леонид Михаил Никита Николай Олег Павел Роман Руслан Сергей Станислав Тимур Эдуард Юрий Ярослав Фёдор Федор Пётр Петр`],
    [ruWord, true, `Александра Валентина Валерия Вера Виктория Галина Евгения Елизавета Карина Кристина Лариса Людмила
      Маргарита Марина Мария Надежда Нина Светлана София Яна`],
    [ukWord, false, `Олександр Олексій Анатолій Андрій Антон Артем Борис Вадим Валентин Валерій Василь Віктор Віталій Володимир
      Владислав Геннадій Григорій Денис Дмитро Євген Іван Ігор Кирило Костянтин Леонід Максим Микита Микола Михайло Олег Павло
      Петро Роман Руслан Сергій Станіслав Степан Юрій Ярослав Остап Назар Богдан Тарас`],
    [ukWord, true, `Олександра Анастасія Анна Валентина Вікторія Галина Дарина Катерина Людмила Марина Марія Наталія Ольга
      Світлана Софія Христина Лариса Надія Яна`],
  ];
  const out: string[] = [];
  for (const [decline, female, names] of lists) {
    for (const name of names.split(/\s+/).filter(Boolean)) out.push(name, ...Object.values(decline(name, 'given', female) ?? {}));
  }
  return out;
}

/**
 * What a capitalised word before a surname is when it is no first name, in compromise's tags: a
 * title or a role ("President", "leader"), a place, a body, a people, or a word of the sentence.
 */
export const NOT_A_NAME = '(#Honorific|#Actor|#Place|#Organization|#Demonym|#Adjective|#Verb|#Adverb|#Conjunction|#Preposition|#Determiner|#Pronoun|#Value|#Date|#Plural|#QuestionWord)';
/** The region's titles, and words of its news, that compromise does not know as such ("Sheikh", "Caliph", "Strongman"). */
export const ARABIC_TITLES: ReadonlySet<string> = new Set('sheikh sheik shaikh king emir amir caliph imam sayyed sayyid mullah ayatollah spokesman strongman regime'.split(' '));

/**
 * Titles and roles written capitalised before a surname ("President Trump", "Foreign Minister
 * Lavrov", "Kanzlerin Merkel"): such a word says the surname is the title holder's. Any other
 * capitalised word does not: "Indian Wells Medvedev" is the end of a place's name.
 */
const TITLES = new Set(
  `president presidents vice premier minister ministers chancellor secretary senator sen rep representative congressman
  congresswoman governor gov ambassador envoy general gen colonel col admiral adm commander chairman chairwoman chair
  leader speaker deputy mr mrs ms mx dr prof professor judge justice counsel prosecutor director prince princess queen
  tsar czar comrade marshal mayor candidate nominee commissioner captain capt lieutenant lt sergeant officer chief
  spokeswoman spokesperson dictator autocrat president-elect ex-president former late
  präsident präsidentin kanzler kanzlerin außenminister ministerin chef botschafter
  président présidente ministre chancelier presidente ministro canciller cancelliere premiê prezydent kanclerz`.split(/\s+/),
);
/** German compounds that end in a title: "Kremlchef", "Verteidigungsminister", "Staatspräsident". */
const TITLE_ENDS = /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|sekretär|sekretärin|botschafter|führer)$/;

/** Whether a capitalised word before a surname is a title or role that says whose surname it is. */
export function isTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return TITLES.has(lower) || ARABIC_TITLES.has(lower) || TITLE_ENDS.test(lower);
}
