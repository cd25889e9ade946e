// The page's date from its text, where its metadata gives none: the dateline a page prints for the
// reader, never a date inside a sentence.
import { describe, expect, it } from 'vitest';
import { datelineDate, datelinesCased, inDateline } from '../../lib/text/dateline';

const TODAY = '2026-12-03';
const date = (text: string) => datelineDate(text, TODAY);

describe('datelineDate', () => {
  it('reads a date after a weekday, after a label, or at the start of a line', () => {
    expect(date('Posted\n  :\n    Thu, 10 Jan 2008      03:47:03      GMT')).toBe('2008-01-10');
    expect(date('Last Updated: Tuesday, 4 December 2007, 17:04 GMT')).toBe('2007-12-04');
    expect(date('Mon Jan 14, 2008 7:02pm EST\nBush tells Congress of arms sale')).toBe('2008-01-14');
    expect(date('Posted By: clarry | December 14 2007 at 08:28 AM')).toBe('2007-12-14');
    expect(date('By VOA News\n\n24 November 2007\n\nPoland\'s parliament')).toBe('2007-11-24');
    expect(date('From The Times\n\nJanuary 8, 2008Bush trip gave')).toBe('2008-01-08');
    expect(date('Updated: 2019-11-20 10:00')).toBe('2019-11-20');
  });

  it('takes the latest, since a rail dates its older stories too', () => {
    expect(date('Published: Dec. 11, 2007\nRelated: Posted March 3, 2005')).toBe('2007-12-11');
  });

  it('takes no date from a sentence, an impossible day, a day after today or before the web', () => {
    expect(date('The attacks of September 11, 2001, changed the region, officials in Kabul said.')).toBeNull();
    expect(date('Posted 31 February 2007. Updated 2007-13-45.')).toBeNull();
    expect(date('Published: January 1, 2030')).toBeNull();
    expect(date('Posted 4 July 1976')).toBeNull();
    expect(date('')).toBeNull();
  });
});

describe('a dateline on a live page', () => {
  it("follows the update's time, and is cased as a name there as at a line's start", () => {
    const text = '3 a.m.: SINGAPORE (AP) — President Donald Trump and Kim Jong Un signed a document.';
    const at = text.indexOf('SINGAPORE');
    expect(inDateline(text, at, at + 'SINGAPORE'.length)).toBe(true);
    expect(datelinesCased(text)).toBe(text.replace('SINGAPORE', 'Singapore'));
    // Any other words before the place make it no dateline.
    const other = 'Officials said SINGAPORE (AP) — would host it.';
    const from = other.indexOf('SINGAPORE');
    expect(inDateline(other, from, from + 'SINGAPORE'.length)).toBe(false);
  });
});

describe("a dateline's date", () => {
  it('may give the day before the month', () => {
    const text = 'MINSK, 19 February (BelTA) – HC Dinamo Minsk edged HC Jokerit 3-2 in a shootout.';
    expect(inDateline(text, 0, 5)).toBe(true);
    expect(datelinesCased(text)).toBe(text.replace('MINSK', 'Minsk'));
    expect(inDateline('Minsk, 19 February 2015 – talks resumed.', 0, 5)).toBe(true);
    // A number that is no day, or no dash after the date, makes it no dateline.
    expect(inDateline('Minsk, 1994 protesters marched on Friday.', 0, 5)).toBe(false);
    expect(inDateline('Minsk, 19 February was the day of the talks.', 0, 5)).toBe(false);
  });
});
