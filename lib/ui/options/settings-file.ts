// The settings as a file the reader can keep or move to another browser. Export writes only what
// the reader changed; import checks the whole file first and either gives complete settings (a key
// missing from the file means its default) or one message naming what is wrong, so a bad file
// changes nothing.
import { checkSetting, DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type Settings } from '../../settings/settings';
import { normaliseSiteInput } from '../../settings/sites';

export const FILE_FORMAT = 'backstory-settings';
export const FILE_VERSION = 1;
/** Largest file accepted: thousands of site names fit in far less; anything bigger is not ours. */
export const MAX_FILE_BYTES = 1_000_000;

export const TOO_LARGE = 'The file is too large to be a Backstory settings file.';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

const SITE_LISTS: SettingKey[] = ['disabledSites', 'allowedSites'];

export function exportSettings(settings: Settings): string {
  const changed: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) changed[key] = settings[key];
  }
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, settings: changed }, null, 2)}\n`;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function parseSettingsFile(text: string): ImportResult {
  const fail = (error: string): ImportResult => ({ ok: false, error });
  if (text.length > MAX_FILE_BYTES) return fail(TOO_LARGE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`The file is not valid JSON (${(e as Error).message}).`);
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT) return fail(`This is not a Backstory settings file ("format" must be "${FILE_FORMAT}").`);
  if (data.version !== FILE_VERSION) return fail(`This settings file has version ${JSON.stringify(data.version)}; this version of Backstory reads version ${FILE_VERSION}.`);
  if (!isRecord(data.settings)) return fail('The file has no "settings" object.');

  const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const [key, raw] of Object.entries(data.settings)) {
    if (!(SETTING_KEYS as string[]).includes(key)) return fail(`Unknown setting "${key}".`);
    const k = key as SettingKey;
    const checked = checkSetting(k, raw);
    if (!checked.ok) return fail(`The setting "${key}" is invalid: ${checked.issue}.`);
    let value: unknown = checked.value;
    if (SITE_LISTS.includes(k)) {
      const sites: string[] = [];
      for (const input of value as string[]) {
        const site = normaliseSiteInput(input);
        if (!site) return fail(`The setting "${key}" lists "${input}", which is not a site name.`);
        if (!sites.includes(site)) sites.push(site);
      }
      value = sites;
    }
    out[k] = value;
  }
  return { ok: true, settings: out as Settings };
}
