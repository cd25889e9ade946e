// The options page's sections, each a part of the settings (lib/ui/options/Options.tsx puts them together).
import { useState } from 'preact/hooks';
import { CATEGORIES } from '../../dataset/schema';
import { DEFAULT_SETTINGS, MAX_HOVER_DELAY_MS, type Settings } from '../../settings/settings';
import { CATEGORY_LABELS } from '../../card/format';
import { Choice, SiteList, toggled } from './controls';
import { exportSettings, MAX_FILE_BYTES, parseSettingsFile, TOO_LARGE, type ImportResult } from './settings-file';

export interface SectionProps {
  settings: Settings;
  onSave(changes: Partial<Settings>): Promise<void>;
}

/** Steps of the delay slider: finer than anyone can feel. */
const HOVER_STEP_MS = 50;

export function WhereSection({ settings, onSave }: SectionProps) {
  return (
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
  );
}

export function MarksSection({ settings, onSave }: SectionProps) {
  const [delay, setDelay] = useState<number | null>(null);
  return (
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
  );
}

export interface HistoryProps extends SectionProps {
  /** How many reads the history holds, and what can be done with them (lib/platform/history.ts). */
  historyCount: number;
  onExportHistory?(): Promise<void>;
  onClearHistory?(): Promise<void>;
}

export function HistorySection({ settings, onSave, historyCount, onExportHistory, onClearHistory }: HistoryProps) {
  const [historyNotice, setHistoryNotice] = useState('');
  return (
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
  );
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function FileSection({ settings, onSave, onDownload }: SectionProps & { onDownload(name: string, text: string): void }) {
  const [notice, setNotice] = useState<Notice>(null);
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
  );
}

export function PrivacySection() {
  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">Privacy</h2>
      <p class="hint">
        Backstory collects nothing and makes no network request: pages are read on this device, against a dataset inside the
        extension. It stores only the settings you change and, unless you switch it off above, the terms you read, here in the
        browser; Restore defaults and Clear reading history remove them, and so does removing the extension. The full statement
        is PRIVACY.md in Backstory's sources.
      </p>
    </section>
  );
}
