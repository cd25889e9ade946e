// Which site a page belongs to and whether Backstory runs there: data plus pure functions,
// table-tested (tests/unit/sites.test.ts).
import type { Settings } from './settings';

/**
 * The site key of a URL: its host name in lower case without "www." (internationalised names in
 * their ASCII form, as URL gives them), an IP address as written, "file://" for local files, or
 * null for pages Backstory never runs on (browser pages, data: URLs).
 */
export function siteKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return 'file://';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** A host name as URL gives it (labels of letters, digits, hyphens; "xn--" for other scripts), or an IP address. */
const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$|^\[[0-9a-f:.]+\]$/;

/**
 * Normalises what a reader types in the options ("https://www.BBC.co.uk/news" -> "bbc.co.uk"), or
 * null if it names no site (browsers' URL parsers let some such text through, "not%20a%20site").
 */
export function normaliseSiteInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (/^file:/i.test(text)) return 'file://';
  const key = siteKey(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return key !== null && HOST.test(key) ? key : null;
}

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** Whether `key` is `listed` or one of its subdomains (news.bbc.co.uk under bbc.co.uk). */
export function siteMatches(key: string, listed: string): boolean {
  if (key === listed) return true;
  if (isIp(key) || key === 'file://') return false;
  return key.endsWith(`.${listed}`);
}

export type SiteSettings = Pick<Settings, 'paused' | 'mode' | 'disabledSites' | 'allowedSites'>;

export function isSiteEnabled(url: string, s: SiteSettings): boolean {
  const key = siteKey(url);
  return key !== null && isKeyEnabled(key, s);
}

export function isKeyEnabled(key: string, s: SiteSettings): boolean {
  if (s.paused) return false;
  if (s.disabledSites.some((d) => siteMatches(key, d))) return false;
  if (s.mode === 'allowlist') return s.allowedSites.some((a) => siteMatches(key, a));
  return true;
}

/** The settings change that the one-click switch makes for a site. */
export function toggleSite(key: string, s: SiteSettings): Partial<SiteSettings> {
  if (isKeyEnabled(key, s)) {
    if (s.mode === 'allowlist') return { allowedSites: s.allowedSites.filter((a) => !siteMatches(key, a)) };
    return { disabledSites: [...s.disabledSites, key] };
  }
  const disabledSites = s.disabledSites.filter((d) => !siteMatches(key, d));
  if (s.mode === 'allowlist' && !s.allowedSites.some((a) => siteMatches(key, a))) {
    return { disabledSites, allowedSites: [...s.allowedSites, key] };
  }
  return { disabledSites };
}
