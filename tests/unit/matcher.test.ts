import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, entry } from './helpers';
import { Matcher } from '../../lib/match/matcher';
import { Paragraph } from '../../lib/match/disambiguate';
import { aliasKey } from '../../lib/text/normalize';
import type { CompiledIndex } from '../../lib/dataset/compile';

const { matcher, index } = build([
  entry('new-start', ['New START', { text: 'New START treaty', case: 'any' }]),
  entry('start-i', ['START I', 'START']),
  entry('arms-race', [{ text: 'arms race', case: 'any' }, { text: 'nuclear arms race', case: 'any' }]),
  entry('putin', ['Putin', 'Vladimir Putin', { text: 'Путин', lang: 'ru' }]),
  entry('un', ['UN', 'U.N.']),
  entry('eu', [{ text: 'EU', notIn: ['es', 'pt'] }]),
  entry('russo-georgian-war', ['Russia-Georgia war', 'Russo-Georgian War']),
  entry('erdogan', ['Erdoğan', 'Erdogan']),
  entry('gorbachev', [{ text: 'Горбачёв', lang: 'ru' }]),
  entry('crimea', ['Crimea']),
  entry('crimea-annexation', [{ text: 'annexation of Crimea', case: 'any' }, 'Crimea annexation']),
]);
const ids = (text: string, lang = '') => matcher.findAll(text, lang).map((m) => index.entries[m.aliases[0].entry].id);
const texts = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('matcher', () => {
  it('finds whole words only', () => {
    expect(ids('Putin met Putinism and unPutin')).toEqual(['putin']);
    expect(ids('STARTING the START talks')).toEqual(['start-i']);
  });

  it('applies case rules per alias', () => {
    expect(ids('a start in the UN and un jour')).toEqual(['un']);
    expect(ids('the Arms Race, an arms race, ARMS RACE')).toEqual(['arms-race', 'arms-race', 'arms-race']);
    expect(ids('new start')).toEqual([]);
  });

  it('prefers the longest match', () => {
    expect(texts('The New START treaty expired')).toEqual(['New START treaty']);
    expect(texts('a nuclear arms race')).toEqual(['nuclear arms race']);
    expect(ids('the START I treaty')).toEqual(['start-i']);
  });

  it('normalises typographic dashes, quotes and spaces', () => {
    expect(ids('the Russia–Georgia war')).toEqual(['russo-georgian-war']);
    expect(ids('New\u00a0START')).toEqual(['new-start']);
    expect(ids('New \n   START')).toEqual(['new-start']);
    expect(ids('Putin’s visit')).toEqual(['putin']);
    expect(ids('Pu\u00adtin')).toEqual(['putin']);
  });

  it('reads a hyphen between the words of a name as a space, and a space as a hyphen', () => {
    expect(texts('the Russia Georgia war and the New-START talks')).toEqual(['Russia Georgia war', 'New-START']);
    expect(texts('the Russia – Georgia war')).toEqual(['Russia – Georgia war']);
    // The exact-case check reads the hyphen as a space too; a hyphen does not glue a name to a word.
    expect(ids('the new-start talks')).toEqual([]);
    expect(texts('a Putin-style purge, anti-Putin protests')).toEqual(['Putin', 'Putin']);
  });

  it('skips double quotes and guillemets inside a name, not apostrophes', () => {
    expect(texts('the “New START” treaty and the "New START treaty"')).toEqual(['New START” treaty', 'New START treaty']);
    expect(texts('the annexation of « Crimea », « the annexation » of Crimea')).toEqual(['annexation of « Crimea', 'annexation » of Crimea']);
    // The exact-case check reads past the quote as well; a quoted lower-case form is still not the name.
    expect(ids('"New" START talks, "new start"')).toEqual(['new-start']);
    expect(texts("Putin's 'New START' and Putin' s")).toEqual(['Putin', 'New START', 'Putin']);
    // A single quote that opens a word inside a phrase is skipped too (after a space it is no apostrophe).
    expect(texts("the annexation of 'Crimea' and the annexation of ‘Crimea’")).toEqual(["annexation of 'Crimea", 'annexation of ‘Crimea']);
  });

  it('handles punctuation inside aliases and non-Latin scripts', () => {
    expect(texts('the U.N. said')).toEqual(['U.N.']);
    expect(ids('Erdoğan and Erdogan')).toEqual(['erdogan', 'erdogan']);
    expect(ids('Владимир Путин сказал', 'ru')).toEqual(['putin']);
  });

  it('finds the names a match holds, other than itself', () => {
    const text = 'the annexation of Crimea and the Crimea annexation';
    const [first, second] = matcher.findAll(text);
    expect([first, second].map((m) => index.entries[m.aliases[0].entry].id)).toEqual(['crimea-annexation', 'crimea-annexation']);
    const inside = (m: { start: number; end: number }) => matcher.inside(text, m.start, m.end).map((x) => text.slice(x.start, x.end));
    expect(inside(first)).toEqual(['Crimea']);
    expect(inside(second)).toEqual(['Crimea']);
    expect(matcher.inside('Putinism and Putin', 0, 8)).toEqual([]);
  });

  it('reads Russian ё and е as one letter, as Russian writers do', () => {
    expect(ids('Горбачёв и Горбачев', 'ru')).toEqual(['gorbachev', 'gorbachev']);
    expect(texts('Горбачев сказал')).toEqual(['Горбачев']);
  });

  it('uses other languages only on pages in that language (or of unknown language)', () => {
    expect(ids('Путин', 'en')).toEqual([]);
    expect(ids('Путин', 'ru')).toEqual(['putin']);
    expect(ids('Путин', '')).toEqual(['putin']);
  });

  it('uses an English form on every page but those of the languages it leaves out', () => {
    expect(ids('the EU', 'en')).toEqual(['eu']);
    expect(ids('die EU', 'de')).toEqual(['eu']);
    expect(ids('firmado por Irán, EU, Rusia', 'es')).toEqual([]);
    expect(ids('EU', 'pt')).toEqual([]);
    expect(ids('EU', '')).toEqual(['eu']);
  });

  it('matches the same with the keys sorted at build time and with keys it sorts itself', () => {
    const unsorted: CompiledIndex = { entries: index.entries, aliases: [...index.aliases].reverse() };
    const own = new Matcher(unsorted);
    const text = 'Vladimir Putin and the U.N. on New START, a nuclear arms race and the Russo-Georgian War; Erdoğan';
    const spans = (m: Matcher) => m.findAll(text).map((x) => [x.start, x.end, x.aliases.map((a) => unsorted.entries[a.entry].id)]);
    expect(spans(own)).toEqual(spans(matcher));
    expect(spans(matcher)).toHaveLength(6);
  });
});

