// Wiring only: the background answers the content scripts from the bundled dataset (the mentions in
// a page's text, the entries for its cards), gives them the settings and the card's code, keeps each
// tab's badge and icon, and hears the keyboard commands. Each part is in lib/background/.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../../lib/platform/browser';
import type { Entry } from '../../lib/dataset/schema';
import type { CompiledIndex } from '../../lib/dataset/compile';
import { DATA_FILES } from '../../lib/background/data-files';
import { answerMentions } from '../../lib/background/mentions-service';
import { answerEntries } from '../../lib/background/entries-service';
import { answerCounts } from '../../lib/background/badge';
import { relayCommands } from '../../lib/background/commands';
import { answerPages } from '../../lib/background/page-service';

/** A data file of the package (lib/background/data-files.ts). */
const load =
  <T>(path: string) =>
  (): Promise<T> =>
    fetch(browser.runtime.getURL(`/${path}` as '/')).then((r) => r.json() as Promise<T>);

export default defineBackground(() => {
  const dictionary = answerMentions({ core: load<CompiledIndex>(DATA_FILES.core), all: load<CompiledIndex>(DATA_FILES.all) });
  answerEntries(load<Entry[]>(DATA_FILES.entries));
  answerCounts();
  answerPages(dictionary);
  relayCommands();
});
