// Ambiguous country names (UN members A–K and the Holy See), each in real news sentences.
// The plain cases are data: tests/fixtures/senses/countries-a-k.json (run by sense-cases.test.ts); these need code.
import { describe, expect, it } from 'vitest';
import { ids } from './senses-lib';

describe('Congo: two states, decided by the cities and leaders around it', () => {
  it('neither without evidence, nor the river', () => {
    expect(ids(['The explorer set out to map the Congo River in 1874.'])).not.toContain('democratic-republic-of-the-congo');
    expect(ids(['The explorer set out to map the Congo River in 1874.'])).not.toContain('republic-of-the-congo');
    expect(ids(['Congo is a new album by the band, out on Friday.'])).toEqual([]);
    expect(ids(['FEMA opened a DRC in the county library for residents affected by the hurricane.'])).not.toContain('democratic-republic-of-the-congo');
    expect(ids(['Appartement lumineux en RDC avec jardin, proche des commerces.'], 'fr')).not.toContain('democratic-republic-of-the-congo');
  });
});
