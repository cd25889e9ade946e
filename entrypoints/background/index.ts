// Wiring only: the background answers the content scripts from the bundled dataset (the mentions in
// a page's text, the entries for its cards), keeps each tab's badge and icon, and hears the keyboard
// commands. Each part is in lib/background/.
import { defineBackground } from 'wxt/utils/define-background';
import entries from '../../lib/generated/entries.json';
import type { Entry } from '../../lib/dataset/schema';
import type { CompiledIndex } from '../../lib/dataset/compile';
// The dictionary the pages' text is matched with (see lib/generated/, written by npm run data).
import coreIndex from '../../lib/generated/matcher-core.json';
import allIndex from '../../lib/generated/matcher.json';
import { answerMentions } from '../../lib/background/mentions-service';
import { answerEntries } from '../../lib/background/entries-service';
import { answerCounts } from '../../lib/background/badge';
import { relayCommands } from '../../lib/background/commands';

export default defineBackground(() => {
  answerMentions({ core: coreIndex as CompiledIndex, all: allIndex as CompiledIndex });
  answerEntries(entries as Entry[]);
  answerCounts();
  relayCommands();
});
