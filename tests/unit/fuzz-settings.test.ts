// Stored settings that are broken, old or cannot be written: each key falls back on its own, and
// nothing the reader chose is lost.
import { describe, expect, it, vi, beforeEach } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, saveSettings, switchSite } from '../../lib/platform/settings-store';

describe('stored settings that are broken, old or cannot be written', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('reads any corrupted value as its default, key by key, keeping the good ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('paused', 'mode', 'density', 'hoverDelay', 'highlightStyle'), fc.anything()), async (junk) => {
        fakeBrowser.reset();
        const stored: Record<string, unknown> = { 'settings.disabledSites': ['bbc.co.uk'] };
        for (const [k, val] of Object.entries(junk)) stored[`settings.${k}`] = val;
        await fakeBrowser.storage.local.set(stored);
        const s = await loadSettings();
        expect(s.disabledSites).toEqual(['bbc.co.uk']);
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the choices it still understands in a list stored by an older version', async () => {
    // An older version knew a category or stored a site entry this one no longer accepts; the
    // reader's other choices in the same list must survive, and a switch must not erase them.
    await fakeBrowser.storage.local.set({
      'settings.hiddenCategories': ['person', 'retired-category'],
      'settings.disabledSites': ['bbc.co.uk', ''],
    });
    const s = await loadSettings();
    expect(s.hiddenCategories).toEqual(['person']);
    expect(s.disabledSites).toEqual(['bbc.co.uk']);
    await switchSite('cnn.com');
    expect((await loadSettings()).disabledSites).toEqual(expect.arrayContaining(['bbc.co.uk', 'cnn.com']));
  });

  it('reports a storage quota error from saving, loses nothing stored, and keeps working', async () => {
    await saveSettings({ disabledSites: ['bbc.co.uk'], density: 'all' });
    const quota = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ disabledSites: ['bbc.co.uk', 'cnn.com'] })).rejects.toThrow(/quota/i);
    quota.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'settings.disabledSites': ['bbc.co.uk'], 'settings.density': 'all' });
    const s = await loadSettings();
    expect(s.disabledSites).toEqual(['bbc.co.uk']);
    expect(s.density).toBe('all');
    // Once space is back, saving works again.
    await saveSettings({ paused: true });
    expect((await loadSettings()).paused).toBe(true);
  });
});