describe('the shipped dictionary', () => {
  // The matcher trusts these without checking them on every page.
  for (const file of ['matcher.json', 'matcher-core.json']) {
    it(`${file}: one key per alias, each its alias key, in sorted order`, () => {
      const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'generated', file), 'utf8')) as CompiledIndex;
      expect(shipped.keys).toHaveLength(shipped.aliases.length);
      shipped.aliases.forEach(([text], i) => expect(shipped.keys![i]).toBe(aliasKey(text)));
      const disorder = shipped.keys!.findIndex((k, i) => i > 0 && shipped.keys![i - 1] > k);
      expect(disorder).toBe(-1);
    });
  }
});

describe('a cue in capitals', () => {
  it('is an acronym: as written, or in title case inside a sentence, never a word in lower case or opening a sentence', () => {
    expect(new Paragraph('The AI race is on.').has('AI')).toBe(true);
    expect(new Paragraph("J'ai dit non.").has('AI')).toBe(false);
    expect(new Paragraph('«Si je le poursuis, il y aura une course aux armements».').has('SI')).toBe(false);
    expect(new Paragraph('Il Consiglio di sicurezza dell’Onu si è riunito.').has('ONU')).toBe(true);
    expect(new Paragraph('Onu e Nato.').has('ONU')).toBe(false);
    expect(new Paragraph('Onu e Nato.').has('NATO')).toBe(true);
  });
});

describe('the sentence around a match (context cues in its own sentence)', () => {
  it('is bounded by the sentences before and after it, every time it is asked', () => {
    const t = 'One AI race. Two: the arms race over missiles! Three.';
    const p = new Paragraph(t);
    for (let i = 0; i < 3; i++) {
      const own = p.sentence(t.indexOf('arms'), t.indexOf('arms') + 9);
      expect([own.has('missiles'), own.has('AI'), own.has('Three')]).toEqual([true, false, false]);
    }
  });
});
