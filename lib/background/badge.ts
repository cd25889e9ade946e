// The toolbar for each tab: the number of terms on the badge, the greyed icon where Backstory is off.
// Each top page reports its count after every scan and settings change (reportCount).
import * as v from 'valibot';
import { browser } from '../platform/browser';
import { CountSchema } from '../platform/message-schemas';
import { isOwnContentScript } from '../platform/sender';
import { loadSettings } from '../platform/settings-store';
import { isSiteEnabled } from '../settings/sites';
import { servePage } from './page-requests';

const ICON_SIZES = [16, 32] as const;
const icons = (prefix: string) => Object.fromEntries(ICON_SIZES.map((size) => [size, `/icon/${prefix}${size}.png`]));

export function answerCounts(): void {
  servePage('reportCount', async (data, sender) => {
    const count = v.safeParse(CountSchema, data);
    const tabId = sender.tab?.id;
    if (!count.success || tabId === undefined || !isOwnContentScript(sender, browser.runtime.id)) return;
    if (sender.frameId !== 0) return; // the badge speaks for the top page
    // The page reports after every settings change, so this is when its icon can change too.
    const enabled = sender.url ? isSiteEnabled(sender.url, await loadSettings()) : true;
    await showState(tabId, count.output, enabled);
  });
}

/** The toolbar of one tab: the count on the badge, the greyed icon where Backstory is off. */
export async function showState(tabId: number, count: number, enabled: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  // Firefox for Android has no badge and no per-tab icon: each call only where the browser has it.
  await Promise.allSettled([
    action.setBadgeText?.({ tabId, text: enabled && count ? String(count) : '' }),
    action.setBadgeBackgroundColor?.({ tabId, color: '#1a73e8' }),
    action.setIcon?.({ tabId, path: icons(enabled ? '' : 'off-') }),
    action.setTitle?.({ tabId, title: enabled ? 'Backstory' : 'Backstory is off on this page' }),
  ]);
}
