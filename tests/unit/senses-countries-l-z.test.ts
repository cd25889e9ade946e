// Ambiguous country names (UN members L–Z, Palestine, disputed territories), each in real news sentences.
// The plain cases are data: tests/fixtures/senses/countries-l-z.json (run by sense-cases.test.ts); these need code.
import { describe, expect, it } from 'vitest';
import { ids } from './senses-lib';

describe('United States: \"US\" the country, not the pronoun', () => {
  it('in all-capitals text, only with other evidence and never in "LET US" phrases', () => {
    expect(ids(['WHAT THE NEW RULES MEAN FOR ALL OF US AND OUR FAMILIES'])).not.toContain('united-states');
    const us = (paragraphs: string[]) => ids(paragraphs).filter((id) => id === 'united-states').length;
    expect(us(['LET US KNOW WHAT YOU THINK OF THE NEW MENU', 'The United States and Canada share the longest border in the world.'])).toBe(1);
    expect(ids(['CHEF TELLS US HOW TO COOK THE PERFECT STEAK AT HOME'])).not.toContain('united-states');
  });
});
