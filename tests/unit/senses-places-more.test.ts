// Ambiguous place names added in data/entries/places-more.json, each in real news sentences.
// The plain cases are data: tests/fixtures/senses/places-more.json (run by sense-cases.test.ts); these need code.
import { describe, expect, it } from 'vitest';
import { ids } from './senses-lib';

describe('Rafah: the city, the crossing is its own entry', () => {
  it('the crossing goes to its own entry', () => {
    const found = ids(['Egypt said the Rafah crossing would reopen for medical evacuations.']);
    expect(found).toContain('rafah-crossing');
    expect(found).not.toContain('rafah');
  });
});

describe('Jerusalem: the city, not the newspaper or the vegetable', () => {
  it('East Jerusalem is its own entry', () => {
    const found = ids(['Palestinians want East Jerusalem as the capital of a future state.']);
    expect(found).toContain('east-jerusalem');
    expect(found).not.toContain('jerusalem');
  });
});

describe('Tel Aviv and Haifa: the cities, not the football clubs or the singer', () => {
  it('the cities', () => {
    expect(ids(['Iranian missiles struck Tel Aviv and Haifa overnight.'])).toEqual(expect.arrayContaining(['tel-aviv', 'haifa']));
  });
});
