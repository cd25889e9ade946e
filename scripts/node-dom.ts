// A DOM for the command-line tools: happy-dom with scripts, styles and frames never loaded, so a
// saved page is parsed as markup only.
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'http://127.0.0.1/'): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
