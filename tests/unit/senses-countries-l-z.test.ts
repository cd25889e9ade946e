// Ambiguous country names (UN members L–Z, Palestine, disputed territories), each in real news sentences.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('United States: "US" the country, not the pronoun', () => {
  it('US and U.S. in running text', () => {
    expect(senses(['The US imposed new sanctions on Russian oil companies on Wednesday.'])).toContain('US=united-states');
    expect(senses(['U.S. forces struck three sites in Iran, the Pentagon said.'])).toContain('U.S.=united-states');
    expect(senses(['Die USA und die EU einigten sich auf neue Zölle.'], 'de')).toContain('USA=united-states');
  });

  it('never the lower-case pronoun', () => {
    expect(ids(['Let us know what you think, and tell us about your weekend.'])).not.toContain('united-states');
    expect(ids(['Many of us remember where we were that day.'])).not.toContain('united-states');
  });

  it('in all-capitals text, only with other evidence and never in "LET US" phrases', () => {
    expect(ids(['WHAT THE NEW RULES MEAN FOR ALL OF US AND OUR FAMILIES'])).not.toContain('united-states');
    const us = (paragraphs: string[]) => ids(paragraphs).filter((id) => id === 'united-states').length;
    expect(us(['LET US KNOW WHAT YOU THINK OF THE NEW MENU', 'The United States and Canada share the longest border in the world.'])).toBe(1);
    expect(ids(['CHEF TELLS US HOW TO COOK THE PERFECT STEAK AT HOME'])).not.toContain('united-states');
  });

  it('not inside other names', () => {
    expect(ids(['Shares of US Steel rose after the deal; the US Open starts on Monday.'])).not.toContain('united-states');
    expect(ids(['Prices are quoted in US$ per barrel.'])).not.toContain('united-states');
  });
});

describe('America: the country, not the continent', () => {
  it('the United States', () => {
    expect(senses(['Trump promised to put America first and said Washington would no longer pay for Europe\'s defence.'])).toContain('America=united-states');
  });
  it('not the continents or other names', () => {
    expect(ids(['Migrants from Central America and South America crossed the Darién Gap.'])).not.toContain('united-states');
    expect(ids(['Bank of America raised its forecast; Voice of America cut staff.'])).not.toContain('united-states');
    expect(ids(['Columbus reached America in 1492, landing in the Bahamas.'])).not.toContain('united-states');
  });
});

describe('Niger: the country, not the river or Nigeria\'s Niger State', () => {
  it('the Sahel state', () => {
    expect(senses(['The junta in Niamey said Niger would keep its uranium mines under state control.'])).toContain('Niger=niger');
    expect(senses(['Niger, Mali and Burkina Faso left ECOWAS after their military coups.'])).toContain('Niger=niger');
  });
  it('not the river, the delta or the Nigerian state', () => {
    expect(ids(['Gunmen abducted dozens of villagers in Niger State, north-central Nigeria, police in Minna said.'])).not.toContain('niger');
    expect(ids(['Oil spills have polluted creeks across the Niger Delta for decades.'])).not.toContain('niger');
    expect(ids(['Fishermen cast their nets where the Niger flows past Timbuktu.'])).not.toContain('niger');
  });
});

describe('Cachemire: Kashmir, not cashmere', () => {
  it('the region, on French pages', () => {
    expect(senses(['L\'Inde et le Pakistan se disputent le Cachemire depuis 1947 ; Islamabad a dénoncé les frappes.'], 'fr')).toContain('Cachemire=kashmir');
  });
  it('not the wool', () => {
    expect(ids(['Ce pull en cachemire est doux ; le Cachemire de cette marque coûte cher.'], 'fr')).not.toContain('kashmir');
    expect(ids(['Un cardigan en Cachemire, parfait pour l\'hiver.'], 'fr')).not.toContain('kashmir');
  });
});

