// The reader's script: injected by the background (lib/background/page-service.ts) into a frame
// whose text at a glance names a term (lib/content/page-gate.ts), in the content script's isolated
// world. It hands over the Annotator (lib/content/annotator.ts: the article read, the marks, the
// pointer) through that world's global (lib/platform/injected.ts). A page that names no term never
// loads it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Annotator } from '../lib/content/annotator';
import { handOver } from '../lib/platform/injected';

export default defineUnlistedScript(() => handOver('reader', Annotator));
