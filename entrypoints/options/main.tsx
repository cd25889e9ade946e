// Wiring only: the stored settings in, saves and downloads out.
import { render } from 'preact';
import { loadSettings, saveSettings, watchSettings } from '../../lib/platform/settings-store';
import type { Settings } from '../../lib/settings/settings';
import { Options } from '../../lib/ui/options/Options';
import { clearHistory, exportHistory, loadHistory, watchHistory, type Read } from '../../lib/platform/history';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

async function main() {
  const root = document.getElementById('app')!;
  let settings: Settings = await loadSettings();
  let history: Read[] = await loadHistory();
  const draw = () =>
    render(
      <Options
        settings={settings}
        onSave={saveSettings}
        onDownload={download}
        historyCount={history.length}
        onExportHistory={async () => download('backstory-history.json', exportHistory(await loadHistory()))}
        onClearHistory={clearHistory}
      />,
      root,
    );
  draw();
  // Changes from the popup, the pages or another options tab show here at once.
  watchSettings((s) => {
    settings = s;
    draw();
  });
  watchHistory((h) => {
    history = h;
    draw();
  });
}

void main();
