import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/settings';
import { loadSettings, saveSettings, switchSite } from '../../lib/platform/settings-store';
import { exportSettings, parseSettingsFile } from '../../lib/ui/options/settings-file';

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
    expect(s.hiddenCategories).toEqual(['person']);
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

describe('settings file', () => {
  const file = (settings: unknown, extra: object = {}) => JSON.stringify({ format: 'backstory-settings', version: 1, settings, ...extra });

  it('exports only what the reader changed, and imports it back whole', () => {
    const mine = { ...DEFAULT_SETTINGS, density: 'all' as const, disabledSites: ['bbc.co.uk'], hoverDelay: 200 };
    const text = exportSettings(mine);
    expect(JSON.parse(text).settings).toEqual({ density: 'all', disabledSites: ['bbc.co.uk'], hoverDelay: 200 });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: mine });
  });

  it('gives the default for a key the file leaves out', () => {
    const r = parseSettingsFile(file({ mode: 'allowlist' }));
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, mode: 'allowlist' } });
  });

  it('normalises site names and drops repeats', () => {
    const r = parseSettingsFile(file({ allowedSites: ['https://www.BBC.co.uk/news', 'bbc.co.uk', 'lemonde.fr'] }));
    expect(r.ok && r.settings.allowedSites).toEqual(['bbc.co.uk', 'lemonde.fr']);
  });

  it.each([
    ['broken JSON', '{"format":', /not valid JSON/],
    ['an array', '[]', /not a Backstory settings file/],
    ['another format', JSON.stringify({ format: 'other', version: 1, settings: {} }), /not a Backstory settings file/],
    ['a newer version', file({}, { version: 2 }), /version 2/],
    ['no settings', JSON.stringify({ format: 'backstory-settings', version: 1 }), /no "settings"/],
    ['a bad value among good ones', file({ density: 'all', paused: 'yes' }), /"paused" is invalid/],
    ['a delay out of range', file({ hoverDelay: 99999 }), /"hoverDelay" is invalid/],
    ['an unknown category', file({ hiddenCategories: ['person', 'gossip'] }), /"hiddenCategories" is invalid/],
    ['an unknown key', file({ colour: 'red' }), /Unknown setting "colour"/],
    ['a browser page as a site', file({ disabledSites: ['chrome://settings'] }), /"disabledSites" lists "chrome:\/\/settings"/],
    ['a huge file', 'x'.repeat(1_000_001), /too large/],
  ])('rejects %s with a message naming what is wrong', (_label, text, message) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});

describe('the site switch in storage', () => {
  it('switches a site off and on again against what is stored now', async () => {
    await switchSite('bbc.co.uk');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'settings.disabledSites': ['bbc.co.uk'] });
    await switchSite('bbc.co.uk');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ 'settings.mode': 'allowlist' });
    await switchSite('lemonde.fr');
    expect((await loadSettings()).allowedSites).toEqual(['lemonde.fr']);
  });
});
