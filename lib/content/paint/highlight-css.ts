// How marked terms look: one highlight name per reader setting (see highlightName), so switching
// the setting moves the ranges to another name and no style sheet changes.
//
// The document's sheet is a file the manifest injects before the page's first style pass (see
// wxt.config.ts): a sheet added later with a rule for every element's ::highlight makes the browser
// recompute the style of the whole page (150 ms on a large page). In Chromium, highlight styles
// inherit from the parent element's, so the rules sit on :root alone and cost the page's style
// passes almost nothing; Firefox does not inherit them yet and gets the rules on every element.
// Open shadow roots, which document sheets do not reach, adopt the every-element form.
// Each preset keeps the page's own text colour, so the text's contrast is the page's; the marks
// themselves meet 3:1 against white and black.
import type { Settings } from '../../settings/settings';
import { adoptSheet, dropSheet } from './adopted-sheets';
import { FLASH_NAME, highlightName, MARK_TAG } from './highlighter';

const PRESETS: Record<Settings['highlightStyle'], string> = {
  underline: 'text-decoration: underline dotted 2px; text-decoration-color: #1a73e8; background-color: rgba(26, 115, 232, 0.1);',
  tint: 'background-color: rgba(255, 196, 0, 0.35);',
  outline: 'text-decoration: underline solid 2px; text-decoration-color: #c2410c;',
};

/** Where the build puts the document's sheet. */
export const HIGHLIGHTS_FILE = 'content-scripts/highlights.css';

/** The sheet: `scope` ':root' where highlight styles inherit (Chromium), '' to put the rules on every element. */
export function highlightCss(scope: ':root' | ''): string {
  const rules = Object.entries(PRESETS).map(([style, rule]) => [
    `${scope}::highlight(${highlightName(style as Settings['highlightStyle'])}) { ${rule} }`,
    // Browsers without the Highlight API: the same look on the fallback's elements.
    `${MARK_TAG}[data-style='${style}'] { ${rule} }`,
  ]);
  // The flash on a term the popup asked for: a strong yellow behind the text, dark text for contrast.
  const flash = `${scope}::highlight(${FLASH_NAME}) { background-color: #ffd54f; color: #111; }`;
  return [`${MARK_TAG} { all: unset; }`, ...rules.flat(), flash].join('\n') + '\n';
}

let shared: CSSStyleSheet | null = null;

/** Adds our sheet to an open shadow root; returns the sheet, for dropStyle. */
export function adoptStyle(root: ShadowRoot): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(highlightCss(''));
  }
  adoptSheet(root, shared);
  return shared;
}

export function dropStyle(root: ShadowRoot, sheet: CSSStyleSheet): void {
  dropSheet(root, sheet);
}
