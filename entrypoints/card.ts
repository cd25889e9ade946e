// The card's script: injected by the background (lib/background/page-service.ts) into a frame whose
// content script is about to open its first card, in that content script's isolated world. It hands
// over the card's class through that world's global (lib/platform/injected.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Tooltip } from '../lib/content/card/tooltip';
import { handOver } from '../lib/platform/injected';

export default defineUnlistedScript(() => handOver('card', Tooltip));
