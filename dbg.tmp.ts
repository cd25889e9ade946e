import { readFileSync } from 'node:fs';
import { parseHtml } from './scripts/node-dom';
import { collectBlocks } from './lib/dom/blocks';
import { findArticle } from './lib/dom/article';
const { doc } = parseHtml(readFileSync(process.argv[2], 'utf8'));
const blocks = collectBlocks(doc.body);
const a = findArticle(doc, blocks);
const desc = (e: Element) => `${e.tagName}#${e.id}.${(e.getAttribute('class') ?? '').slice(0, 60)}`;
console.log('roots', a.roots.map(desc));
for (const b of blocks) { const t = b.text.replace(/\s+/g, ' ').trim(); if (t.length > 60) console.log(a.contains(b.container) ? 'IN ' : 'out', desc(b.container), t.slice(0, 70)); }
const p = [...doc.querySelectorAll('p')].find((x) => x.textContent?.includes(process.argv[3]))!;
for (let e: Element | null = p; e; e = e.parentElement) console.log('anc', desc(e), e.getAttribute('role') ?? '');
