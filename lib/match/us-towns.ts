// American towns named after the world's places and people: "Damascus, Maryland", "Syria, Va.",
// "Kremlin, Montana", "Clinton, Iowa". A name followed by a US state, the way American papers place
// a town, is that town, and so is the same name elsewhere on the page; so is a name that a town's
// school district or township bears ("Sevastopol School District", "Russia Local School").
import { aliasKey } from '../text/normalize';

/**
 * The states and their newspaper abbreviations, but for Georgia (Tbilisi, Georgia is the country's
 * capital), Washington and New York (which stand in lists of world capitals: "Moscow, Washington").
 */
const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee',
  'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
  'Ala\\.', 'Ariz\\.', 'Ark\\.', 'Calif\\.', 'Colo\\.', 'Conn\\.', 'Del\\.', 'Fla\\.', 'Ga\\.', 'Ill\\.', 'Ind\\.', 'Kan\\.', 'Ky\\.',
  'La\\.', 'Md\\.', 'Mass\\.', 'Mich\\.', 'Minn\\.', 'Miss\\.', 'Mo\\.', 'Mont\\.', 'Neb\\.', 'Nev\\.', 'N\\.H\\.', 'N\\.J\\.', 'N\\.M\\.',
  'N\\.C\\.', 'N\\.D\\.', 'Okla\\.', 'Ore\\.', 'Pa\\.', 'R\\.I\\.', 'S\\.C\\.', 'S\\.D\\.', 'Tenn\\.', 'Vt\\.', 'Va\\.', 'W\\.Va\\.', 'Wis\\.', 'Wyo\\.',
];
const STATE_NAMES = new Set([...STATES.filter((s) => !s.includes('.')).flatMap((s) => s.split(' ')), 'Georgia', 'Washington', 'York']);

/**
 * ", <state>" right after a name, then the end of a phrase: not a list of places ("in China,
 * California and Texas", "Syria, Iowa, Ohio") but "Damascus, Maryland, is…", "Syria, Virginia is", "Syria, Va.",
 * "Moscow, Idaho (AP)".
 */
const TOWN = new RegExp(`^, (?:${STATES.join('|')})(?:$|(?<=\\.)\\s|[.;:!?)’'—–]|,\\s+[\\p{Ll}\\d]|\\s+[(—–]|\\s+(?!and\\b|or\\b)\\p{Ll})`, 'u');

/**
 * ", <postal code>" in brackets or before a ZIP code, as sports and listings pages place a town: "the
 * Russia Raiders (Russia, OH)", "Lebanon, PA 17042". Not Georgia's, Washington's or New York's (see STATES).
 */
const POSTAL = new RegExp(
  `^, (?:${'AL AK AZ AR CA CO CT DE FL HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NC ND OH OK OR PA RI SC SD TN TX UT VT VA WV WI WY'.split(' ').join('|')})(?:\\)|\\s+\\d{5}(?!\\d))`,
  'u',
);

/** A capitalised name of one or two words, as a town's is written, in a dateline too ("DAMASCUS, Md."). */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;

/**
 * A name before the name of an American town's own body (its school district or schools, its township,
 * its board of education, a New England town's select board or selectmen), alone or with another town's
 * before a plural ("the Sevastopol and Washington Island school districts", "China select board
 * members"). Such bodies take their town's name; a country's schools and councils are not so named.
 */
const LOCAL_BODY = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?)(?=(?: and \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?)? ` +
    `(?:(?:Local|City|Area|Community|Unified|Consolidated|Independent) Schools?|(?:(?:Area|Community|Unified|Consolidated|Independent|City) )?[Ss]chool [Dd]istricts?|Township|Board of Education|Village Council|Town Board|[Ss]elect ?[Bb]oards?|[Ss]electboards?|[Bb]oard of [Ss]electmen|[Ss]electmen)(?!\\p{L}))`,
  'gu',
);

/** The names (their alias keys) that the page places in an American state, or gives to a town's body. */
export function usTownNames(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (let at = text.indexOf(', '); at > 0; at = text.indexOf(', ', at + 2)) {
      if (!TOWN.test(text.slice(at, at + 24)) && !POSTAL.test(text.slice(at, at + 12))) continue;
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      // A state before a state is a list of them ("Wisconsin, Georgia, Pennsylvania"), not a town.
      if (name && !STATE_NAMES.has(name.split(' ').pop()!)) for (const n of [name, name.split(' ').pop()!]) out.add(aliasKey(n));
    }
    for (const [, name] of text.matchAll(LOCAL_BODY)) for (const n of [name, name.split(' ').pop()!]) out.add(aliasKey(n));
  }
  return out;
}
