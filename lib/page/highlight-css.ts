// How marked terms look, one preset per reader setting. Applied as constructed stylesheets (on the
// document and on open shadow roots, where document styles do not reach): no element is added to
// the page, and strict style-src policies do not block them. Each preset keeps the page's own text
// colour, so the text's contrast is the page's; the marks themselves meet 3:1 against white and black.
import type { Settings } from '../settings';
import { FLASH_NAME, MARK_TAG, HIGHLIGHT_NAME } from './highlighter';

const PRESETS: Record<Settings['highlightStyle'], string> = {
  underline: 'text-decoration: underline dotted 2px; text-decoration-color: #1a73e8; background-color: rgba(26, 115, 232, 0.1);',
  tint: 'background-color: rgba(255, 196, 0, 0.35);',
  outline: 'text-decoration: underline solid 2px; text-decoration-color: #c2410c;',
};

export function highlightCss(style: Settings['highlightStyle']): string {
  const rule = PRESETS[style] ?? PRESETS.underline;
  // The flash: a strong yellow behind the text, dark text for contrast.
  const flash = `::highlight(${FLASH_NAME}) { background-color: #ffd54f; color: #111; }`;
  return `::highlight(${HIGHLIGHT_NAME}) { ${rule} }\n${flash}\n${MARK_TAG} { all: unset; ${rule} }`;
}

/** Adds (or updates) our sheet on a document or shadow root; returns a function that takes it back. */
export function adoptStyle(target: Document | ShadowRoot, css: string, existing?: CSSStyleSheet): CSSStyleSheet {
  const sheet = existing ?? new CSSStyleSheet();
  sheet.replaceSync(css);
  if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return sheet;
}

export function dropStyle(target: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
}
