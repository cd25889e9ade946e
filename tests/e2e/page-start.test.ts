// What every page loads, in both builds: only the content script, small, without the card's
// libraries, the schemas or the polyfill; the card is its own script, injected when first needed
// (lib/content/card-slot.ts). The sizes that matter are measured in npm run bench; this keeps the
// split from being undone by an import.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, ROOT } from '../../harness/browser';

/** The card's script, as lib/background/page-service.ts injects it (that module needs an extension to load). */
const CARD_SCRIPT = '/card.js';

/** The budget for what runs at every page's start (the lean-page goal: 12 KB gzip). */
const PAGE_START_GZIP_BYTES = 12 * 1024;

describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', join(ROOT, '.output', 'firefox-mv2')],
])('what every page loads, %s build', (_name, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };

  it('is one small content script, without the card, the schemas or the polyfill', () => {
    const files = manifest.content_scripts.flatMap((c) => c.js);
    expect(files).toEqual(['content-scripts/content.js']);
    const code = readFileSync(join(dir, files[0]));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(PAGE_START_GZIP_BYTES);
    const text = code.toString('utf8');
    expect(text).not.toContain('valibot'); // the schema library names itself in every schema
    expect(text).not.toContain('api-metadata.json'); // webextension-polyfill's own error text
    expect(text).not.toContain('crossAxis'); // Floating UI's options
    expect(text).not.toContain('__html'); // Preact's renderer
  });

  it('has the card as its own script, not loaded by the manifest', () => {
    const card = join(dir, CARD_SCRIPT);
    expect(existsSync(card)).toBe(true);
    const text = readFileSync(card, 'utf8');
    expect(text).toContain('backstory-root'); // the card's host element
    expect(text).toContain('crossAxis');
    expect(text).toContain('__html');
    expect(JSON.stringify(manifest)).not.toContain(CARD_SCRIPT.slice(1));
  });
});
