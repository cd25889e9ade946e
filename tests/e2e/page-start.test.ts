// What every page loads, in both builds: only the content script, small, without the reader, the
// card's libraries, the schemas or the polyfill, put into the page by the background
// (lib/platform/page-handle.ts: the manifest declares the marks' style sheet alone); the reader and
// the card are scripts of their own, injected when first needed (lib/platform/injected.ts). The sizes that matter are measured in npm
// run bench; this keeps the split from being undone by an import.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, ROOT } from '../../harness/browser';

import { INJECTED } from '../../lib/platform/injected';
import { PAGE_SCRIPT } from '../../lib/platform/page-handle';
import { HIGHLIGHTS_FILE } from '../../lib/content/paint/highlight-css';

/**
 * The budget for what runs at every page's start. The lean-page goal was 12 KB gzip; with the reader
 * split off it is about 4 KB (the glance, the messages, WXT's context), and this keeps it near that.
 */
const PAGE_START_GZIP_BYTES = 6 * 1024;

describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', join(ROOT, '.output', 'firefox-mv2')],
])('what every page loads, %s build', (_name, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };

  it('is one small content script, without the reader, the card, the schemas or the polyfill', () => {
    // The manifest starts no script of its own: the background puts this one into each page.
    expect(manifest.content_scripts.flatMap((c) => c.js ?? [])).toEqual([]);
    expect(manifest.content_scripts.flatMap((c) => c.css ?? [])).toEqual([HIGHLIGHTS_FILE]);
    const code = readFileSync(join(dir, PAGE_SCRIPT));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(PAGE_START_GZIP_BYTES);
    const text = code.toString('utf8');
    expect(text).not.toContain('valibot'); // the schema library names itself in every schema
    expect(text).not.toContain('api-metadata.json'); // webextension-polyfill's own error text
    expect(text).not.toContain('crossAxis'); // Floating UI's options
    expect(text).not.toContain('__html'); // Preact's renderer
    expect(text).not.toContain('backstory-term'); // the marks' highlight names
    // Nor WXT's `browser`, which touches the extension's API as it loads: that first touch costs
    // a page more than the rest of its glance (lib/platform/page-handle.ts).
    expect(text).not.toContain('globalThis.browser');
  });

  it('has the reader as its own script, not loaded by the manifest', () => {
    const reader = join(dir, INJECTED.reader.file);
    expect(existsSync(reader)).toBe(true);
    expect(readFileSync(reader, 'utf8')).toContain('backstory-term');
    expect(JSON.stringify(manifest)).not.toContain(INJECTED.reader.file.slice(1));
  });

  it('has the card as its own script, not loaded by the manifest', () => {
    const card = join(dir, INJECTED.card.file);
    expect(existsSync(card)).toBe(true);
    const text = readFileSync(card, 'utf8');
    expect(text).toContain('backstory-root'); // the card's host element
    expect(text).toContain('crossAxis');
    expect(text).toContain('__html');
    expect(JSON.stringify(manifest)).not.toContain(INJECTED.card.file.slice(1));
  });
});
