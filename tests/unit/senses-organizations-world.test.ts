// Ambiguous names of international organisations (data/entries/organizations-world.json), each in
// news sentences: the sense Backstory should find, and sentences where the same letters mean something else.
// The plain cases are data: tests/fixtures/senses/organizations-world.json (run by sense-cases.test.ts); these need code.
import { describe, expect, it } from 'vitest';
import { ids, senses } from './senses-lib';

describe('international organisations: ambiguous names', () => {
  it('RSF: Sudan\'s paramilitaries or Reporters Without Borders, by context', () => {
    expect(senses(['The RSF seized El Fasher after an 18-month siege, Sudanese army officials said.'])).toContain('RSF=rsf-sudan');
    expect(senses(['RSF said 2024 was the deadliest year for journalists in its World Press Freedom Index.'])).toContain('RSF=rsf-press');
    expect(ids(['The RSF seized El Fasher after an 18-month siege, Sudanese army officials said.'])).not.toContain('rsf-press');
    expect(ids(['RSF said 2024 was the deadliest year for journalists in its World Press Freedom Index.'])).not.toContain('rsf-sudan');
    // Neither sense without a cue, and not when the cues disagree.
    expect(ids(['RSF issued a statement on Tuesday.'])).toEqual([]);
    expect(ids(['RSF condemned the killing of journalists by the RSF in Darfur.'])).not.toContain('rsf-press');
  });
});
