import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { highlightCss, HIGHLIGHTS_FILE } from './lib/page/highlight-css';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // The sources zip (for store review) needs what builds the extension, not the test pages.
  zip: { excludeSources: ['tests/fixtures/**', 'bench/pages/**', 'docs/**', 'demo-output/**'] },
  hooks: {
    // The marks' style, injected by the manifest before the page's first style pass (see lib/page/highlight-css.ts).
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: HIGHLIGHTS_FILE, contents: highlightCss(wxt.config.browser === 'firefox' ? '' : ':root') });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), HIGHLIGHTS_FILE];
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Neutral, sourced background for the terms you meet in the news. Works offline; nothing leaves your device.',
    // storage: settings on this device. activeTab is not needed: the content script already runs on pages.
    permissions: ['storage'],
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
    // 131: highlight styles inherit from :root (see lib/page/highlight-css.ts).
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.example', strict_min_version: '140.0' } } }
      : { minimum_chrome_version: '131' }),
  }),
});
