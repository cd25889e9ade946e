// Settings in extension storage (local: nothing is synced off the device). Each key is its own
// item, read through its schema; writing a default removes the stored value.
import { storage } from 'wxt/utils/storage';
import { browser } from './browser';
import { DEFAULT_SETTINGS, parseSettings, SETTING_KEYS, type SettingKey, type Settings } from '../settings/settings';
import { toggleSite } from '../settings/sites';

const storageKey = (key: SettingKey) => `local:settings.${key}` as const;
const reported = new Set<SettingKey>();

function reportOnce(key: SettingKey, issue: string): void {
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`Backstory: the stored setting "${key}" is invalid (${issue}); using its default.`);
}

export async function loadSettings(): Promise<Settings> {
  const items = await storage.getItems(SETTING_KEYS.map(storageKey));
  const raw: Record<string, unknown> = {};
  items.forEach(({ key, value }) => (raw[key.replace(/^local:settings\./, '')] = value));
  return parseSettings(raw, reportOnce);
}

export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const set: { key: `local:${string}`; value: unknown }[] = [];
  const remove: `local:${string}`[] = [];
  for (const key of Object.keys(changes) as SettingKey[]) {
    const value = changes[key];
    if (JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key])) remove.push(storageKey(key));
    else set.push({ key: storageKey(key), value });
  }
  if (remove.length) await storage.removeItems(remove);
  if (set.length) await storage.setItems(set);
}

/** Calls back with the whole, validated settings whenever any key changes. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  // One listener for all keys: a page pays for one, not one per setting.
  const keys = new Set(SETTING_KEYS.map((key) => storageKey(key).slice('local:'.length)));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => keys.has(k))) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The one-click switch for a site (popup button, keyboard command), on the settings as stored now. */
export async function switchSite(site: string): Promise<void> {
  await saveSettings(toggleSite(site, await loadSettings()));
}
