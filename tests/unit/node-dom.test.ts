// The command-line tools' parse (harness/node-dom.ts): markup only, the tree a browser builds, and
// nothing that aborts it. tests/e2e/parse-parity.test.ts compares it with Chromium on the saved pages.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../harness/node-dom';

describe('parseHtml', () => {
  it('keeps the page after an <svg> <style> holding comments (happy-dom lost the rest of the page there)', async () => {
    const { doc, close } = parseHtml(
      '<!doctype html><body><div><svg viewBox="0 0 1 1"><defs><style>.a<!-- -->{<!-- -->fill:#fff<!-- -->}</style></defs></svg></div>' +
        '<p>The story starts here.</p></body>',
    );
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['The story starts here.']);
    await close();
  });

  it('runs no script and keeps <noscript> as markup, as a browser with JavaScript off does', async () => {
    const { doc, close } = parseHtml(
      '<p id="marker">not run</p><script>document.getElementById("marker").textContent = "ran"</script>' +
        '<noscript><p>Enable JavaScript</p></noscript><p onclick="this.textContent = \'clicked\'">Body</p>',
    );
    expect(doc.getElementById('marker')?.textContent).toBe('not run');
    expect(doc.querySelector('noscript > p')?.textContent).toBe('Enable JavaScript');
    await close();
  });

  it('does not stop at inline CSS that jsdom cannot parse, and keeps the attribute as written', async () => {
    const style = 'width: calc(100% - {{gap}}); display: none';
    const { doc, close } = parseHtml(
      `<div style="${style}">Hidden</div><p style="margin: calc(10px * (1 + $x))">After</p>` +
        '<style>.x { min-height: calc(($a - 16px) / 16 * 9) }</style><p>Last</p>',
    );
    expect(doc.querySelector('div')?.getAttribute('style')).toBe(style);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['After', 'Last']);
    await close();
  });

  it('resolves links against the URL given', async () => {
    const { doc, close } = parseHtml('<a href="/about">About</a>', 'https://news.example/world/story');
    expect(doc.querySelector('a')?.href).toBe('https://news.example/about');
    await close();
  });
});
