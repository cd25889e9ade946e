// Shared wording for the tooltip and the popup.
import type { Category, Entry } from '../dataset/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-07-16" -> "16 July 2018"; "2018-07" -> "July 2018"; "2018" -> "2018". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const CATEGORY_LABELS: Record<Category, string> = {
  treaty: 'Treaty',
  summit: 'Summit',
  organization: 'Organisation',
  place: 'Place',
  person: 'Person',
  event: 'Event',
  concept: 'Concept',
  weapon: 'Weapon system',
  law: 'Law or sanctions',
};

export function wikipediaUrl(entry: Pick<Entry, 'wikipedia'>): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(entry.wikipedia).replace(/%2C/g, ',')}`;
}

export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export type StatusState = NonNullable<Entry['status']>['history'][number];

/** The status in force on a date (ISO), or undefined if the history starts later. */
export function statusOn(entry: Entry, isoDate: string): StatusState | undefined {
  let found: StatusState | undefined;
  for (const h of entry.status?.history ?? []) if (h.since <= isoDate) found = h;
  return found;
}

/** A status that changed after a date: what held then, what holds now (undefined if unchanged). */
export function changedSince(entry: Entry, isoDate: string): { then: StatusState; now: StatusState } | undefined {
  const history = entry.status?.history ?? [];
  const now = history[history.length - 1];
  const then = statusOn(entry, isoDate);
  return then && now && then !== now ? { then, now } : undefined;
}

/** Today on this device, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether an entry's status is past its review-by date, so may no longer hold. */
export function pastReview(entry: Entry, on: string): boolean {
  return !!entry.status && !!entry.reviewBy && on > entry.reviewBy;
}

/** Timeline items and status steps dated after a day (YYYY-MM-DD): what is new since then, in date order. */
export function newSince(entry: Entry, day: string): { date: string; text: string }[] {
  const items = entry.timeline.filter((t) => t.date > day).map((t) => ({ date: t.date, text: t.event }));
  const steps = (entry.status?.history ?? []).filter((s) => s.since > day).map((s) => ({ date: s.since, text: `Status: ${s.text}` }));
  return [...items, ...steps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
