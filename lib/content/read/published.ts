// When the article was published, from what pages commonly say about it: Open Graph and
// schema.org metadata, JSON-LD, then a <time datetime> near the headline. The card uses it to show
// what was true then next to what is true now.

/** The metadata that gives the day, most trusted first: the attribute that names it, and its name. */
const META: readonly [attribute: 'property' | 'name' | 'itemprop', name: string][] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['property', 'og:published_time'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'date'],
  ['name', 'DC.date.issued'],
  ['name', 'dcterms.created'],
  ['name', 'sailthru.date'],
];

/** Dates before the web, or in the future, are not publication dates. */
const EARLIEST = '1990-01-01';

/** The publication day as YYYY-MM-DD, or null when the page does not say. */
export function publishedDate(doc: Document, today = new Date().toISOString().slice(0, 10)): string | null {
  for (const c of candidates(doc)) {
    const day = isoDay(c);
    if (day && day >= EARLIEST && day <= today) return day;
  }
  return null;
}

/**
 * What the page says, most trusted first, each looked for only when those before it said nothing
 * usable. The reader asks at every read, so the page is searched by tag, not by selector: a
 * selector that finds nothing walks the whole document, and most pages hold no such date.
 */
function* candidates(doc: Document): Generator<string | null | undefined> {
  // One pass over the <meta> elements: the first of each name, in the order of the list. Some pages
  // give the day as `value` rather than `content` ("article:published_time" on nytimes.com).
  const metas = doc.getElementsByTagName('meta');
  const first = new Array<string | null | undefined>(META.length);
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const names = { property: m.getAttribute('property'), name: m.getAttribute('name'), itemprop: m.getAttribute('itemprop') };
    META.forEach(([attribute, name], k) => {
      if (first[k] === undefined && names[attribute] === name) first[k] = m.getAttribute('content') ?? m.getAttribute('value');
    });
  }
  yield* first;
  yield* jsonLdDates(doc);
  // Then the page's own marks: an element marked as the publication date, else a <time> in the
  // article or its header (or marked pubdate), the first in the page.
  const marked = Array.from(doc.querySelectorAll('[itemprop="datePublished"][datetime], time[datetime]'));
  yield marked.find((el) => el.getAttribute('itemprop') === 'datePublished')?.getAttribute('datetime');
  yield marked.find((el) => el.localName === 'time' && (el.hasAttribute('pubdate') || el.closest('article, header')))?.getAttribute('datetime');
}

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** datePublished from JSON-LD blocks (which may hold arrays and @graph lists). Page data: parsed, never run. */
function jsonLdDates(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack = [data];
    for (let steps = 0; stack.length && steps < 200; steps++) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const rec = item as Record<string, unknown>;
        if (typeof rec.datePublished === 'string') out.push(rec.datePublished);
        if (rec['@graph']) stack.push(rec['@graph']);
      }
    }
  }
  return out;
}
