// A form that needs evidence gives way to a plain name overlapping its end (lib/match/overlaps.ts), in sentences written for it.
import { describe, expect, it } from 'vitest';
import { senses } from './senses-lib';

describe('a plain name that begins inside a form needing evidence', () => {
  it('is read where it runs past the form', () => {
    expect(senses(['Moscow armed a civil war in eastern Ukraine that has killed thousands.'], 'en', '2015-03-01')).toContain('war in eastern Ukraine=war-in-donbas');
    expect(senses(['Moscow armed a civil war in eastern Ukraine that has killed thousands.'], 'en', '2015-03-01').some((s) => s.startsWith('civil war='))).toBe(false);
  });

  it('leaves the form where its own longer name covers the words, or nothing overlaps it', () => {
    expect(senses(['The civil war in Syria began with protests in 2011.'])).toContain('civil war in Syria=syrian-civil-war');
    expect(senses(['Assad fled Damascus as the civil war ended, rebels said.'], 'en', '2024-12-09')).toContain('civil war=syrian-civil-war');
    // A form that may be the plain name's own entry keeps its words, and its context decides.
    expect(senses(['The sanctions date from the start of Russia’s full-scale war in Ukraine in 2022.'], 'en', '2024-05-01')).toContain('start of Russia’s full-scale war=invasion-2022');
  });
});
