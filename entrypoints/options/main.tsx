// Wiring only: the stored settings in, saves and downloads out.
import { render } from 'preact';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings-store';
import type { Settings } from '../../lib/settings';
import { Options } from '../../lib/ui/Options';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

async function main() {
  const root = document.getElementById('app')!;
  const draw = (settings: Settings) => render(<Options settings={settings} onSave={saveSettings} onDownload={download} />, root);
  draw(await loadSettings());
  // Changes from the popup or another options tab show here at once.
  watchSettings(draw);
}

void main();
