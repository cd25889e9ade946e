// Markup in dataset strings and in the lint rules: whatever a dataset string holds, the card renders
// it as text, and no code may assign markup.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { h, render } from 'preact';
import { Window } from 'happy-dom';
import { Card } from '../../lib/card/Card';
import { entry } from './helpers';

describe('dataset strings are text, never markup', () => {
  it('renders markup in a summary, title and timeline literally, creating no element from it', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    const root = doc.createElement('div');
    doc.body.appendChild(root);
    const hostile = entry('hostile', ['Hostile'], {
      title: '<script>alert(1)</script>',
      summary: '<img src=x onerror=alert(1)>',
      timeline: [
        { date: '2000', event: '<b onclick="alert(1)">bold</b>' },
        { date: '2001', event: '<iframe src="javascript:alert(1)"></iframe>' },
      ],
    });
    render(h(Card, { entry: hostile }), root);
    expect(root.querySelectorAll('img, script, iframe, b').length).toBe(0);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<b onclick="alert(1)">bold</b>');
    win.happyDOM.abort();
  });

  it('is enforced by the lint rule: HTML sinks are errors in the extension source', async () => {
    const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
    const sinks = [
      'export function f(el: Element, x: string) { el.innerHTML = x; }',
      'export function f(el: Element, x: string) { el.outerHTML = x; }',
      "export function f(el: Element, x: string) { el.insertAdjacentHTML('beforeend', x); }",
      'export function f(x: string) { document.write(x); }',
      'export function f(r: Range, x: string) { return r.createContextualFragment(x); }',
    ];
    for (const code of sinks) {
      const [result] = await eslint.lintText(code, { filePath: 'lib/sink-check.ts' });
      expect(result.messages.map((m) => m.ruleId), code).toContain('no-restricted-properties');
    }
    const [jsx] = await eslint.lintText('export const C = (p: { x: string }) => <div dangerouslySetInnerHTML={{ __html: p.x }} />;', {
      filePath: 'lib/ui/sink-check.tsx',
    });
    expect(jsx.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
    const [clean] = await eslint.lintText('export function f(el: Element, x: string) { el.textContent = x; }', { filePath: 'lib/sink-check.ts' });
    expect(clean.messages).toEqual([]);
  });
});
