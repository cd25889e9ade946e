// The reader's settings: each key its own schema and default. Only values the reader changed are
// stored, so defaults can improve later; a stored value that fails its schema falls back to the
// default for that key alone, so a corrupted store never breaks the extension.
import * as v from 'valibot';
import { CATEGORIES } from '../dataset/schema';

/** Why 500 ms: Wikipedia's Page Previews waits about as long, long enough that passing the pointer over a term opens nothing. */
export const DEFAULT_HOVER_DELAY_MS = 500;
/** Why 3 s: any longer and a card would seem never to open. */
export const MAX_HOVER_DELAY_MS = 3000;

const site = v.pipe(v.string(), v.minLength(1), v.maxLength(253));
const category = v.picklist(CATEGORIES);

export const SETTING_SCHEMAS = {
  /** Backstory off everywhere until switched on again. */
  paused: v.boolean(),
  /** 'everywhere' except disabledSites, or only on allowedSites. */
  mode: v.picklist(['everywhere', 'allowlist']),
  disabledSites: v.pipe(v.array(site), v.maxLength(5000)),
  allowedSites: v.pipe(v.array(site), v.maxLength(5000)),
  density: v.picklist(['first', 'all']),
  includeCommon: v.boolean(),
  hiddenCategories: v.array(category),
  highlightStyle: v.picklist(['underline', 'tint', 'outline']),
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HOVER_DELAY_MS)),
  /** Remember the terms read, on this device (lib/platform/history.ts). */
  history: v.boolean(),
};

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  mode: 'everywhere',
  disabledSites: [],
  allowedSites: [],
  density: 'first',
  includeCommon: false,
  hiddenCategories: [],
  highlightStyle: 'underline',
  hoverDelay: DEFAULT_HOVER_DELAY_MS,
  history: true,
});

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

/** The settings that are lists, and what one item must be: a list keeps its good items when some are bad. */
const LIST_ITEMS: Partial<Record<SettingKey, v.GenericSchema>> = { disabledSites: site, allowedSites: site, hiddenCategories: category };

/** Checks one value against its key's schema: the value as it is, or what is wrong with it. */
export function checkSetting<K extends SettingKey>(key: K, raw: unknown): { ok: true; value: Settings[K] } | { ok: false; issue: string } {
  const result = v.safeParse(SETTING_SCHEMAS[key], raw);
  return result.success ? { ok: true, value: result.output as Settings[K] } : { ok: false, issue: result.issues[0].message };
}

/** Validates one stored value; undefined (never set) and invalid values give the default (a list: its valid items). */
export function parseSetting<K extends SettingKey>(
  key: K,
  raw: unknown,
  onInvalid?: (key: SettingKey, issue: string) => void,
): Settings[K] {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS[key];
  const checked = checkSetting(key, raw);
  if (checked.ok) return checked.value;
  onInvalid?.(key, checked.issue);
  // A list stored by an older version (a category since retired) keeps the reader's other choices.
  const item = LIST_ITEMS[key];
  if (item && Array.isArray(raw)) {
    const kept = checkSetting(key, raw.filter((x) => v.is(item, x)));
    if (kept.ok) return kept.value;
  }
  return DEFAULT_SETTINGS[key];
}

/** Reads every key from a raw record (stored values or an imported file), each on its own. */
export function parseSettings(raw: Record<string, unknown>, onInvalid?: (key: SettingKey, issue: string) => void): Settings {
  const out = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) out[key] = parseSetting(key, raw[key], onInvalid);
  return out as Settings;
}
