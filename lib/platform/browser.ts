// The extension API for the service worker and the extension's own pages: webextension-polyfill's
// promise-based `browser`, the same in Chrome and Firefox. The content script does not load it: it
// runs on every page, and uses the browser's own API through WXT's `wxt/browser` (native `browser`
// in Firefox, `chrome` in Chrome, both promise-based for what the page uses).
export { default as browser } from 'webextension-polyfill';
