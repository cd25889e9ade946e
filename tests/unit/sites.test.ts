import { describe, expect, it } from 'vitest';
import { isSiteEnabled, normaliseSiteInput, siteKey, toggleSite, type SiteSettings } from '../../lib/settings/sites';

const base: SiteSettings = { paused: false, mode: 'everywhere', disabledSites: [], allowedSites: [] };

describe('siteKey', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world', 'bbc.co.uk'],
    ['https://news.BBC.co.uk/', 'news.bbc.co.uk'],
    ['http://127.0.0.1:8080/a.html', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
    ['http://localhost:5173/', 'localhost'],
    ['file:///home/reader/saved.html', 'file://'],
    ['https://bücher.de/x', 'xn--bcher-kva.de'],
    ['https://www.example.com./', 'example.com'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['data:text/html,hi', null],
    ['not a url', null],
  ])('%s -> %s', (url, key) => expect(siteKey(url)).toBe(key));
});

describe('normaliseSiteInput', () => {
  it.each([
    ['https://www.BBC.co.uk/news', 'bbc.co.uk'],
    ['nytimes.com', 'nytimes.com'],
    ['  www.lemonde.fr  ', 'lemonde.fr'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['file:///tmp/x.html', 'file://'],
    ['http://[::1]:8080/', '[::1]'],
    ['192.168.0.1', '192.168.0.1'],
    ['my_host.example', 'my_host.example'],
    ['', null],
    ['not a site', null],
    ['a..b', null],
    ['exa!mple.com', null],
    ['-bad-.com', null],
    ['chrome://settings', null],
    ['bbc.co.uk/ news', 'bbc.co.uk'],
  ])('%s -> %s', (input, key) => expect(normaliseSiteInput(input)).toBe(key));
});

describe('isSiteEnabled', () => {
  it.each<[string, Partial<SiteSettings>, boolean]>([
    ['https://bbc.co.uk/', {}, true],
    ['https://bbc.co.uk/', { paused: true }, false],
    ['https://bbc.co.uk/', { disabledSites: ['bbc.co.uk'] }, false],
    ['https://news.bbc.co.uk/', { disabledSites: ['bbc.co.uk'] }, false],
    ['https://notbbc.co.uk/', { disabledSites: ['bbc.co.uk'] }, true],
    ['https://bbc.co.uk/', { disabledSites: ['news.bbc.co.uk'] }, true],
    ['http://127.0.0.1/', { disabledSites: ['0.0.1'] }, true],
    ['http://127.0.0.1/', { disabledSites: ['127.0.0.1'] }, false],
    ['https://bbc.co.uk/', { mode: 'allowlist' }, false],
    ['https://bbc.co.uk/', { mode: 'allowlist', allowedSites: ['bbc.co.uk'] }, true],
    ['https://www.bbc.co.uk/', { mode: 'allowlist', allowedSites: ['bbc.co.uk'], disabledSites: ['bbc.co.uk'] }, false],
    ['file:///x.html', {}, true],
    ['chrome://newtab', {}, false],
  ])('%s with %j -> %s', (url, s, expected) => expect(isSiteEnabled(url, { ...base, ...s })).toBe(expected));
});

describe('toggleSite', () => {
  it('switches a site off and back on', () => {
    const off = { ...base, ...toggleSite('bbc.co.uk', base) };
    expect(off.disabledSites).toEqual(['bbc.co.uk']);
    expect(isSiteEnabled('https://bbc.co.uk/', off)).toBe(false);
    const on = { ...off, ...toggleSite('bbc.co.uk', off) };
    expect(isSiteEnabled('https://bbc.co.uk/', on)).toBe(true);
  });

  it('adds to and removes from the allow list in allow-list mode', () => {
    const s: SiteSettings = { ...base, mode: 'allowlist' };
    const on = { ...s, ...toggleSite('bbc.co.uk', s) };
    expect(on.allowedSites).toEqual(['bbc.co.uk']);
    const off = { ...on, ...toggleSite('bbc.co.uk', on) };
    expect(off.allowedSites).toEqual([]);
  });
});
