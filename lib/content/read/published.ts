// When the article was published, from what pages commonly say about it: Open Graph and
// schema.org metadata, JSON-LD, then a <time datetime> near the headline. The card uses it to show
// what was true then next to what is true now.

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
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
 * usable: the reader asks at every read, and a query that finds nothing walks the whole document.
 */
function* candidates(doc: Document): Generator<string | null | undefined> {
  // One walk for all the metadata: the first element each selector names, in the order of the list.
  const metas = Array.from(doc.querySelectorAll(META_SELECTORS.join(', ')));
  // Some pages give the day as `value` rather than `content` ("article:published_time" on nytimes.com).
  for (const sel of META_SELECTORS) {
    const meta = metas.find((m) => m.matches(sel));
    yield meta?.getAttribute('content') ?? meta?.getAttribute('value');
  }
  yield* jsonLdDates(doc);
  yield doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime');
  yield doc.querySelector('article header time[datetime], article time[datetime], header time[datetime], time[pubdate]')?.getAttribute('datetime');
}

function isoDay(value: string | null | undefined): string | null {
  // A month or a year alone ("2022-02") says no day: read as its first day, it would put a page of
  // 28 February before the events of the 24th.
  if (!value || /^\d{4}(-\d{2})?$/.test(value.trim())) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** datePublished from JSON-LD blocks (which may hold arrays and @graph lists). Page data: parsed, never run. */
function jsonLdDates(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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
