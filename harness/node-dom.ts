// A DOM for the command-line tools (scan, eval, integrity's expectations, the detection test): a
// saved page parsed as markup only, into the tree a browser builds from it.
//
// Why jsdom: its parser is parse5, the HTML standard's tree-construction algorithm, so the tree is
// the one Chromium builds from the same markup (tests/e2e/parse-parity.test.ts checks that the text
// blocks read from it are Chromium's on every saved page in the fixtures). happy-dom, used here
// before, has a parser of its own that is not: a <style> inside an <svg> with `<!-- -->` in it (as
// React leaves them) swallowed the rest of the page, so on indiatimes.com-un-climate-report.html
// (33 <p> tags) its tree held no <p> at all and the scan reported nothing, and 18 of the 111 saved
// pages gave other text blocks than Chromium's. Every figure of `scan` and `eval` is only as true
// as this parse.
//
// How: the page goes through a fresh window's DOMParser, as a browser's DOMParser would take it. Such
// a document has scripting disabled (scripts are never run, and <noscript> is parsed as a browser
// with JavaScript off parses it) and no browsing context, so nothing is fetched (no `resources`
// option either: no script, style sheet, image or frame is loaded, no network) and jsdom does not
// build the CSSOM of <style> elements (time the tools do not need, and a throw on some invalid CSS,
// see below). jsdom's console (CSS it cannot parse, say) is not forwarded. A window per page, closed
// by `close`: documents parsed in one long-lived window stay in memory (about 20 MB for a 3 MB page).
// The unit tests' DOM environment is still happy-dom; this is only the tools' parse.
import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string, url = 'http://127.0.0.1/'): { doc: Document; close: () => Promise<void> } {
  tolerateInvalidInlineCss();
  const { window } = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return {
    doc,
    close: async () => {
      window.close();
      // jsdom lets go of a closed window's documents only once the event loop has turned.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

let patched = false;

/**
 * jsdom 29.1 reflects every style="" attribute into a CSSStyleDeclaration as the element is created,
 * and its value parser throws on some invalid calc() values (`calc(100% - {{gap}})` left by a
 * template, `calc(($a - 1px) / 2)` left by Sass), which aborts the parse of the whole page; a
 * browser drops such a declaration and keeps the attribute as written. So a throw while setting
 * cssText leaves the declaration as parsed so far and the attribute as written (the tools read the
 * attribute, never the CSSOM). The hook is jsdom's internal class, present in 29.x; without it (a
 * later jsdom) the parse is left as jsdom has it.
 */
function tolerateInvalidInlineCss(): void {
  if (patched) return;
  patched = true;
  const require = createRequire(import.meta.url);
  let impl: { prototype: object } | undefined;
  try {
    impl = (require('jsdom/lib/jsdom/living/css/CSSStyleDeclaration-impl.js') as { implementation?: { prototype: object } }).implementation;
  } catch {
    return;
  }
  const descriptor = impl && Object.getOwnPropertyDescriptor(impl.prototype, 'cssText');
  const set = descriptor?.set;
  if (!impl || !descriptor || !set) return;
  Object.defineProperty(impl.prototype, 'cssText', {
    ...descriptor,
    set(this: object, text: string) {
      try {
        set.call(this, text);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
      }
    },
  });
}
