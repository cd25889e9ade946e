// @vitest-environment happy-dom
// The article's publication day, from what the page says of it, most trusted first.
import { afterEach, describe, expect, it } from 'vitest';
import { publishedDate } from '../../lib/content/read/published';

const TODAY = '2026-12-03';
const page = (head: string, body = '') => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return publishedDate(document, TODAY);
};

describe('publishedDate', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('prefers the metadata in the order of its list, wherever each stands in the page', () => {
    expect(page('<meta name="date" content="2020-01-02"><meta property="article:published_time" content="2021-03-04T10:00:00Z">')).toBe('2021-03-04');
    expect(page('<meta name="pubdate" content="2019-05-06">', '<meta itemprop="datePublished" content="2018-07-08">')).toBe('2018-07-08');
    // Some pages give the day as `value` (nytimes.com).
    expect(page('<meta data-rh="true" value="2018-10-09T14:13:40.000Z" name="article:published_time">')).toBe('2018-10-09');
  });

  it('takes no day from a month or a year alone', () => {
    expect(page('<meta property="article:published_time" content="2022-02">')).toBe(null);
    expect(page('<meta property="article:published_time" content="2022">')).toBe(null);
    expect(page('<meta property="article:published_time" content="2022-02"><meta name="date" content="2022-02-27">')).toBe('2022-02-27');
  });

  it('takes JSON-LD (arrays and @graph lists too), then a <time> near the headline, when the metadata says nothing usable', () => {
    const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    expect(page(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-09-10T08:00:00+02:00' }] }))).toBe('2022-09-10');
    expect(page('<meta name="date" content="not a date">' + ld([{ datePublished: '2023-11-12' }]))).toBe('2023-11-12');
    expect(page('', '<article><header><h1>Talks</h1><time datetime="2024-01-15T12:00">15 January</time></header></article>')).toBe('2024-01-15');
    // A date marked as the publication's comes before a <time> in the article; a <time> outside it is none.
    expect(page('', '<time datetime="2020-02-02">rail</time><article><time datetime="2024-01-15">15 January</time><span itemprop="datePublished" datetime="2024-01-14">14 January</span></article>')).toBe('2024-01-14');
    expect(page('', '<aside><time datetime="2020-02-02">rail</time></aside><p>No date here.</p>')).toBeNull();
  });

  it('skips dates before the web and after today, and says null when the page does not say', () => {
    expect(page('<meta name="date" content="1970-01-01"><meta name="DC.date.issued" content="2030-01-01">', '<time pubdate datetime="2025-06-01">June</time>')).toBe('2025-06-01');
    expect(page('<script type="application/ld+json">{ broken</script>', '<p>No date here.</p>')).toBeNull();
  });
});
