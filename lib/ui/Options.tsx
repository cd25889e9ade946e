// The options page: where Backstory runs (pause, mode, site lists), how marks look and which terms
// are marked, the reading history, and the settings as a file. Every change is saved at once through onSave.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CATEGORIES } from '../dataset/schema';
import { DEFAULT_SETTINGS, MAX_HOVER_DELAY_MS, type Settings } from '../settings/settings';
import { normaliseSiteInput } from '../settings/sites';
import { CATEGORY_LABELS } from '../card/format';
import { exportSettings, MAX_FILE_BYTES, parseSettingsFile, TOO_LARGE, type ImportResult } from './settings-file';

export interface OptionsProps {
  settings: Settings;
  onSave(changes: Partial<Settings>): Promise<void>;
  /** Offers a file for download (the environment decides how). */
  onDownload(name: string, text: string): void;
  /** How many reads the history holds, and what can be done with them (lib/platform/history.ts). */
  historyCount?: number;
  onExportHistory?(): Promise<void>;
  onClearHistory?(): Promise<void>;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Steps of the delay slider: finer than anyone can feel. */
const HOVER_STEP_MS = 50;

export function Options({ settings, onSave, onDownload, historyCount = 0, onExportHistory, onClearHistory }: OptionsProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const [delay, setDelay] = useState<number | null>(null);
  const [historyNotice, setHistoryNotice] = useState('');

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed: ImportResult = file.size > MAX_FILE_BYTES ? { ok: false, error: TOO_LARGE } : parseSettingsFile(await file.text());
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: `Nothing was imported from ${file.name}. ${parsed.error}` });
      return;
    }
    await onSave(parsed.settings);
    setNotice({ kind: 'ok', text: `Imported the settings from ${file.name}.` });
  };

  return (
    <main class="options">
      <h1>Backstory settings</h1>

      <section aria-labelledby="where">
        <h2 id="where">Where Backstory runs</h2>
        <label class="check">
          <input type="checkbox" checked={settings.paused} onChange={(e) => void onSave({ paused: e.currentTarget.checked })} />
          Pause everywhere
        </label>
        <Choice
          legend="Run Backstory"
          name="mode"
          value={settings.mode}
          options={[
            ['everywhere', 'On every site, except the sites switched off'],
            ['allowlist', 'Only on the sites I allow'],
          ]}
          onChange={(mode) => void onSave({ mode })}
        />
        <SiteList
          id="disabled"
          title="Sites switched off"
          sites={settings.disabledSites}
          onChange={(disabledSites) => onSave({ disabledSites })}
        />
        <SiteList
          id="allowed"
          title="Sites allowed (when Backstory runs only on the sites you allow)"
          sites={settings.allowedSites}
          onChange={(allowedSites) => onSave({ allowedSites })}
        />
      </section>

      <section aria-labelledby="marks">
        <h2 id="marks">Marks on the page</h2>
        <Choice
          legend="Style"
          name="style"
          value={settings.highlightStyle}
          options={[
            ['underline', <span class="sample underline">Dotted underline</span>],
            ['tint', <span class="sample tint">Tinted background</span>],
            ['outline', <span class="sample outline">Outline</span>],
          ]}
          onChange={(highlightStyle) => void onSave({ highlightStyle })}
        />
        <Choice
          legend="Mark"
          name="density"
          value={settings.density}
          options={[
            ['first', 'The first mention of each term'],
            ['all', 'Every mention'],
          ]}
          onChange={(density) => void onSave({ density })}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={settings.includeCommon}
            onChange={(e) => void onSave({ includeCommon: e.currentTarget.checked })}
          />
          Also mark household names (such as Russia, NATO or Joe Biden)
        </label>
        <fieldset>
          <legend>Categories to mark</legend>
          <div class="grid">
            {CATEGORIES.map((c) => (
              <label class="check" key={c}>
                <input
                  type="checkbox"
                  checked={!settings.hiddenCategories.includes(c)}
                  onChange={(e) => void onSave({ hiddenCategories: toggled(settings.hiddenCategories, c, !e.currentTarget.checked) })}
                />
                {CATEGORY_LABELS[c]}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="hover-delay">Delay before a card opens on hover</label>
          <input
            id="hover-delay"
            type="range"
            min={0}
            max={MAX_HOVER_DELAY_MS}
            step={HOVER_STEP_MS}
            value={delay ?? settings.hoverDelay}
            aria-describedby="hover-delay-value"
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            onChange={(e) => void onSave({ hoverDelay: Number(e.currentTarget.value) }).then(() => setDelay(null))}
          />
          <output id="hover-delay-value" for="hover-delay">
            {delay ?? settings.hoverDelay} ms
          </output>
        </div>
      </section>

      <section aria-labelledby="history">
        <h2 id="history">Reading history</h2>
        <label class="check">
          <input type="checkbox" checked={settings.history} onChange={(e) => void onSave({ history: e.currentTarget.checked })} />
          Remember the terms whose cards I open (on this device, never in private windows)
        </label>
        <p class="hint">
          {historyCount === 1 ? '1 read' : `${historyCount} reads`} kept; the newest 1,000 are kept. The popup lists them under Recently read, and a card
          opened again says what changed since.
        </p>
        <div class="row">
          <button type="button" disabled={!historyCount} onClick={() => void onExportHistory?.()}>
            Export reading history
          </button>
          <button type="button" disabled={!historyCount} onClick={() => void onClearHistory?.().then(() => setHistoryNotice('The reading history is cleared.'))}>
            Clear reading history
          </button>
        </div>
        <p class="notice ok" role="status">
          {historyNotice}
        </p>
      </section>

      <section aria-labelledby="file">
        <h2 id="file">Settings file</h2>
        <p class="hint">Keep your settings, or move them to another browser. Importing a file replaces all your settings.</p>
        <div class="row">
          <button type="button" onClick={() => onDownload('backstory-settings.json', exportSettings(settings))}>
            Export settings
          </button>
          <label class="file">
            Import settings from a file
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
          </label>
          <button
            type="button"
            onClick={() => void onSave({ ...DEFAULT_SETTINGS }).then(() => setNotice({ kind: 'ok', text: 'All settings are back to their defaults.' }))}
          >
            Restore defaults
          </button>
        </div>
        <p class={`notice ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
          {notice?.text ?? ''}
        </p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p class="hint">
          Backstory collects nothing and makes no network request: pages are read on this device, against a dataset inside the
          extension. It stores only the settings you change and, unless you switch it off above, the terms you read, here in the
          browser; Restore defaults and Clear reading history remove them, and so does removing the extension. The full statement
          is PRIVACY.md in Backstory's sources.
        </p>
      </section>
    </main>
  );
}

function toggled<T>(list: readonly T[], item: T, present: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return present ? [...rest, item] : rest;
}

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: [T, ComponentChildren][];
  onChange(value: T): void;
}

function Choice<T extends string>({ legend, name, value, options, onChange }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label class="check" key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

interface SiteListProps {
  id: string;
  title: string;
  sites: string[];
  onChange(sites: string[]): Promise<void>;
}

function SiteList({ id, title, sites, onChange }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = (ev: Event) => {
    ev.preventDefault();
    const site = normaliseSiteInput(text);
    if (!site) {
      setError(text.trim() ? `"${text.trim()}" is not a site name. Type a name such as bbc.co.uk.` : 'Type a site name, such as bbc.co.uk.');
      return;
    }
    setError('');
    setText('');
    if (!sites.includes(site)) void onChange([...sites, site].sort());
  };
  return (
    <div class="sites" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {sites.length ? (
        <ul aria-labelledby={`${id}-title`}>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" aria-label={`Remove ${s}`} onClick={() => void onChange(sites.filter((x) => x !== s))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">None.</p>
      )}
      <form class="row" onSubmit={add}>
        <label for={`${id}-add`}>Add a site</label>
        <input
          id={`${id}-add`}
          type="text"
          value={text}
          placeholder="bbc.co.uk"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {error && (
        <p id={`${id}-error`} class="notice error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
