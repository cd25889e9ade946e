// The options page: where Backstory runs (pause, mode, site lists), how marks look and which terms
// are marked, the reading history, and the settings as a file. Every change is saved at once through onSave.
import type { Settings } from '../../settings/settings';
import { FileSection, HistorySection, MarksSection, PrivacySection, WhereSection } from './sections';

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

export function Options({ settings, onSave, onDownload, historyCount = 0, onExportHistory, onClearHistory }: OptionsProps) {
  return (
    <main class="options">
      <h1>Backstory settings</h1>
      <WhereSection settings={settings} onSave={onSave} />
      <MarksSection settings={settings} onSave={onSave} />
      <HistorySection settings={settings} onSave={onSave} historyCount={historyCount} onExportHistory={onExportHistory} onClearHistory={onClearHistory} />
      <FileSection settings={settings} onSave={onSave} onDownload={onDownload} />
      <PrivacySection />
    </main>
  );
}
