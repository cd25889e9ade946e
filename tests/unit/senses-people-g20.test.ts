// Ambiguous surnames of G20 leaders and ministers (data/entries/people-g20.json), each in real
// news sentences: the person where the paragraph is about them, nobody where it is about someone else.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('G20 leaders and ministers: ambiguous surnames', () => {
  it('Harris: Kamala Harris, not the county, the poll or other Harrises', () => {
    expect(senses(['Harris, the former vice president, told Democrats in Chicago that the party had to rebuild.'])).toContain('Harris=kamala-harris');
    expect(ids(['Floods closed schools across Harris County, which includes Houston.'])).not.toContain('kamala-harris');
    expect(ids(['The DJ Calvin Harris headlined the festival. Harris played for three hours.'])).not.toContain('kamala-harris');
    expect(ids(['President Biden spoke on Monday.', 'At age 37, Harris will become Ireland\'s youngest ever Taoiseach.'])).not.toContain('kamala-harris');
  });

  it('Carney: the Canadian prime minister, not Jay Carney', () => {
    expect(senses(['Carney said Canada would not accept the tariffs and would respond in kind, speaking in Ottawa.'])).toContain('Carney=mark-carney');
    expect(ids(['Jay Carney, a former White House press secretary, now runs policy at Amazon. Carney declined to comment.'])).not.toContain('mark-carney');
  });

  it('Albanese: the Australian prime minister, not the UN rapporteur', () => {
    expect(senses(['Albanese said Australia would keep buying nuclear-powered submarines under AUKUS.'])).toContain('Albanese=anthony-albanese');
    expect(ids(['Francesca Albanese, the UN special rapporteur, presented her report. Albanese called for an arms embargo.'])).not.toContain('anthony-albanese');
  });

  it('Borne: the former French prime minister, not "borne"', () => {
    expect(senses(['Borne, then prime minister, forced the pension reform through parliament without a vote.'])).toContain('Borne=elisabeth-borne');
    expect(ids(['The costs will be borne by taxpayers, the minister said.'])).not.toContain('elisabeth-borne');
    expect(ids(['Borne out of frustration, the movement spread across the country.'])).not.toContain('elisabeth-borne');
  });

  it('Pistorius: the German defence minister, not the athlete', () => {
    expect(senses(['Pistorius said the Bundeswehr must be ready for war by 2029, warning of Russian rearmament.'])).toContain('Pistorius=boris-pistorius');
    expect(ids(['Oscar Pistorius was released on parole. Pistorius was convicted of murdering Reeva Steenkamp.'])).not.toContain('boris-pistorius');
  });

  it('Cooper: the British foreign secretary, not other Coopers', () => {
    expect(senses(['Cooper, the foreign secretary, said Britain would keep sanctions on Russia in place.'])).toContain('Cooper=yvette-cooper');
    expect(ids(['Anderson Cooper interviewed the senator on CNN. Cooper asked about the shutdown.'])).not.toContain('yvette-cooper');
    expect(ids(['Cooper scored twice as the home side won the cup final.'])).not.toContain('yvette-cooper');
  });

  it('Healey: the British defence secretary, not Denis Healey', () => {
    expect(senses(['Healey, the defence secretary, said the armed forces needed more money.'])).toContain('Healey=john-healey');
    expect(ids(['Denis Healey went to the IMF for a loan in 1976. Healey was chancellor at the time.'])).not.toContain('john-healey');
  });
  it('Joly: the Canadian minister, not Eva Joly', () => {
    expect(senses(['Joly, Canada\'s foreign minister, summoned the Russian ambassador in Ottawa.'])).toContain('Joly=melanie-joly');
    expect(ids(['Eva Joly, the former investigating judge, ran for the French presidency. Joly won 2 percent.'])).not.toContain('melanie-joly');
  });

  it('Anand: the Canadian foreign minister, not other Anands', () => {
    expect(senses(['Anand, the foreign minister, said Canada would keep its embassy in Kyiv open.'])).toContain('Anand=anita-anand');
    expect(ids(['Viswanathan Anand won the world chess championship five times. Anand retired from classical chess.'])).not.toContain('anita-anand');
  });

  it('Wong: the Australian foreign minister, not Joshua Wong', () => {
    expect(senses(['Wong, Australia\'s foreign minister, met her Chinese counterpart in Canberra.'])).toContain('Wong=penny-wong');
    expect(ids(['Joshua Wong was jailed under the national security law. Wong was a leader of the Hong Kong protests.'])).not.toContain('penny-wong');
  });

  it('Burnham: Andy Burnham, not the town or other Burnhams', () => {
    expect(senses(['Burnham won the Makerfield by-election and is expected to succeed Starmer as Labour leader.'])).toContain('Burnham=andy-burnham');
    expect(ids(['The architect Daniel Burnham planned Chicago. Burnham said to make no little plans.'])).not.toContain('andy-burnham');
    expect(ids(['Holidaymakers crowded the beach at Burnham-on-Sea on Sunday.'])).not.toContain('andy-burnham');
  });
  it('Truss: Liz Truss, not the roof beam', () => {
    expect(senses(['Truss resigned as prime minister after 49 days, following the mini-budget that rattled markets.'])).toContain('Truss=liz-truss');
    expect(ids(['Truss bridges spread the load through triangles; the roof truss was replaced.'])).not.toContain('liz-truss');
  });

  it('Morrison: the former Australian prime minister, not Toni or Jim Morrison', () => {
    expect(senses(['Morrison, then Australia\'s prime minister, announced the AUKUS pact in 2021.'])).toContain('Morrison=scott-morrison');
    expect(ids(['Toni Morrison won the Nobel Prize in 1993. Morrison wrote Beloved.'])).not.toContain('scott-morrison');
  });

  it('Suga: the former Japanese prime minister, not the BTS rapper', () => {
    expect(senses(['Suga, who succeeded Shinzo Abe as Japan\'s prime minister, held the Tokyo Olympics without spectators.'])).toContain('Suga=yoshihide-suga');
    expect(ids(['Suga of BTS finished his military service and rejoined the K-pop group.'])).not.toContain('yoshihide-suga');
  });
  it('McGuinty: the Canadian defence minister, not his brother Dalton', () => {
    expect(senses(['McGuinty, Canada\'s defence minister, announced new spending on Arctic radar.'])).toContain('McGuinty=david-mcguinty');
    expect(ids(['Dalton McGuinty was premier of Ontario for nearly a decade. McGuinty resigned in 2013.'])).not.toContain('david-mcguinty');
  });

  it('Cleverly: the former British foreign secretary, not the adverb', () => {
    expect(senses(['Cleverly, the shadow home secretary, attacked the government over small boats, Conservative sources said.'])).toContain('Cleverly=james-cleverly');
    expect(ids(['Cleverly designed, the device folds into a pocket.'])).not.toContain('james-cleverly');
    expect(ids(['The puzzle was cleverly hidden in the foreign secretary\'s speech.'])).not.toContain('james-cleverly');
  });
  it('Motegi: the Japanese foreign minister, not the racing circuit', () => {
    expect(senses(['Motegi, Japan\'s foreign minister, met his South Korean counterpart in Tokyo.'])).toContain('Motegi=toshimitsu-motegi');
    expect(ids(['Marc Marquez won the MotoGP race at Motegi after starting from pole.'])).not.toContain('toshimitsu-motegi');
  });
});
