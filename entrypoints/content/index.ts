// Wiring only: settings and messages in, lib/page/annotator out.
import { defineContentScript } from 'wxt/utils/define-content-script';
import index from '../../lib/generated/matcher.json';
import type { CompiledIndex } from '../../lib/dataset/compile';
import { Matcher } from '../../lib/match/matcher';
import { onMessage, sendMessage, EntryIdSchema, StepSchema } from '../../lib/messages';
import { Annotator } from '../../lib/page/annotator';
import { loadSettings, watchSettings } from '../../lib/settings-store';
import { isSiteEnabled, siteKey } from '../../lib/sites';
import type { Entry } from '../../lib/dataset/schema';
import * as v from 'valibot';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Frames run their own copy, so same-origin iframes (and others) are annotated too.
  allFrames: true,
  async main(ctx) {
    const entries = new Map<string, Promise<Entry | null>>();
    const annotator = new Annotator({
      win: window,
      index: index as CompiledIndex,
      matcher: new Matcher(index as CompiledIndex),
      getEntry(id) {
        let p = entries.get(id);
        if (!p) entries.set(id, (p = sendMessage('getEntry', id).catch(() => null)));
        return p;
      },
      checkNames: (questions) => sendMessage('checkNames', questions),
      onCount: (count) => void sendMessage('reportCount', count).catch(() => {}),
    });

    const apply = (settings: Awaited<ReturnType<typeof loadSettings>>) => {
      if (!ctx.isValid) return;
      if (isSiteEnabled(location.href, settings)) annotator.start(settings);
      else if (annotator.running) annotator.stop();
    };
    ctx.onInvalidated(watchSettings(apply));
    ctx.onInvalidated(() => annotator.stop());

    // The popup and the commands speak to the page itself; frames only mark their own text.
    if (window === window.top) {
      ctx.onInvalidated(onMessage('getPageTerms', () => annotator.pageReport(siteKey(location.href))));
      ctx.onInvalidated(
        onMessage('revealTerm', ({ data }) => {
          const id = v.safeParse(EntryIdSchema, data);
          return id.success ? annotator.reveal(id.output) : false;
        }),
      );
      ctx.onInvalidated(
        onMessage('moveTerm', ({ data }) => {
          const step = v.safeParse(StepSchema, data);
          return step.success ? annotator.move(step.output) : false;
        }),
      );
    }
    apply(await loadSettings());
  },
});
