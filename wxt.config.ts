import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { highlightCss, HIGHLIGHTS_FILE } from './lib/content/paint/highlight-css';
import { DATA_FILES } from './lib/background/data-files';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  webExt: { disabled: true },
  // The sources zip (for store review) needs what builds the extension, not the test pages.
  zip: { excludeSources: ['tests/fixtures/**', 'bench/pages/**', 'docs/**', 'demo-output/**'] },
  hooks: {
    // The marks' style, injected by the manifest before the page's first style pass (see lib/content/paint/highlight-css.ts).
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: HIGHLIGHTS_FILE, contents: highlightCss(wxt.config.browser === 'firefox' ? '' : ':root') });
      // The dataset and dictionary as data files (lib/background/data-files.ts).
      for (const dest of Object.values(DATA_FILES)) files.push({ relativeDest: dest, absoluteSrc: join(import.meta.dirname, 'lib', 'generated', basename(dest)) });
    },
    // SHA256SUMS beside the zips, in sha256sum's format, for this version's zips of every run so far
    // (npm run zip makes the Chrome one, then the Firefox and sources ones).
    'zip:done': (_wxt, zipFiles) => {
      if (!zipFiles.length) return;
      const dir = dirname(zipFiles[0]);
      const prefix = basename(zipFiles[0]).replace(/[^-]+\.zip$/, ''); // backstory-0.1.0-
      const zips = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.zip')).sort();
      const sums = zips.map((f) => `${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}  ${f}\n`);
      writeFileSync(join(dir, 'SHA256SUMS'), sums.join(''));
    },
    // The marks' style sheet, on every page and frame. The content script itself (entrypoints/page.ts)
    // is put into each page by the background once the page has loaded (lib/platform/page-handle.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [{ matches: ['<all_urls>'], css: [HIGHLIGHTS_FILE], run_at: 'document_idle', all_frames: true }];
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Neutral, sourced background for the terms you meet in the news. Works offline; nothing leaves your device.',
    // storage: settings on this device. scripting, with access to all sites: the background puts the
    // page's script into each page as it loads, the reader's where the page names a term and the
    // card's when its first card opens (lib/background/page-service.ts; docs/SECURITY.md has the
    // trade-off). The install prompt is the one host access brings ("read and change your data on
    // all websites"); tabs.onUpdated needs no permission of its own.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // The toolbar icon is set in entrypoints/popup/index.html, so both builds get it.
    action: { default_title: 'Backstory' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Switch Backstory off or on for this site',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next marked term and open its card',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous marked term and open its card',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
    // 131: highlight styles inherit from :root (see lib/content/paint/highlight-css.ts). Firefox: Backstory
    // collects no data, which the store asks every extension to declare; the same package runs on
    // Firefox for Android from 142, the first to read that declaration there (Android has no ESR, and
    // no keyboard shortcuts: the commands are simply not offered there).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'backstory@backstory.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '131' }),
  }),
});