describe('Monaco: the principality, not Munich in Italian', () => {
  it('the principality', () => {
    expect(senses(['Prince Albert II of Monaco opened the new casino wing in Monte Carlo.'])).toContain('Monaco=monaco');
    expect(senses(['Il Gran Premio di Monaco si corre tra le strade del Principato, a Monte Carlo.'], 'it')).toContain('Monaco=monaco');
  });
  it('not Munich', () => {
    expect(ids(['Il vertice sulla sicurezza si è aperto a Monaco, in Baviera, con il cancelliere tedesco.'], 'it')).not.toContain('monaco');
    expect(ids(['Il Bayern Monaco ha vinto la Bundesliga.'], 'it')).not.toContain('monaco');
  });
});

describe('Maurice, Mauricio, Maurício: Mauritius, not a first name', () => {
  it('the island state', () => {
    expect(senses(['Le Royaume-Uni a signé un traité cédant les Chagos à Maurice, avec un bail sur Diego Garcia.'], 'fr')).toContain('Maurice=mauritius');
    expect(senses(['El Reino Unido cedió a Mauricio la soberanía del archipiélago de Chagos.'], 'es')).toContain('Mauricio=mauritius');
  });
  it('not a man called Maurice or Mauricio', () => {
    expect(ids(['Maurice a retrouvé ses amis au café après le match.'], 'fr')).not.toContain('mauritius');
    expect(ids(['Mauricio Macri fue presidente de Argentina entre 2015 y 2019.'], 'es')).not.toContain('mauritius');
  });
});

describe('Panama: the country, not the hat', () => {
  it('the country', () => {
    expect(senses(['President José Raúl Mulino said Panama would never cede control of the canal.'])).toContain('Panama=panama');
    expect(senses(['Migrants crossing the Darién jungle from Colombia into Panama fell sharply this year.'])).toContain('Panama=panama');
  });
  it('not the hat, the papers or Panama City, Florida', () => {
    expect(ids(['He wore a white linen suit and a Panama with a black band to the garden party.'])).not.toContain('panama');
    expect(ids(['The Panama Papers revealed offshore accounts of dozens of politicians.'])).not.toContain('panama');
    expect(ids(['Hurricane Michael made landfall near Panama City, Florida, in 2018.'])).not.toContain('panama');
  });
});

describe('Peru: the country, not the Portuguese turkey', () => {
  it('the country', () => {
    expect(senses(['Peru\'s Congress removed President Dina Boluarte after months of protests in Lima.'])).toContain('Peru=peru');
  });
  it('not the Christmas turkey', () => {
    expect(ids(['Peru de Natal: receita fácil para a ceia, com farofa e batatas.'], 'pt')).not.toContain('peru');
  });
});

describe('Samoa and American Samoa', () => {
  it('the independent state', () => {
    expect(senses(['Samoa hosted the Commonwealth leaders\' meeting in Apia, the first in a Pacific island nation.'])).toContain('Samoa=samoa');
  });
  it('not the US territory or the cookie', () => {
    expect(ids(['American Samoa sends a non-voting delegate to the US Congress from Pago Pago.'])).not.toContain('samoa');
    expect(ids(['Girl Scout cookie sales are up, with Samoas and Thin Mints selling out; the Samoa cookie is a favourite.'])).not.toContain('samoa');
  });
});

describe('Togo: the country, not the surname or the sled dog', () => {
  it('the West African state', () => {
    expect(senses(['Protesters in Lomé accused Faure Gnassingbé of extending his family\'s rule over Togo.'])).toContain('Togo=togo');
  });
  it('not the dog or the admiral', () => {
    expect(ids(['Togo, the lead sled dog, carried the serum over the longest stretch in 1925; Balto got the statue.'])).not.toContain('togo');
    expect(ids(['Admiral Togo defeated the Russian fleet at Tsushima in 1905, a shock to Japan\'s rivals.'])).not.toContain('togo');
  });
});

describe('Tonga: the kingdom, not the people of Zambia', () => {
  it('the Pacific kingdom', () => {
    expect(senses(['The volcanic eruption near Tonga sent a tsunami across the Pacific and cut the kingdom\'s internet cable.'])).toContain('Tonga=tonga');
  });
  it('not the Tonga of Zambia and Zimbabwe', () => {
    expect(ids(['The Kariba dam displaced thousands of Tonga villagers along the Zambezi in Zambia and Zimbabwe.'])).not.toContain('tonga');
  });
});
