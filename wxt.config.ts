import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Neutral, sourced background for the terms you meet in the news. Works offline; nothing leaves your device.',
    // storage: settings on this device. activeTab is not needed: the content script already runs on pages.
    permissions: ['storage'],
    action: { default_title: 'Backstory' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Switch Backstory off or on for this site',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.example', strict_min_version: '140.0' } } }
      : {}),
  }),
});
