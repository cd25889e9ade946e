// npm run --silent integrity -- [PAGES_DIR] [--browser=chromium|firefox]: loads every saved page in
// real Chromium and in Firefox (both by default), without and with the built extension (plain again
// when the two differ), and checks that Backstory leaves the page whole: the same DOM (apart from its
// one host element), no new page or console errors, and the page's own scripts doing what they did. It also hovers the first
// marks of every page as a reader would (real pointer moves onto the centre of each mark's first box)
// and checks that each opens its term's card; a mark under another element (a sticky header, an
// overlay) or without a box on screen is reported apart, as a reader could not point at it either.
// Pages are served from 127.0.0.1 and every other origin is blocked (Chromium: request routing;
// Firefox: a proxy that refuses everything), so runs are repeatable and nothing leaves the machine.
// Exits non-zero when any page differs, or when a mark a reader can point at does not open its card.
// Firefox is the system's firefox-esr, or FIREFOX_BIN.
import { join } from 'node:path';
import { ROOT } from '../harness/browser';
import { BROWSERS, checkPages, fold, hoverFailed, hoverSummary, REASONS, runFailed, runSummary, type BrowserName } from '../harness/integrity';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--browser='))?.slice('--browser='.length);
  if (only && !BROWSERS.includes(only as BrowserName)) throw new Error(`--browser must be one of ${BROWSERS.join(', ')}`);
  const dir = args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'tests', 'fixtures', 'pages');
  let failed = false;
  const totals: string[] = [];
  for (const browser of only ? [only as BrowserName] : BROWSERS) {
    let version: string = browser;
    const results = await checkPages(dir, {
      browser,
      onStart: (v) => console.log(`== ${(version = v)}`),
      onResult: (r) => {
        const status = r.failure ? 'FAILED' : r.differences.length || r.errors.length ? 'DIFFERS' : r.hovers.some(hoverFailed) ? 'NO CARD' : 'ok';
        const first = `${r.firstHighlights} after ${r.firstAfterMs} ms`;
        const notes = [r.unstable ? 'unstable without Backstory' : '', r.failure ?? ''].filter(Boolean).join('; ');
        console.log(`${status}\t${browser}\t${r.page}\thighlights=${r.highlights} (first ${first}; static scan ${r.expected})\t${hoverSummary(r)}\t${notes}`);
        for (const h of r.hovers.filter((x) => x.outcome !== 'opened')) {
          console.log(`  ${hoverFailed(h) ? 'no card' : 'not hoverable'}: "${fold(h.text)}" ${REASONS[h.outcome as keyof typeof REASONS]}${h.detail ? ` (${h.detail})` : ''}`);
        }
        for (const d of r.differences) console.log(`  difference ${d}`);
        for (const e of r.errors) console.log(`  error ${e}`);
      },
    });
    totals.push(`${version}: ${runSummary(results)}`);
    failed ||= runFailed(results);
  }
  for (const t of totals) console.log(t);
  process.exitCode = failed ? 1 : 0;
}

await main();
