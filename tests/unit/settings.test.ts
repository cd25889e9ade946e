import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../lib/settings-store';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores only values that differ from the default', async () => {
    await saveSettings({ density: 'all', paused: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'settings.density': 'all' });
    await saveSettings({ density: 'first' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('falls back per key when a stored value is corrupted, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      'settings.paused': 'yes',
      'settings.disabledSites': ['bbc.co.uk'],
      'settings.hoverDelay': -5,
      'settings.hiddenCategories': ['person', 'not-a-category'],
    });
    const s = await loadSettings();
    expect(s.paused).toBe(false);
    expect(s.disabledSites).toEqual(['bbc.co.uk']);
    expect(s.hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
    expect(s.hiddenCategories).toEqual([]);
    await loadSettings();
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('"paused"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('reads an imported record key by key', () => {
    const bad: string[] = [];
    const s = parseSettings({ density: 'all', mode: 'sometimes', unknown: 1 }, (k) => bad.push(k));
    expect(s.density).toBe('all');
    expect(s.mode).toBe('everywhere');
    expect(bad).toEqual(['mode']);
  });
});
