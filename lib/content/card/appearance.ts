// Whether the page looks dark, so the card matches it rather than only the OS preference.

/** Relative luminance below which a background counts as dark (mid-grey is about 0.2). */
const DARK_LUMINANCE = 0.2;

export type Appearance = 'light' | 'dark' | 'auto';

/** The page's own background decides; a page that paints none follows the OS preference ('auto'). */
export function pageAppearance(win: Window): Appearance {
  const doc = win.document;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0) return luminance(rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  if (/^dark$/.test(scheme.trim())) return 'dark';
  return scheme.includes('dark') ? 'auto' : 'light';
}

export function parseRgb(css: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

export function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
