// The page's date as its text gives it, for pages whose metadata does not (lib/content/read/published.ts
// reads that): mostly older pages, which print a dateline for the reader instead. Text only, so it
// runs where the page's text already is, in the background with the page's text at a glance
// (lib/background/mentions-service.ts) and in the command-line scan, never in the page.

/** Dates before the web are not publication dates. */
const EARLIEST = '1990-01-01';

/**
 * A date written for the reader: after a weekday ("Tuesday, 4 December 2007", "Mon Jan 14, 2008"),
 * after a label ("Published: Dec. 11, 2007", "Posted by Eric at December 29, 2007"), or at the start
 * of a line of the page's source ("By VOA News\n24 November 2007"). That is how pages without
 * metadata, mostly older ones, give their date; a date inside a sentence ("the attacks of
 * September 11, 2001") is none of these.
 */
const DATELINE = String.raw`(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+|\b(?:posted|published|updated|dated?)\b[^\n.]{0,60}?|(?:^|\n)[ \t]*)`;

/**
 * The latest date written as a dateline in the page's text (YYYY-MM-DD), or null. The latest,
 * because the rail's older stories are dated too: a date later than the publication (an update,
 * the day the page was saved) only makes the senses' time rule more lenient, an earlier one would
 * make it wrongly strict.
 */
export function datelineDate(text: string, today = new Date().toISOString().slice(0, 10)): string | null {
  let latest: string | null = null;
  for (const day of datelines(text)) if (day >= EARLIEST && day <= today && (!latest || day > latest)) latest = day;
  return latest;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "4 December 2007", "December 4, 2007", "Dec. 4th 2007" and "2007-12-04", in English or as numbers, each after a dateline's lead. */
const DATELINES = [
  String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d\d)(?!\d)`,
  String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)`,
  String.raw`((?:19|20)\d\d)[-/.](\d\d)[-/.](\d\d)(?!\d)`,
].map((form) => new RegExp(DATELINE + form, 'gi'));
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The datelines' dates in `text`, as YYYY-MM-DD; impossible days are left out. */
function datelines(text: string): string[] {
  const out: string[] = [];
  DATELINES.forEach((re, f) => {
    for (const m of text.matchAll(re)) {
      const [y, mo, d] = f === 0 ? [m[3], monthOf(m[2]), m[1]] : f === 1 ? [m[3], monthOf(m[1]), m[2]] : [m[1], Number(m[2]), m[3]];
      const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const t = new Date(`${iso}T00:00:00Z`);
      if (!Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso)) out.push(iso);
    }
  });
  return out;
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A live page's time or update mark before a dateline: "3 a.m.: SINGAPORE (AP) —", "UPDATE: MOSCOW (AP) —". */
export const LIVE_TIME = String.raw`(?:\d{1,2}(?::\d\d)?[ \t]*(?:a\.m\.|p\.m\.|am|pm)|UPDATE)[ \t]*[:—–-][ \t]*`;

/**
 * A dateline's place in capitals at the start of a line: "DAMASCO - Al-Jolani …", "KYIV, Ukraine
 * (AP) —", "BEIRUT/DAMASCUS (Reuters) -", "NEW YORK, Jan 5 -", "MINSK, 19 February (BelTA) –", "HELSINKI: Finland …". Up to four
 * words of capitals, then a comma, an agency in brackets, a dash or a colon. News sets the place so
 * by convention, not for a name that only its capitals tell apart (SWIFT, START); on a live page, after
 * its time ("3 a.m.: SINGAPORE (AP) —").
 */
const CAPS_DATELINE = new RegExp(String.raw`^([ \t]*(?:${LIVE_TIME})?)(\p{Lu}[\p{Lu}\p{M}'’.]+(?:[-/ ]\p{Lu}[\p{Lu}\p{M}'’.]*){0,3})(?=\s*(?:,\s*(?:\p{Lu}|\d{1,2}\.?\s+\p{L})|\(|[—–]|-\s|:\s))`, 'gmu');

/**
 * The text with each line's dateline place in capitals written as a name ("Damasco", "Kyiv",
 * "Beirut/Damascus"), the text's length and offsets unchanged; the text itself where it has none.
 */
export function datelinesCased(text: string): string {
  if (!/\p{Lu}{3}/u.test(text)) return text;
  return text.replace(CAPS_DATELINE, (all, lead: string, place: string) => {
    const cased = place.replace(/(\p{Lu})([\p{Lu}\p{M}'’.]*)/gu, (_w, first: string, rest: string) => first + rest.toLowerCase());
    return cased.length === place.length ? lead + cased : all;
  });
}

/** The same, unless the capitals name something as written (`names`: an acronym, "NATO -"). */
export function datelinePlaced(text: string, names: (caps: string) => boolean): string {
  const cased = datelinesCased(text);
  let end = text.length;
  while (end > 0 && cased[end - 1] === text[end - 1]) end--;
  return end === 0 || names(text.slice(0, end)) ? text : cased;
}

/**
 * Whether a name opens its block as a dateline, the place a story was filed from: "BEIJING (Reuters) -",
 * "TEHRAN, Iran (AP) —", "Beijing, Oct 5 (Xinhua) --", "MOSCOW: …", "Kabul — …". A colon needs the
 * name in capitals or an agency or date beside it: "Beijing: US must stop arms sales" is a headline.
 */
export function inDateline(text: string, start: number, end: number, sourced = false): boolean {
  if (text.slice(0, start).trim() && !LIVE_LEAD.test(text.slice(0, start))) return false;
  const m = PLACE_DATELINE.exec(text.slice(end, end + 60));
  if (!m) return false;
  // `sourced`: only with its country, a date or an agency beside it, as no list's label ("Chinese – Chows") has.
  if (sourced) return !!(m[1] || m[2] || m[3]);
  return m[4] !== ':' || !!(m[1] || m[2] || m[3]) || !/\p{Ll}/u.test(text.slice(start, end));
}
const LIVE_LEAD = new RegExp(String.raw`^\s*${LIVE_TIME}$`, 'iu');
/** After a dateline's place: its country or state, a date ("Oct 5", "19 February"), an agency, then a dash or a colon. */
const PLACE_DATELINE = /^(,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(,?\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}\.?)(?:,?\s*\d{4})?)?(\s*\([\p{L}\s.&/-]{2,30}\))?\s*([—–:]|-{1,2})\s/u;
