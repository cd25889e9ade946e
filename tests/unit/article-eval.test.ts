// The scoring behind `npm run article-eval` (harness/article-eval-lib.ts), on small hand-written texts.
import { describe, expect, it } from 'vitest';
import { fold, median, overlap, scoreExtraction, sentencesFound, tokens, tokenScore, totals } from '../../harness/article-eval-lib';

describe('tokens', () => {
  it('are lower-cased runs of letters and digits in any script', () => {
    expect(tokens('New START, signed 8 April 2010 — in Prague!')).toEqual(['new', 'start', 'signed', '8', 'april', '2010', 'in', 'prague']);
    expect(tokens('Крым: «Минские соглашения»')).toEqual(['крым', 'минские', 'соглашения']);
    expect(tokens(' … — ')).toEqual([]);
  });
});

describe('token precision, recall and F1', () => {
  it('are 1 when the extraction is the truth, whatever the spacing, case and punctuation', () => {
    expect(tokenScore('The  treaty\nlapsed.', 'the treaty lapsed')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('differ when the extraction adds boilerplate to the whole body', () => {
    // 4 truth tokens, all kept; 4 more from a menu: precision 4/8, recall 4/4.
    const s = tokenScore('Home News Sport Login the treaty lapsed today', 'The treaty lapsed today.');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(2 / 3, 10);
  });

  it('differ the other way when the extraction keeps only part of the body', () => {
    // 3 of 6 truth tokens, nothing else: precision 1, recall 1/2.
    const s = tokenScore('the treaty lapsed', 'The treaty lapsed. Talks resumed later.');
    expect(s).toMatchObject({ precision: 1, recall: 0.5 });
    expect(s.f1).toBeCloseTo(2 / 3, 10);
  });

  it('count a repeated word only as often as the truth has it (bag of words)', () => {
    // "the" three times extracted, twice in the truth: 2 + "treaty" = 3 common of 4 extracted.
    expect(overlap('the the the treaty', 'the treaty and the talks')).toEqual({ extracted: 4, truth: 5, common: 3 });
  });

  it('score an empty extraction 0, not a division by zero', () => {
    expect(tokenScore('', 'The treaty lapsed.')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(tokenScore('Login', 'The treaty lapsed.')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('sentences kept', () => {
  const page = fold('He said the “New START” treaty – signed in 2010 – had    lapsed.\nIt\u2019s over…');

  it('folds quotes, dashes, the ellipsis, case and whitespace on both sides', () => {
    expect(fold(' A\u00a0“B”\t‘c’ — d\u2011e… ')).toBe('a "b" \'c\' - d-e...');
    expect(sentencesFound(['the "New START" treaty - signed in 2010 - had lapsed.'], page)).toBe(1);
    expect(sentencesFound(["It's over..."], page)).toBe(1);
    expect(sentencesFound(['HE SAID THE “NEW START” TREATY'], page)).toBe(1);
  });

  it('needs the whole sentence, in order', () => {
    expect(sentencesFound(['treaty had lapsed', 'signed in 2011', 'lapsed. It'], page)).toBe(1); // the newline is whitespace
    expect(sentencesFound(['', '   '], page)).toBe(0); // an empty sentence is never "kept"
  });

  it('scores with and without sentences of a page', () => {
    const truth = { main_content: 'The treaty lapsed. Talks resumed.', with: ['The treaty lapsed.', 'Talks resumed.'], without: ['Sign up', 'Home'] };
    const r = scoreExtraction('Home\nThe treaty lapsed.', truth, 12);
    expect(r).toMatchObject({ withKept: 1, withTotal: 2, withoutLeft: 1, withoutTotal: 2, ms: 12, precision: 0.75, recall: 0.6 });
  });
});

describe('totals', () => {
  it('gives macro means of the pages and micro figures of the summed counts', () => {
    const whole = scoreExtraction('one two', { main_content: 'one two' }, 10); // 2 of 2: P 1, R 1
    const part = scoreExtraction('one two', { main_content: 'one two three four five six seven eight nine ten' }, 30); // 2 of 10: P 1, R 0.2
    const t = totals([whole, part]);
    expect(t.macro.recall).toBeCloseTo(0.6, 10); // (1 + 0.2) / 2
    expect(t.micro.recall).toBeCloseTo(4 / 12, 10); // the long page weighs more
    expect(t.micro.precision).toBe(1);
    expect(t).toMatchObject({ pages: 2, errors: 0, empty: 0, msMedian: 20, msMean: 20 });
  });

  it('counts errors and empty extractions, and leaves errors out of the timing', () => {
    const failed = { ...scoreExtraction('', { main_content: 'a b' }, 0), error: 'parse failed' };
    const ok = scoreExtraction('a b', { main_content: 'a b' }, 7);
    expect(totals([failed, ok])).toMatchObject({ errors: 1, empty: 1, msMedian: 7, msMean: 7, macro: { f1: 0.5 } });
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
